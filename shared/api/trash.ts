import { channel } from './define';
import { trashListSchema, trashTargetSchema } from '../schemas/trash';
import type { Page } from '../schemas/registry/people';
import type { TrashKind } from '../domain/trash';

/** A record in the trash. */
export interface TrashItem {
  kind: TrashKind;
  /** "Cá nhân", "Đơn vị"... */
  kindLabel: string;
  id: number;
  /** The record's name as the user knows it ("Nguyễn Văn An", "Trường THCS Lê Chân"). */
  label: string;
  /** A second line that tells namesakes apart (birth year and unit, address...), or null. */
  detail: string | null;
  /** When it was moved to the trash (ISO). */
  deletedAt: string;
}

/** The record a restore or purge acted on. */
export interface TrashOutcome {
  kind: TrashKind;
  id: number;
  label: string;
}

export const trashChannels = {
  /** Soft-deleted records with the date they were deleted, newest first. */
  'trash.list': channel<Page<TrashItem>>()(trashListSchema),
  /**
   * Takes a record out of the trash (audited as `restore`). Refused (CONFLICT) while a record it
   * belongs to is itself in the trash (a person's unit...): restore that one first.
   */
  'trash.restore': channel<TrashOutcome>()(trashTargetSchema),
  /**
   * Deletes a trashed record for good (audited as `purge` with its last values). Refused (CONFLICT,
   * nothing deleted) while anything still refers to it: awards, members, other records' history.
   */
  'trash.purge': channel<TrashOutcome>()(trashTargetSchema),
};
