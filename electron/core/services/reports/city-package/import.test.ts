import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestCore, type TestCore } from '../../../testing/core';
import { listAudit } from '../../../db/repos/audit';
import { handPackage, upload } from './test-fixtures';

let t: TestCore;
afterEach(() => t?.close());

/** The city core with nothing imported; `refused` checks that a refusal left no trace. */
function city() {
  t = startTestCore();
  const db = t.core.services.db;
  const stored = () => ({
    rows: db.prepare('SELECT count(*) AS n FROM ward_packages').get() as { n: number },
    audit: listAudit(db, { entity: 'ward_packages' }).length,
  });
  return { db, stored };
}

async function refusal(content: unknown, fileName?: string) {
  const error = await t.fail('cityPackage.import', { file: upload(content, fileName) });
  return error;
}

describe('cityPackage.import refusals (nothing is stored)', () => {
  it('tells to choose the .json file when the .xlsx of the package is given', async () => {
    const { stored } = city();
    const xlsx = {
      fileName: 'Bao-cao-TDKT-phuong-le-chan-2026.xlsx',
      base64: Buffer.from('PK\x03\x04rest').toString('base64'),
    };
    const error = await t.fail('cityPackage.import', { file: xlsx });
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toMatch(
      /^Đây là tệp Excel của gói báo cáo, chỉ dùng để đọc\. Để nhập gói, hãy chọn tệp \.json/,
    );
    // Renamed to .json, the bytes still say ZIP.
    const renamed = await t.fail('cityPackage.import', { file: { ...xlsx, fileName: 'goi.json' } });
    expect(renamed.message).toBe(error.message);
    expect(stored()).toEqual({ rows: { n: 0 }, audit: 0 });
  });

  it('refuses text that is not JSON, and JSON of another format', async () => {
    const { stored } = city();
    expect(await refusal('{"format": "tdkt.goi-bao-cao-phuong", "year": 20')).toMatchObject({
      code: 'VALIDATION',
      message:
        'Tệp không đọc được dưới dạng JSON: có thể tệp bị hỏng, bị cắt ngắn hoặc không phải tệp .json của gói báo cáo.',
    });
    const other =
      'Tệp không phải gói báo cáo thi đua, khen thưởng của phường (cần trường format là “tdkt.goi-bao-cao-phuong”).';
    expect((await refusal({ ...handPackage(), format: 'tdkt.backup' })).message).toBe(other);
    expect((await refusal([1, 2, 3])).message).toBe(other);
    const { format: _format, ...withoutFormat } = handPackage();
    expect((await refusal(withoutFormat)).message).toBe(other);
    expect(stored()).toEqual({ rows: { n: 0 }, audit: 0 });
  });

  it('refuses a package of a newer structure, asking to update the app', async () => {
    const { stored } = city();
    const error = await refusal({ ...handPackage(), schemaVersion: 2, somethingNew: true });
    expect(error).toMatchObject({
      code: 'VALIDATION',
      message: 'Gói báo cáo được tạo bởi phiên bản phần mềm mới hơn (cấu trúc 2); hãy cập nhật phần mềm.',
    });
    expect(stored()).toEqual({ rows: { n: 0 }, audit: 0 });
  });

  it('names a missing or ill-typed field', async () => {
    const { stored } = city();
    const { ward: _ward, ...noWard } = handPackage();
    expect((await refusal(noWard)).message).toBe(
      'Gói báo cáo không hợp lệ: Thông tin phường (ward) phải là một đối tượng có name và city.',
    );
    expect((await refusal({ ...handPackage(), year: '2026' })).message).toBe(
      'Gói báo cáo không hợp lệ: Năm (year) phải là một số.',
    );
    expect((await refusal({ ...handPackage(), generatedAt: '10/12/2026' })).message).toMatch(
      /^Gói báo cáo không hợp lệ: Thời điểm lập gói \(generatedAt\) phải là thời điểm dạng ISO 8601/,
    );
    const pkg = handPackage();
    const awards = pkg.awards as Record<string, unknown>[];
    awards[1] = { ...awards[1], amount: '1520000' };
    expect((await refusal(pkg)).message).toBe(
      'Gói báo cáo không hợp lệ: Danh sách khen thưởng (awards), dòng 2: Số tiền (amount) phải là số nguyên không âm.',
    );
    awards[1] = { ...awards[1], amount: 1_520_000, recipientKind: 'team', registerNumber: 0 };
    expect((await refusal(pkg)).message).toBe(
      'Gói báo cáo không hợp lệ: Danh sách khen thưởng (awards), dòng 2: Khen cho (recipientKind) phải là một trong các mã: collective, individual, household. (và 1 lỗi khác)',
    );
    awards[1] = { ...awards[1], recipientKind: 'collective', registerNumber: 2, decisionDate: '2025-12-31' };
    expect((await refusal(pkg)).message).toBe(
      'Gói báo cáo không hợp lệ: Danh sách khen thưởng (awards), dòng 2: ngày quyết định (decisionDate) 2025-12-31 không thuộc năm 2026 của gói.',
    );
    expect(stored()).toEqual({ rows: { n: 0 }, audit: 0 });
  });

  it('refuses numbers that are not non-negative integers, and a total row that is not the sum of the rows', async () => {
    const { stored } = city();
    const withAwardsTable = (change: (table: Record<string, unknown>) => void) => {
      const pkg = handPackage();
      const table = (pkg.tables as Record<string, unknown>[])[1]!;
      change(table);
      return pkg;
    };
    const rows = (table: Record<string, unknown>) => table.rows as { cells: Record<string, unknown> }[];
    expect(
      (await refusal(withAwardsTable((table) => void (rows(table)[0]!.cells.total = -3)))).message,
    ).toMatch(
      /^Gói báo cáo không hợp lệ: Bảng awards, dòng 1, ô “total”: Số liệu của ô \(cells\) phải là số nguyên không âm\./,
    );
    expect(
      (await refusal(withAwardsTable((table) => void (rows(table)[1]!.cells.part = 1.5)))).message,
    ).toMatch(
      /^Gói báo cáo không hợp lệ: Bảng awards, dòng 2, ô “part”: Số liệu của ô \(cells\) phải là số nguyên không âm\./,
    );
    expect(
      (await refusal(withAwardsTable((table) => void (table.total = { total: 6, part: 3 })))).message,
    ).toBe(
      'Gói báo cáo không hợp lệ: Bảng “Kết quả khen thưởng theo danh hiệu, hình thức và đối tượng” (awards): dòng tổng của cột “Tổng số” (total) là 6 nhưng cộng các dòng được 5.',
    );
    expect(
      (await refusal(withAwardsTable((table) => void (rows(table)[0]!.cells.share = 33)))).message,
    ).toMatch(/dòng “Dòng A” có ô “share” không thuộc cột số liệu nào\./);
    const missing = handPackage();
    missing.tables = (missing.tables as { id: string }[]).filter((x) => x.id !== 'money');
    expect((await refusal(missing)).message).toBe('Gói báo cáo không hợp lệ: Thiếu bảng thống kê “money”.');
    expect(stored()).toEqual({ rows: { n: 0 }, audit: 0 });
  });
});

