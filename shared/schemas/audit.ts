import { z } from 'zod';
import { id, isoDate, paging } from './common';
import { text } from './fields';
import { AUDIT_ACTIONS } from '../domain/audit-labels';

/**
 * Filters of the history screen; every one is optional. `from`/`to` are calendar days in the
 * computer's local time, both included. `query` looks, accent-insensitively, in who made the change,
 * the note and every text value before and after ("nguyen van an" finds "Nguyễn Văn An").
 */
export const auditListSchema = z
  .object({
    /** A table name (`people`, `units`...), `settings` or `database`; see AUDIT_ENTITY_LABELS. */
    entity: z
      .string()
      .regex(/^[a-z_]{1,40}$/, 'Loại dữ liệu không hợp lệ.')
      .nullable()
      .default(null),
    /** With `entity`: the history of one record (a person's page shows its own). */
    entityId: id.nullable().default(null),
    action: z.enum(AUDIT_ACTIONS, { error: 'Thao tác không hợp lệ.' }).nullable().default(null),
    from: isoDate('Từ ngày').nullable().default(null),
    to: isoDate('Đến ngày').nullable().default(null),
    query: text('Từ khóa', 100).default(''),
    ...paging,
  })
  .strict()
  .refine((f) => f.from === null || f.to === null || f.from <= f.to, {
    message: 'Ngày kết thúc không được trước ngày bắt đầu.',
    path: ['to'],
  });
