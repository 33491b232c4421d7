import { z } from 'zod';
import { id, paging } from './common';
import { TRASH_KINDS } from '../domain/trash';

const trashKind = z.enum(TRASH_KINDS, { error: 'Loại dữ liệu trong thùng rác không hợp lệ.' });

/** The trash, newest deletion first; `kind: null` lists every kind together. */
export const trashListSchema = z
  .object({
    kind: trashKind.nullable().default(null),
    ...paging,
  })
  .strict();

/** One record in the trash. */
export const trashTargetSchema = z.object({ kind: trashKind, id }).strict();
