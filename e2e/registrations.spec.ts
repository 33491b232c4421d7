import { test, expect } from './fixtures';
import { api, emptyUnit } from './registry-helpers';

const year = new Date().getFullYear();

const movement = (name: string, unitIds: number[]) => ({
  name,
  theme: '',
  kind: 'regular',
  scope: 'ward',
  scopeClusterId: null,
  scopeUnitId: null,
  docNumber: '45/KH-UBND',
  docDate: null,
  docSigner: '',
  periodFromYear: year,
  periodToYear: year,
  startsOn: null,
  endsOn: null,
  responsibleOffice: '',
  description: '',
  criteria: [],
  participants: { mode: 'picked', clusterId: null, unitIds },
});

// Tall enough that the stacked notifications (bottom right) never cover the rows' action buttons.
test.use({ viewport: { width: 1440, height: 1100 } });

test('two units register for the year; one is approved, the other returned with a reason', async ({
  page,
}) => {
  await page.goto('/#/phong-trao/dang-ky');
  await expect(page.getByText('Chưa có đăng ký thi đua nào.')).toBeVisible();
  const school = await api<{ id: number }>(page, 'units.create', emptyUnit('Trường THCS Lê Chân', 'school'));
  await api(page, 'units.create', emptyUnit('Trạm y tế phường', 'health_station'));
  await page.reload();
  const missing = page.getByRole('region', { name: 'Chưa đăng ký' });
  await expect(missing).toContainText('2 trên 2 đơn vị chưa đăng ký');

  // One through the form...
  await page.getByRole('button', { name: 'Thêm đăng ký' }).click();
  const form = page.getByRole('dialog', { name: 'Thêm đăng ký thi đua' });
  await form.getByRole('textbox', { name: 'Tìm trong danh bạ' }).fill('thcs');
  await form.getByRole('radio', { name: /Trường THCS Lê Chân/ }).check();
  await form.getByRole('combobox', { name: 'Danh hiệu đăng ký' }).click();
  await page.getByRole('option', { name: 'Tập thể lao động tiên tiến' }).click();
  await form.getByLabel('Nội dung cam kết').fill('Hoàn thành 100% chỉ tiêu năm học');
  await form.getByRole('button', { name: 'Lưu' }).click();
  const list = page.getByRole('table', { name: 'Danh sách đăng ký thi đua' });
  await expect(list.getByRole('row')).toHaveCount(2);

  // ...the other as "every unit not registered yet".
  await expect(missing).toContainText('1 trên 2 đơn vị chưa đăng ký');
  await missing.getByRole('button', { name: 'Đăng ký cho tất cả' }).click();
  await page
    .getByRole('dialog', { name: 'Đăng ký cho nhiều đơn vị' })
    .getByRole('button', { name: 'Đăng ký' })
    .click();
  await expect(list.getByRole('row')).toHaveCount(3);
  await expect(missing).toContainText('Cả 2 đơn vị đã đăng ký.');

  await page.getByRole('button', { name: 'Gửi đăng ký của Trường THCS Lê Chân' }).click();
  await page.getByRole('button', { name: 'Gửi đăng ký của Trạm y tế phường' }).click();
  await expect(list.getByText('Đã gửi', { exact: true })).toHaveCount(2);

  await page.getByRole('button', { name: 'Duyệt đăng ký của Trường THCS Lê Chân' }).click();
  await page.getByRole('button', { name: 'Trả lại đăng ký của Trạm y tế phường' }).click();
  const returnDialog = page.getByRole('dialog', { name: 'Trả lại đăng ký của “Trạm y tế phường”' });
  await returnDialog.getByLabel('Lý do trả lại').fill('Chưa có chỉ tiêu tiêm chủng');
  await returnDialog.getByRole('button', { name: 'Trả lại' }).click();

  const schoolRow = list.getByRole('row').filter({ hasText: 'Trường THCS Lê Chân' });
  await expect(schoolRow).toContainText('Đã duyệt');
  const clinicRow = list.getByRole('row').filter({ hasText: 'Trạm y tế phường' });
  await expect(clinicRow).toContainText('Trả lại');
  await expect(clinicRow).toContainText('Lý do: Chưa có chỉ tiêu tiêm chủng');
  await expect(clinicRow.getByRole('button', { name: 'Gửi đăng ký của Trạm y tế phường' })).toBeVisible();

  // A movement's registrations are their own list, chosen in the movement selector.
  const m = await api<{ id: number }>(
    page,
    'movements.create',
    movement('Phong trào Thi đua yêu nước', [school.id]),
  );
  await api(page, 'registrations.create', {
    movementId: m.id,
    year,
    registrant: { kind: 'collective', id: school.id },
    titles: [
      (await api<{ id: number; code: string }[]>(page, 'catalogue.list', {})).find(
        (e) => e.code === 'tap_the_lao_dong_xuat_sac',
      )!.id,
    ],
    commitments: '',
  });
  await page.getByRole('combobox', { name: 'Phong trào' }).click();
  await page.getByRole('option', { name: 'Phong trào Thi đua yêu nước' }).click();
  await expect(list.getByRole('row')).toHaveCount(2);
  await expect(list).toContainText('Tập thể lao động xuất sắc');
  await expect(missing).toContainText('Cả 1 đơn vị đã đăng ký.');
});
