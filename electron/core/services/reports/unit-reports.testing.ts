// Shared by the unit reports service tests (only *.test.ts import this file).
import { unitInput, type TestCore } from '../../testing/core';

const AT = '2026-01-05T00:00:00.000Z';
export const b64 = (bytes: Uint8Array | string) => Buffer.from(bytes).toString('base64');
export const PDF = Buffer.from('%PDF-1.4\n% báo cáo\n%%EOF\n');
export const PDF2 = Buffer.from('%PDF-1.7\n% báo cáo sửa\n%%EOF\n');
export const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);
export const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]);
export const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);

/** The smallest zip holding one empty part of that name (stored, no compression). */
export function zipWith(name: string): Buffer {
  const n = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(n.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(n.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(46 + n.length, 12);
  end.writeUInt32LE(30 + n.length, 16);
  return Buffer.concat([local, n, central, n, end]);
}

const sql = (t: TestCore, text: string, ...params: unknown[]) =>
  t.core.services.db.prepare(text).run(...params);
export const count = (t: TestCore, table: string) =>
  (t.core.services.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

/** A movement row (written directly: not this feature's) with its participating units. */
function movement(
  t: TestCore,
  status: string,
  from: number,
  to: number,
  unitIds: number[],
  deleted = false,
): number {
  const id = Number(
    sql(
      t,
      `INSERT INTO movements (name, kind, period_from_year, period_to_year, status, created_at, updated_at, deleted_at)
       VALUES ('Phong trào', 'regular', ?, ?, ?, ?, ?, ?)`,
      from,
      to,
      status,
      AT,
      AT,
      deleted ? AT : null,
    ).lastInsertRowid,
  );
  for (const u of unitIds)
    sql(t, 'INSERT INTO movement_units (movement_id, unit_id, created_at) VALUES (?, ?, ?)', id, u, AT);
  return id;
}

/**
 * The ward of these tests. Expected in 2026: the school, both tổ dân phố, the Đoàn Thanh niên and
 * the unit of a closed movement of 2026. Not expected: the units only in a draft or a trashed
 * movement, the one deactivated in June, the one in no movement, the one in the trash.
 */
export async function ward(t: TestCore) {
  const unit = async (name: string, more = {}) => (await t.call('units.create', unitInput(name, more))).id;
  const school = await unit('Trường THCS Lê Chân', {
    kind: 'school',
    contactPerson: 'Nguyễn Thị Hoa',
    phone: '0912 345 678',
  });
  const group2 = await unit('Tổ dân phố số 2', { kind: 'residential_group' });
  const group1 = await unit('Tổ dân phố số 1', { kind: 'residential_group' });
  const youth = await unit('Đoàn Thanh niên phường', { kind: 'mass_org' });
  const closed = await unit('Chi bộ Khu phố', { kind: 'party_gov' });
  const draftOnly = await unit('Chi hội Khuyến học');
  const trashedOnly = await unit('Câu lạc bộ Dưỡng sinh');
  const stopped = await unit('Công ty Hòa Bình', { kind: 'enterprise' });
  const none = await unit('Hội Cựu chiến binh', { kind: 'mass_org' });
  const trashed = await unit('Ban Đã xóa');
  await t.call('units.delete', { id: trashed });
  movement(t, 'in_progress', 2026, 2030, [school, group2, group1, youth, stopped, trashed]);
  movement(t, 'closed', 2026, 2026, [closed]);
  movement(t, 'draft', 2026, 2026, [draftOnly]);
  movement(t, 'in_progress', 2026, 2026, [trashedOnly], true);
  await t.call('units.deactivate', { id: stopped, activeTo: '2026-06-30', successorId: null, reason: '' });
  const cluster = await t.call('clusters.create', { name: 'Khối các trường học', kind: 'block', note: '' });
  await t.call('clusters.setMembers', { id: cluster.id, unitIds: [school] });
  return { school, group1, group2, youth, closed, draftOnly, trashedOnly, stopped, none, trashed };
}

export const record = (t: TestCore, unitId: number, receivedOn: string, more: Record<string, unknown> = {}) =>
  t.call('unitReports.record', { unitId, year: 2026, receivedOn, ...more });
