import { execFileSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { api } from './registry-helpers';

const pdfText = (file: string): string =>
  execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });

/** People with genders, a Giấy khen decision listing them, signed; returns its id and number. */
async function signedDecision(page: Page): Promise<{ id: number; numberText: string }> {
  const settings = await api<Record<string, unknown>>(page, 'settings.get', {});
  await api(page, 'settings.update', {
    ...settings,
    chairman: { name: 'Lê Văn Chủ', title: 'Chủ tịch' },
    officerName: 'Nguyễn Thu Trang',
  });
  const people: number[] = [];
  for (const [fullName, gender] of [
    ['Trương Thị Ánh', 'female'],
    ['Đỗ Minh Đức', 'male'],
    ['Bùi Văn Ấn', 'male'],
  ]) {
    const p = await api<{ id: number }>(page, 'people.create', {
      fullName,
      gender,
      birthDate: null,
      birthYear: null,
      unitId: null,
      position: 'Tổ trưởng',
      staffCategory: null,
      identityNumber: '',
      phone: '',
      address: '',
      note: '',
    });
    people.push(p.id);
  }
  const catalogue = await api<{ id: number; code: string | null }[]>(page, 'catalogue.list', {});
  const award = catalogue.find((e) => e.code === 'giay_khen_chu_tich_phuong')!;
  const draft = await api<{ id: number }>(page, 'decisions.create', {
    year: 2026,
    number: null,
    decisionDate: '2026-07-05',
    signer: { kind: 'vice', name: 'Trần Thị Hương' },
    subject: 'Về việc tặng Giấy khen năm 2026',
    legalBases: ['Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022'],
    movementId: null,
    catalogueId: award.id,
    achievementFrom: null,
    achievementTo: null,
    method: 'regular',
    defaultAchievement: 'Đã có thành tích xuất sắc trong phong trào thi đua năm 2026',
    recipientOrder: 'entered',
  });
  await api(page, 'decisions.addRecipients', {
    decisionId: draft.id,
    recipients: people.map((id) => ({ kind: 'individual', id })),
  });
  const signed = await api<{ id: number; numberText: string }>(page, 'decisions.sign', { id: draft.id });
  return signed;
}

/** Saves the previewed PDF ("Lưu tệp PDF"), or opens it to print ("Mở để in": a download here too). */
async function saveFromPreview(page: Page, fileName: string, button = 'Lưu tệp PDF'): Promise<string> {
  const dialog = page.getByRole('dialog', { name: `Xem trước: ${fileName}` });
  await expect(dialog.locator('canvas')).toBeVisible({ timeout: 30_000 });
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: button }).click();
  const file = (await (await download).path())!;
  await expect(dialog).toBeHidden(); // a saved file closes the preview
  return file;
}

test('prints the decision and its Giấy khen in both modes from the decision page', async ({ page }) => {
  await page.goto('/');
  const decision = await signedDecision(page);
  const stem = `QD-${decision.numberText.slice(0, 2)}-2026`;
  await page.goto(`/#/khen-thuong/quyet-dinh/${decision.id}`);

  await page.getByRole('button', { name: 'Xem quyết định (PDF)' }).click();
  const decisionText = pdfText(await saveFromPreview(page, `${stem}.pdf`));
  expect(decisionText).toContain('QUYẾT ĐỊNH');
  expect(decisionText).toContain('Trương Thị Ánh');

  await page.getByRole('button', { name: 'In Giấy khen', exact: true }).click();
  await page.getByRole('menuitem', { name: 'In cả trang (giấy trắng)' }).click();
  const fullFile = await saveFromPreview(page, `Giay-khen-${stem}.pdf`);
  const full = pdfText(fullFile);
  const pages = full.split('\f').filter((p) => p.trim() !== '');
  expect(pages).toHaveLength(3);
  expect(pages[0]).toContain('Bà: TRƯƠNG THỊ ÁNH');
  expect(pages[1]).toContain('Ông: ĐỖ MINH ĐỨC');
  expect(pages[2]).toContain('Ông: BÙI VĂN ẤN');
  expect(full).toContain('GIẤY KHEN');
  expect(full).toContain(`Quyết định số ${decision.numberText} ngày 05/7/2026`);
  expect(full).toContain('Lê Chân, ngày 05 tháng 7 năm 2026');
  await expect(page.getByText(/ghi nhận 3 lần in Giấy khen/)).toBeVisible();

  await page.getByRole('button', { name: 'In Giấy khen', exact: true }).click();
  await page.getByRole('menuitem', { name: 'In trên phôi in sẵn' }).click();
  const blank = pdfText(await saveFromPreview(page, `Giay-khen-${stem}-phoi.pdf`, 'Mở để in'));
  expect(blank).toContain('ĐỖ MINH ĐỨC');
  expect(blank).not.toContain('GIẤY KHEN');

  const lines = await api<{ id: number }[]>(page, 'decisions.lines', { id: decision.id });
  const history = await api<{ mode: string; printedBy: string }[]>(page, 'documents.printHistory', {
    lineId: lines[0]!.id,
  });
  expect(history.map((h) => h.mode)).toEqual(['blank_form', 'full']);
  expect(history[0]!.printedBy).toBe('Nguyễn Thu Trang');
});

test('the certificate layout tab previews a sample and the calibration page', async ({ page }) => {
  await page.goto('/#/khen-thuong/giay-khen');
  await expect(page.getByLabel('Họ tên: Cách trái (mm)')).toBeVisible();
  await page.getByLabel('Lệch ngang (mm)').fill('3');
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(page.getByText('Đã lưu mẫu Giấy khen.')).toBeVisible();
  await page.getByRole('button', { name: 'Xem thử', exact: true }).click();
  await expect(
    page.getByRole('dialog', { name: 'Xem trước: Giay-khen-mau.pdf' }).locator('canvas'),
  ).toBeVisible();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'In trang căn chỉnh' }).click();
  const dialog = page.getByRole('dialog', { name: 'Xem trước: Trang-can-chinh-phoi.pdf' });
  await expect(dialog.locator('canvas')).toBeVisible();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Lưu / In' }).click();
  expect(pdfText((await (await download).path())!)).toContain('độ lệch máy in: ngang 3 mm');
});
