// "Gia đình ông …" / "Gia đình bà …" on the decision's list and the Giấy khen, through the real
// decision service: a draft prints the registry as it is, a signed decision what it was signed with.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { householdInput, startTestCore, type TestCore } from '../../testing/core';
import { linesOf, pdfText } from '../../pdf/pdf-inspect';
import { draftWith } from '../decisions/test-support';
import type { Gender } from '../../../../shared/domain/registry';

let t: TestCore;
beforeEach(() => {
  t = startTestCore();
});
afterEach(() => t.close());

async function household(name: string, headGender: Gender | null) {
  return (await t.call('households.create', householdInput(name, { headGender }))).id;
}

const setGender = (id: number, name: string, headGender: Gender | null) =>
  t.call('households.update', { id, values: householdInput(name, { headGender }) });

/** The rows of the attached list's household section: "STT name" as pdftotext reads them. */
async function listRows(decisionId: number): Promise<string[]> {
  const pdf = await t.call('documents.decisionPreview', { id: decisionId });
  const lines = pdfText(Buffer.from(pdf.base64, 'base64')).flatMap(linesOf);
  const from = lines.indexOf('I. HỘ GIA ĐÌNH');
  expect(from).toBeGreaterThan(0);
  return lines.slice(from + 1, lines.indexOf('Tổng cộng', from));
}

const snapshots = (decisionId: number) =>
  t.core.services.db
    .prepare(
      'SELECT household_id AS id, head_gender_snapshot AS g FROM awards WHERE decision_id = ? ORDER BY id',
    )
    .all(decisionId);

async function certificates(decisionId: number): Promise<string[][]> {
  const { jobId } = await t.call('documents.certificatesStart', { decisionId, lineIds: null, mode: 'full' });
  for (;;) {
    const p = await t.call('documents.certificatesProgress', { jobId });
    if (p.status !== 'running') break;
    await new Promise((r) => setTimeout(r, 20));
  }
  const result = await t.call('documents.certificatesResult', { jobId });
  return pdfText(Buffer.from(result.base64, 'base64')).map(linesOf);
}

describe('a household printed with its head’s gender', () => {
  it('prints ông, bà or the name alone, follows the registry while a draft and keeps what was signed', async () => {
    const binh = await household('Phạm Văn Bình', 'male');
    const hoa = await household('Lê Thị Hoa', 'female');
    const cuong = await household('Vũ Văn Cường', null);
    const yen = await household('Đỗ Văn Yên', null);
    const draft = await draftWith(
      t,
      'giay_khen_chu_tich_phuong',
      [binh, hoa, cuong, yen].map((id) => ({ kind: 'household' as const, id })),
    );

    expect(await listRows(draft.id)).toEqual([
      '1 Gia đình ông Phạm Văn Bình',
      '2 Gia đình bà Lê Thị Hoa',
      '3 Vũ Văn Cường',
      '4 Đỗ Văn Yên',
    ]);

    // A gender filled in while the decision is a draft is printed, and is the one signed.
    await setGender(yen, 'Đỗ Văn Yên', 'male');
    expect((await listRows(draft.id))[3]).toBe('4 Gia đình ông Đỗ Văn Yên');
    // Taken when the lines were added, taken again at signing.
    expect(snapshots(draft.id)).toEqual([
      { id: binh, g: 'male' },
      { id: hoa, g: 'female' },
      { id: cuong, g: null },
      { id: yen, g: null },
    ]);
    const signed = await t.call('decisions.sign', { id: draft.id });
    expect(snapshots(signed.id)).toEqual([
      { id: binh, g: 'male' },
      { id: hoa, g: 'female' },
      { id: cuong, g: null },
      { id: yen, g: 'male' },
    ]);

    // Later registry edits do not change the signed decision's list or its certificates.
    await setGender(binh, 'Phạm Văn Bình', null);
    await setGender(hoa, 'Lê Thị Hoa', 'male');
    await setGender(cuong, 'Vũ Văn Cường', 'male');
    expect(await listRows(signed.id)).toEqual([
      '1 Gia đình ông Phạm Văn Bình',
      '2 Gia đình bà Lê Thị Hoa',
      '3 Vũ Văn Cường',
      '4 Gia đình ông Đỗ Văn Yên',
    ]);

    const pages = await certificates(signed.id);
    expect(pages).toHaveLength(4);
    expect(pages[0]).toContain('Gia đình ông PHẠM VĂN BÌNH');
    expect(pages[1]).toContain('Gia đình bà LÊ THỊ HOA');
    expect(pages[2]).toContain('Gia đình ông/bà VŨ VĂN CƯỜNG');
    expect(pages[3]).toContain('Gia đình ông ĐỖ VĂN YÊN');
  });
});
