// Certificate layout settings: their own keys in the settings table (the settings form does not own
// them) and the emblem as an attachment owned by 'settings', each change with its audit row.
import { createHash } from 'node:crypto';
import type { ServiceDeps } from '../audit-trail';
import { readSettingsRows, writeSettingsRows } from '../../db/repos/settings';
import { insertAudit } from '../../db/repos/audit';
import { prepared } from '../../db/repos/prepared';
import { deleteUnusedBlob } from '../../db/repos/trash';
import { pageDimensions, PT_PER_MM } from '../../pdf/doc';
import { AppError } from '../../../../shared/errors';
import {
  BLANK_FIELDS,
  BLANK_FIELD_LABELS,
  DEFAULT_BLANK_LAYOUT,
  DEFAULT_FULL_LAYOUT,
  blankLayoutSchema,
  type BlankCertificateLayout,
} from '../../../../shared/domain/certificate';
import {
  EMBLEM_MAX_BYTES,
  fullLayoutSettingsSchema,
  type CertificateLayoutSettings,
  type EmblemInfo,
  type FullLayoutSettings,
} from '../../../../shared/schemas/documents';

export const FULL_LAYOUT_KEY = 'certificateFullLayout';
export const BLANK_LAYOUT_KEY = 'certificateBlankLayout';
/** `attachments.note` of the emblem row (owner_entity 'settings', owner_id 1). */
const EMBLEM_NOTE = 'certificate_emblem';

export interface Emblem {
  bytes: Buffer;
  info: EmblemInfo;
}

/** 'image/png' or 'image/jpeg' from the file's first bytes (never from its name); null otherwise. */
export function imageType(bytes: Uint8Array): EmblemInfo['mimeType'] | null {
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length > 8 && png.every((b, i) => bytes[i] === b)) return 'image/png';
  if (bytes.length > 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  return null;
}

/** Every field box must lie on the sheet (offset not counted: it only corrects the printer). */
function checkFitsSheet(layout: BlankCertificateLayout): void {
  const page = pageDimensions(layout.pageSize, layout.orientation);
  const w = Math.round(page.width / PT_PER_MM);
  const h = Math.round(page.height / PT_PER_MM);
  const fields: Record<string, string> = {};
  for (const f of BLANK_FIELDS) {
    const p = layout.fields[f];
    if (p.xMm + p.widthMm > w + 0.01)
      fields[`fields.${f}.widthMm`] = `Ô "${BLANK_FIELD_LABELS[f]}" vượt quá chiều ngang khổ giấy (${w} mm).`;
    else if (p.yMm + p.heightMm > h + 0.01)
      fields[`fields.${f}.heightMm`] = `Ô "${BLANK_FIELD_LABELS[f]}" vượt quá chiều dọc khổ giấy (${h} mm).`;
  }
  const first = Object.values(fields)[0];
  if (first) throw new AppError('VALIDATION', `Dữ liệu chưa hợp lệ: ${first}`, { fields });
}

