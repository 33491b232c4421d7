import { test, expect } from './fixtures';
import { api } from './registry-helpers';
import type { Dashboard } from '../shared/api/dashboard';
import { formatMoney, formatNumberVi } from '../shared/rules/money';

const SEED_PLAN =
  'Đợt thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội hàng năm và giai đoạn 5 năm (2026-2030)';

test('an empty database offers the sample ward, and the dashboard then shows what the data says', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Cơ sở dữ liệu đang trống' })).toBeVisible();
  expect(await api(page, 'demo.status', {})).toEqual({ empty: true });

  await page.getByRole('button', { name: 'Tạo dữ liệu mẫu' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('phường Lê Chân');
  await dialog.getByRole('button', { name: 'Tạo dữ liệu mẫu' }).click();
  await expect(page.getByText('Việc cần theo dõi')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText('Cơ sở dữ liệu đang trống')).toHaveCount(0);

  // The same figures through the API, and through independent channels where they exist.
  const d = await api<Dashboard>(page, 'dashboard.get', {});
  const inProgress = await api<{ name: string }[]>(page, 'movements.list', { status: 'in_progress' });
  expect(d.movementsInProgress).toBe(inProgress.length);
  expect(inProgress.map((m) => m.name)).toContain(SEED_PLAN);
  const info = await api<{ counts: { units: number } }>(page, 'app.info', {});
  expect(d.unitsExpected).toBe(info.counts.units);

  await expect(page.getByTestId('dash-movements')).toContainText(
    `Phong trào đang thực hiện${formatNumberVi(d.movementsInProgress)}`,
  );
  await expect(page.getByTestId('dash-registrations')).toContainText(
    `Đơn vị chưa đăng ký thi đua năm ${d.year}${formatNumberVi(d.unitsNotRegistered)}`,
  );
  for (const [stage, n] of Object.entries(d.modelsByStage)) {
    await expect(page.getByTestId(`dash-stage-${stage}`)).toContainText(formatNumberVi(n));
  }
  const awards = page.getByTestId('dash-awards');
  await expect(awards).toContainText(`${formatNumberVi(d.decisionsThisYear.signed)}quyết định đã ký`);
  await expect(awards).toContainText(`${formatNumberVi(d.awardsThisYear)}lượt khen thưởng`);
  await expect(awards).toContainText(formatMoney(d.moneyThisYear));
  const unit = d.deadlines.find((x) => x.kind === 'unit')!;
  await expect(page.getByTestId('dash-deadline-unit')).toHaveText(
    unit.daysLeft === 0
      ? 'Hôm nay là hạn'
      : unit.daysLeft > 0
        ? `còn ${unit.daysLeft} ngày`
        : `Đã quá hạn ${-unit.daysLeft} ngày`,
  );

  // A second load is refused.
  await expect(api(page, 'demo.load', {})).rejects.toThrow(/CONFLICT/);

  // The card opens the movements, where the seed plan is listed.
  await page.getByTestId('dash-movements').click();
  await expect(page).toHaveURL(/#\/phong-trao\/danh-sach$/);
  await expect(page.getByText(SEED_PLAN).first()).toBeVisible();
});
