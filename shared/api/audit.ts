import { channel } from './define';
import { auditListSchema } from '../schemas/audit';
import type { Page } from '../schemas/registry/people';
import type { AuditAction } from '../domain/audit-labels';

/** One field of a change, old → new. */
export interface AuditFieldChange {
  /** The recorded key (`fullName`, `chairman.name`). */
  field: string;
  /** Its Vietnamese label ("Họ và tên"); the key itself when none is known. */
  label: string;
  /** Shown values (see formatAuditValue): labels for codes, dd/mm/yyyy, unit names; '' when empty. */
  before: string;
  after: string;
  /** The values as recorded, for screens that format them their own way. */
  beforeValue: unknown;
  afterValue: unknown;
}

/** One entry of the history. */
export interface AuditEntry {
  id: number;
  /** When (ISO). */
  at: string;
  /** Who: the officer named in the settings at the time. */
  actor: string;
  /** The table name (`people`), `settings` or `database`. */
  entity: string;
  /** "Cá nhân". */
  entityLabel: string;
  entityId: number | null;
  /** The record's current name (trash included), else the name recorded in the change; null for settings. */
  recordLabel: string | null;
  action: AuditAction;
  /** "Sửa". */
  actionLabel: string;
  note: string | null;
  /**
   * The fields that differ between before and after (an update), or every filled field of a record
   * created (before empty) or deleted for good (after empty). Empty for entries without values (imports).
   */
  changes: AuditFieldChange[];
}

export const auditChannels = {
  /** The history, newest first, filtered and paged. */
  'audit.list': channel<Page<AuditEntry>>()(auditListSchema),
};
