import { z } from 'zod';
import { requiredText, text } from '../fields';
import {
  ACTIVITY_FILTERS,
  CLUSTER_KINDS,
  UNIT_KINDS,
  type ClusterKind,
  type UnitKind,
} from '../../domain/registry';
import { id, isoDate, optionalLongText, optionalText, phone } from '../common';

const unitKind = z.enum(UNIT_KINDS, { error: 'Vui lòng chọn loại đơn vị.' });

/** What the unit form edits. Deactivation has its own channel so it carries a date and is audited as such. */
export const unitInputSchema = z.object({
  name: requiredText('Tên đơn vị', 200),
  shortName: optionalText('Tên viết tắt', 50),
  kind: unitKind,
  parentId: id.nullable(),
  contactPerson: optionalText('Người liên hệ', 100),
  phone,
  address: optionalText('Địa chỉ', 300),
  activeFrom: isoDate('Ngày bắt đầu hoạt động').nullable(),
  note: optionalLongText('Ghi chú', 2000),
  clusterIds: z.array(id).max(20).default([]),
});
export type UnitInput = z.input<typeof unitInputSchema>;
export type UnitValues = z.output<typeof unitInputSchema>;

export const unitUpdateSchema = z.object({ id, values: unitInputSchema }).strict();

export const unitListSchema = z
  .object({
    query: text('Từ khóa', 100).default(''),
    kind: unitKind.nullable().default(null),
    clusterId: id.nullable().default(null),
    status: z.enum(ACTIVITY_FILTERS).default('active'),
    trashed: z.boolean().default(false),
  })
  .strict();
export type UnitListFilter = z.input<typeof unitListSchema>;

export const unitDeactivateSchema = z
  .object({
    id,
    activeTo: isoDate('Ngày ngừng hoạt động'),
    successorId: id.nullable().default(null),
    reason: optionalText('Lý do', 300),
  })
  .strict();

export interface UnitRef {
  id: number;
  name: string;
}

/** A unit as lists show it (the tree is built on the page from parentId). */
export interface UnitRow {
  id: number;
  name: string;
  shortName: string | null;
  kind: UnitKind;
  parentId: number | null;
  activeFrom: string | null;
  activeTo: string | null;
  /** False from the deactivation date on (activeTo today or earlier), as the status filter counts it. */
  active: boolean;
  clusters: UnitRef[];
  peopleCount: number;
  childCount: number;
  deletedAt: string | null;
}

export interface Unit extends UnitRow {
  contactPerson: string | null;
  phone: string | null;
  address: string | null;
  note: string | null;
  parent: UnitRef | null;
  successor: UnitRef | null;
  children: UnitRef[];
  householdCount: number;
  /** Awards and other history that forbid deleting; the unit can only be deactivated. */
  awardCount: number;
  createdAt: string;
  updatedAt: string;
}

export const clusterInputSchema = z.object({
  name: requiredText('Tên cụm, khối', 200),
  kind: z.enum(CLUSTER_KINDS, { error: 'Vui lòng chọn cụm hoặc khối.' }),
  note: optionalLongText('Ghi chú', 2000),
});
export const clusterUpdateSchema = z.object({ id, values: clusterInputSchema }).strict();
export const clusterMembersSchema = z.object({ id, unitIds: z.array(id).max(2000) }).strict();

export interface Cluster {
  id: number;
  name: string;
  kind: ClusterKind;
  note: string | null;
  units: UnitRef[];
}
