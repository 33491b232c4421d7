import { z } from 'zod';
import { REGISTRY_KINDS, type RegistryKind } from '../../domain/registry';
import { id, uploadedFile } from '../common';
import { householdsListSchema } from './households';
import { peopleListSchema } from './people';
import { unitListSchema } from './units';

/** Largest workbook accepted for import (stated to the user in the refusal). */
export const IMPORT_MAX_BYTES = 10 * 1024 * 1024;
export const IMPORT_MAX_ROWS = 20_000;

export const DUPLICATE_ACTIONS = ['skip', 'update'] as const;
export type DuplicateAction = (typeof DUPLICATE_ACTIONS)[number];

export const importTemplateSchema = z.object({ kind: z.enum(REGISTRY_KINDS) }).strict();
/**
 * "Đơn vị cho các dòng không khớp": where a people row goes when its unit cell is empty or names
 * no unit of the registry (office lists name a school's own teams, "Tổ 1", "Ban giám hiệu"); for
 * households, the tổ dân phố. Ignored for a units import.
 */
const defaultUnitId = id.nullable().default(null);

export const importPreviewSchema = z
  .object({ kind: z.enum(REGISTRY_KINDS), file: uploadedFile, defaultUnitId })
  .strict();
export const importCommitSchema = z
  .object({
    kind: z.enum(REGISTRY_KINDS),
    file: uploadedFile,
    defaultUnitId,
    duplicateAction: z.enum(DUPLICATE_ACTIONS, { error: 'Hãy chọn cách xử lý bản ghi trùng.' }),
  })
  .strict();

export type ImportRowStatus = 'ok' | 'duplicate' | 'error';

/** One data row of the uploaded sheet as the preview shows it. */
export interface ImportPreviewRow {
  /** Row number in the sheet, as Excel shows it. */
  rowNumber: number;
  status: ImportRowStatus;
  /** The main label of the row (name), normalised. */
  label: string;
  /** Normalised values by column header, for display. */
  cells: Record<string, string>;
  /** Why the row is refused (Vietnamese). */
  problems: string[];
  /** What was corrected on the way in (e.g. the Ð look-alike). */
  fixes: string[];
  duplicateOf: { id: number; label: string } | null;
}

export interface ImportPreview {
  kind: RegistryKind;
  sheetName: string;
  headerRow: number;
  /** Recognised columns: sheet header → field label. */
  columns: { header: string; field: string }[];
  rows: ImportPreviewRow[];
  counts: { ok: number; duplicate: number; error: number };
}

export type ImportOutcome = 'imported' | 'updated' | 'skipped' | 'refused';

export interface ImportSummary {
  kind: RegistryKind;
  fileName: string;
  at: string;
  counts: Record<ImportOutcome, number>;
  rows: {
    rowNumber: number;
    label: string;
    outcome: ImportOutcome;
    reason: string | null;
    recordId: number | null;
  }[];
}

export const importSummarySaveSchema = z
  .object({
    kind: z.enum(REGISTRY_KINDS),
    fileName: z.string().max(255),
    at: z.string().max(40),
    counts: z.record(z.string(), z.number()),
    rows: z
      .array(
        z.object({
          rowNumber: z.number().int(),
          label: z.string().max(500),
          outcome: z.enum(['imported', 'updated', 'skipped', 'refused']),
          reason: z.string().max(2000).nullable(),
          recordId: z.number().int().nullable(),
        }),
      )
      .max(100_000),
  })
  .strict();

/** Exports take the list's own filter, so the file holds exactly what the screen shows, in its order. */
export const unitsExportSchema = unitListSchema;
export const peopleExportSchema = peopleListSchema.omit({ offset: true, limit: true });
export const householdsExportSchema = householdsListSchema.omit({ offset: true, limit: true });