export function createLayoutStore(deps: ServiceDeps) {
  const { db, clock, settings } = deps;

  const stored = (key: string): unknown => readSettingsRows(db)[key];

  function full(): FullLayoutSettings {
    const parsed = fullLayoutSettingsSchema.safeParse(stored(FULL_LAYOUT_KEY));
    return parsed.success
      ? parsed.data
      : { pageSize: DEFAULT_FULL_LAYOUT.pageSize, orientation: DEFAULT_FULL_LAYOUT.orientation };
  }

  function blank(): BlankCertificateLayout {
    const parsed = blankLayoutSchema.safeParse(stored(BLANK_LAYOUT_KEY));
    return parsed.success ? parsed.data : structuredClone(DEFAULT_BLANK_LAYOUT);
  }

  function emblemRow() {
    return prepared(
      db,
      `SELECT a.id, a.file_name, a.mime_type, a.size_bytes, a.sha256, b.bytes FROM attachments a
       JOIN attachment_blobs b ON b.sha256 = a.sha256
       WHERE a.owner_entity = 'settings' AND a.note = ? AND a.deleted_at IS NULL ORDER BY a.id DESC LIMIT 1`,
    ).get(EMBLEM_NOTE) as
      | {
          id: number;
          file_name: string;
          mime_type: string;
          size_bytes: number;
          sha256: string;
          bytes: Buffer;
        }
      | undefined;
  }

  function emblem(): Emblem | null {
    const row = emblemRow();
    if (!row) return null;
    const mimeType = row.mime_type === 'image/jpeg' ? 'image/jpeg' : 'image/png';
    return {
      bytes: row.bytes,
      info: {
        fileName: row.file_name,
        mimeType,
        sizeBytes: row.size_bytes,
        dataUrl: `data:${mimeType};base64,${row.bytes.toString('base64')}`,
      },
    };
  }

  const all = (): CertificateLayoutSettings => ({
    full: full(),
    blank: blank(),
    emblem: emblem()?.info ?? null,
  });

  /** Writes one layout key with its audit row; unchanged values write nothing. */
  function writeKey(key: string, before: unknown, after: unknown): CertificateLayoutSettings {
    if (JSON.stringify(before) === JSON.stringify(after)) return all();
    db.transaction(() => {
      const at = clock.now().toISOString();
      writeSettingsRows(db, { [key]: after }, at);
      insertAudit(db, {
        at,
        actor: settings.actor(),
        entity: 'settings',
        entityId: null,
        action: 'update',
        before: { [key]: before },
        after: { [key]: after },
      });
    })();
    return all();
  }

  function dropEmblemRows(): void {
    const rows = prepared(
      db,
      "SELECT id, sha256 FROM attachments WHERE owner_entity = 'settings' AND note = ?",
    ).all(EMBLEM_NOTE) as { id: number; sha256: string }[];
    for (const r of rows) {
      prepared(db, 'DELETE FROM attachments WHERE id = ?').run(r.id);
      deleteUnusedBlob(db, r.sha256);
    }
  }

  const describe = (e: Emblem | null) =>
    e ? { fileName: e.info.fileName, sizeBytes: e.info.sizeBytes } : null;

  return {
    full,
    blank,
    emblem,
    all,
    setFull: (next: FullLayoutSettings) => writeKey(FULL_LAYOUT_KEY, full(), next),
    setBlank(next: BlankCertificateLayout) {
      checkFitsSheet(next);
      return writeKey(BLANK_LAYOUT_KEY, blank(), next);
    },
    /** Checks type and size; the caller has already checked that the image decodes. */
    setEmblem(fileName: string, bytes: Buffer): CertificateLayoutSettings {
      const before = emblem();
      const mimeType = imageType(bytes)!;
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      db.transaction(() => {
        const at = clock.now().toISOString();
        const actor = settings.actor();
        dropEmblemRows();
        prepared(
          db,
          'INSERT OR IGNORE INTO attachment_blobs (sha256, bytes, size_bytes) VALUES (?, ?, ?)',
        ).run(sha256, bytes, bytes.length);
        prepared(
          db,
          `INSERT INTO attachments (owner_entity, owner_id, file_name, mime_type, size_bytes, sha256, added_by, note,
             created_at, updated_at) VALUES ('settings', 1, ?, ?, ?, ?, ?, ?, ?, ?)`,
        ).run(fileName, mimeType, bytes.length, sha256, actor, EMBLEM_NOTE, at, at);
        insertAudit(db, {
          at,
          actor,
          entity: 'settings',
          entityId: null,
          action: 'update',
          before: { certificateEmblem: describe(before) },
          after: { certificateEmblem: { fileName, sizeBytes: bytes.length } },
        });
      })();
      return all();
    },
    removeEmblem(): CertificateLayoutSettings {
      const before = emblem();
      if (!before) return all();
      db.transaction(() => {
        const at = clock.now().toISOString();
        dropEmblemRows();
        insertAudit(db, {
          at,
          actor: settings.actor(),
          entity: 'settings',
          entityId: null,
          action: 'update',
          before: { certificateEmblem: describe(before) },
          after: { certificateEmblem: null },
        });
      })();
      return all();
    },
  };
}

export type LayoutStore = ReturnType<typeof createLayoutStore>;

/** Refuses anything but a PNG/JPEG up to 2 MB, with the Vietnamese reason. */
export function checkEmblemBytes(bytes: Buffer): void {
  if (bytes.length === 0) throw new AppError('VALIDATION', 'Tệp ảnh rỗng.');
  if (bytes.length > EMBLEM_MAX_BYTES)
    throw new AppError('VALIDATION', 'Ảnh quốc huy/biểu trưng quá lớn (tối đa 2 MB).');
  if (!imageType(bytes))
    throw new AppError('VALIDATION', 'Ảnh quốc huy/biểu trưng phải là tệp PNG hoặc JPEG.');
}