describe('cityPackage.import, replace and remove', () => {
  it('stores the package with its digest, refuses the same ward and year again unless replaced', async () => {
    const { db, stored } = city();
    const file = upload(handPackage());
    const first = await t.call('cityPackage.import', { file });
    expect(first).toEqual({
      id: first.id,
      wardName: 'Phường Hồng Bàng',
      city: 'Hải Phòng',
      year: 2026,
      schemaVersion: 1,
      generatedAt: '2026-12-10T02:00:00.000Z',
      importedAt: '2026-11-26T09:00:00.000Z',
      awardCount: 2,
      money: 2_280_000,
    });
    const row = db.prepare('SELECT sha256, payload_json AS payload FROM ward_packages').get() as {
      sha256: string;
      payload: string;
    };
    expect(row.sha256).toBe(createHash('sha256').update(Buffer.from(file.base64, 'base64')).digest('hex'));
    expect(JSON.parse(row.payload)).toEqual(handPackage());

    // The same ward spelled differently is the same ward.
    const again = { ...handPackage(), ward: { name: 'phường  HỒNG BÀNG', city: 'Hải Phòng' } };
    const conflict = await t.fail('cityPackage.import', { file: upload(again) });
    expect(conflict).toMatchObject({
      code: 'CONFLICT',
      message:
        'Đã nhập gói báo cáo năm 2026 của Phường Hồng Bàng ngày 26/11/2026; chọn Thay thế để thay bằng gói mới.',
    });
    expect(stored()).toEqual({ rows: { n: 1 }, audit: 1 });

    const newer = handPackage();
    newer.generatedAt = '2026-12-14T01:00:00.000Z';
    (newer.awards as unknown[]).pop();
    const replaced = await t.call('cityPackage.import', { file: upload(newer), replace: true });
    expect(replaced).toMatchObject({
      id: first.id,
      awardCount: 1,
      money: 760_000,
      generatedAt: '2026-12-14T01:00:00.000Z',
    });
    expect(await t.call('cityPackage.list', { year: 2026 })).toEqual([replaced]);

    const history = listAudit(db, { entity: 'ward_packages' });
    expect(history.map((h) => [h.action, h.entityId])).toEqual([
      ['import', first.id],
      ['import', first.id],
    ]);
    expect(history[0]).toMatchObject({
      note: 'Thay thế gói báo cáo năm 2026 của Phường Hồng Bàng (Bao-cao-TDKT-phuong-hong-bang-2026.json)',
      before: { wardName: 'Phường Hồng Bàng', awardCount: 2, money: 2_280_000 },
      after: { wardName: 'Phường Hồng Bàng', awardCount: 1, money: 760_000 },
    });
    expect(history[1]!.before).toBeNull();
  });

  it('removes a package with an audit row; another year is apart', async () => {
    const { db } = city();
    const kept = await t.call('cityPackage.import', {
      file: upload({ ...handPackage(), year: 2025, awards: [] }),
    });
    const gone = await t.call('cityPackage.import', { file: upload(handPackage()) });
    expect(await t.call('cityPackage.remove', { id: gone.id })).toEqual({ id: gone.id });
    expect(await t.call('cityPackage.list', { year: 2026 })).toEqual([]);
    expect(await t.call('cityPackage.list', { year: 2025 })).toEqual([kept]);
    expect(listAudit(db, { entity: 'ward_packages', entityId: gone.id })[0]).toMatchObject({
      action: 'purge',
      before: { wardName: 'Phường Hồng Bàng', year: 2026 },
      note: 'Xóa gói báo cáo năm 2026 của Phường Hồng Bàng',
    });
    expect(await t.fail('cityPackage.remove', { id: gone.id })).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('refuses the totals while a stored package no longer reads, naming the ward', async () => {
    const { db } = city();
    await t.call('cityPackage.import', { file: upload(handPackage()) });
    expect((await t.call('cityPackage.totals', { year: 2026 })).tables).toHaveLength(6);
    db.prepare(`UPDATE ward_packages SET payload_json = '{"tables": []}'`).run();
    expect(await t.fail('cityPackage.totals', { year: 2026 })).toEqual({
      code: 'CONFLICT',
      message: 'Gói báo cáo của Phường Hồng Bàng đã lưu bị hỏng; hãy xóa và nhập lại gói này.',
    });
  });
});
