import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { OverviewPage } from './OverviewPage';
import { render } from '../../test/render';
import { failure, fakeApi, sent } from '../../test/fake-api';
import { APP_INFO } from '../../test/fixtures';
import { useNavigation } from '../../app/navigation';
import { DASHBOARD } from './test-fixtures';

afterEach(() => {
  window.location.hash = '';
});

const card = (testId: string) => screen.getByTestId(testId);

describe('the dashboard on Tổng quan', () => {
  it('shows this year’s figures, each card a link to its list', async () => {
    fakeApi({ 'app.info': APP_INFO });
    render(<OverviewPage title="Tổng quan" />);
    await screen.findByText('Việc cần theo dõi');

    expect(card('dash-movements').textContent).toContain('Phong trào đang thực hiện3');
    expect(card('dash-movements').getAttribute('href')).toBe('#/phong-trao/danh-sach');
    expect(card('dash-registrations').textContent).toContain('Đơn vị chưa đăng ký thi đua năm 2026');
    expect(card('dash-registrations').textContent).toContain('4trên 30 đơn vị đang hoạt động');
    expect(card('dash-registrations').getAttribute('href')).toBe('#/phong-trao/dang-ky');
    expect(within(card('dash-models')).getByTestId('dash-stage-discovered').textContent).toBe('Phát hiện6');
    expect(within(card('dash-models')).getByTestId('dash-stage-nurtured').textContent).toBe('Bồi dưỡng7');
    expect(within(card('dash-models')).getByTestId('dash-stage-summarized').textContent).toBe('Tổng kết9');
    expect(within(card('dash-models')).getByTestId('dash-stage-replicated').textContent).toBe('Nhân rộng2');
    expect(card('dash-models').getAttribute('href')).toBe('#/dien-hinh-tien-tien');
    expect(card('dash-awards').textContent).toContain('Khen thưởng năm 2026');
    expect(card('dash-awards').textContent).toContain('2quyết định đã ký');
    expect(card('dash-awards').textContent).toContain('27lượt khen thưởng');
    expect(card('dash-awards').textContent).toContain('18.240.000 đtiền thưởng');
    expect(card('dash-awards').textContent).toContain('1 dự thảo');
    expect(card('dash-awards').getAttribute('href')).toBe('#/khen-thuong/quyet-dinh');
    expect(screen.getByTestId('dash-deadline-unit').textContent).toBe('còn 14 ngày');
    expect(screen.getByTestId('dash-deadline-ward').textContent).toBe('còn 19 ngày');
    expect(card('dash-deadlines').textContent).toContain('10/12/2026');
  });

  it('opens the list through the navigation store', async () => {
    fakeApi({ 'app.info': APP_INFO });
    render(<OverviewPage title="Tổng quan" />);
    fireEvent.click(await screen.findByTestId('dash-registrations'));
    expect(useNavigation.getState()).toMatchObject({ area: 'movements', subpath: ['dang-ky'] });
    expect(window.location.hash).toBe('#/phong-trao/dang-ky');
  });

  it('says when a deadline is today or already passed', async () => {
    fakeApi({
      'app.info': APP_INFO,
      'dashboard.get': {
        ...DASHBOARD,
        deadlines: [
          { kind: 'unit', date: '2026-12-10', daysLeft: -2 },
          { kind: 'ward', date: '2026-12-15', daysLeft: 0 },
        ],
      },
    });
    render(<OverviewPage title="Tổng quan" />);
    expect((await screen.findByTestId('dash-deadline-unit')).textContent).toBe('Đã quá hạn 2 ngày');
    expect(screen.getByTestId('dash-deadline-ward').textContent).toBe('Hôm nay là hạn');
  });
});

describe('an empty database', () => {
  it('offers the sample ward, asks first, loads it and shows the dashboard', async () => {
    const transport = fakeApi({
      'app.info': APP_INFO,
      'demo.status': (_input, n) => ({ empty: n === 0 }),
      'demo.load': {
        units: 30,
        people: 300,
        households: 40,
        movements: 14,
        registrations: 370,
        models: 24,
        decisions: 26,
        awards: 442,
      },
    });
    render(<OverviewPage title="Tổng quan" />);
    expect(await screen.findByText('Cơ sở dữ liệu đang trống')).toBeTruthy();
    expect(screen.queryByText('Việc cần theo dõi')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Tạo dữ liệu mẫu' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/phường Lê Chân/)).toBeTruthy();
    expect(within(dialog).getByText(/khôi phục một bản sao lưu/)).toBeTruthy();
    expect(sent(transport, 'demo.load')).toHaveLength(0);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Tạo dữ liệu mẫu' }));

    expect(await screen.findByText('Việc cần theo dõi')).toBeTruthy();
    expect(screen.queryByText('Cơ sở dữ liệu đang trống')).toBeNull();
    expect(await screen.findByText(/Đã tạo dữ liệu mẫu: 30 đơn vị, 300 cá nhân/)).toBeTruthy();
    expect(sent(transport, 'demo.load')).toEqual([{}]);
    expect(sent(transport, 'dashboard.get')).toHaveLength(2);
  });

  it('keeps the offer and shows the reason when loading is refused', async () => {
    const message = 'Cơ sở dữ liệu đã có dữ liệu nên không tạo dữ liệu mẫu.';
    fakeApi({
      'app.info': APP_INFO,
      'demo.status': { empty: true },
      'demo.load': failure({ code: 'CONFLICT', message }),
    });
    render(<OverviewPage title="Tổng quan" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Tạo dữ liệu mẫu' }));
    fireEvent.click(
      within(await screen.findByRole('dialog')).getByRole('button', { name: 'Tạo dữ liệu mẫu' }),
    );
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText(message)).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(screen.getByText('Cơ sở dữ liệu đang trống')).toBeTruthy();
  });
});

describe('the unit reports card', () => {
  const withReports = (daysLeft: number, notReceived: number) => ({
    ...DASHBOARD,
    deadlines: [
      { kind: 'unit' as const, date: '2026-12-10', daysLeft },
      { kind: 'ward' as const, date: '2026-12-15', daysLeft: daysLeft + 5 },
    ],
    unitReports: { ...DASHBOARD.unitReports, received: 30 - notReceived, notReceived },
  });

  it('counts the reports in and missing, with the deadline, and opens the unit reports tab', async () => {
    fakeApi({ 'app.info': APP_INFO, 'dashboard.get': withReports(30, 12) });
    render(<OverviewPage title="Tổng quan" />);
    const reports = await screen.findByTestId('dash-unit-reports');
    expect(reports.textContent).toContain('Báo cáo của đơn vị năm 2026');
    expect(screen.getByTestId('dash-unit-reports-received').textContent).toBe(
      '18/30 đơn vị đã nộp (2 nộp muộn)',
    );
    expect(screen.getByTestId('dash-unit-reports-missing').textContent).toBe('12 đơn vị chưa nộp');
    expect(screen.getByTestId('dash-unit-reports-deadline').textContent).toBe(
      'Hạn nộp 10/12/2026, còn 30 ngày',
    );
    // A month ahead is not yet a worry.
    expect(reports.getAttribute('data-tone')).toBe('normal');
    expect(reports.getAttribute('href')).toBe('#/bao-cao/don-vi');
    fireEvent.click(reports);
    expect(useNavigation.getState()).toMatchObject({ area: 'reports', subpath: ['don-vi'] });
  });

  it('turns orange in the last two weeks while units are missing', async () => {
    fakeApi({ 'app.info': APP_INFO, 'dashboard.get': withReports(14, 12) });
    render(<OverviewPage title="Tổng quan" />);
    const reports = await screen.findByTestId('dash-unit-reports');
    expect(reports.getAttribute('data-tone')).toBe('soon');
    expect(reports.style.borderColor).toBe('var(--mantine-color-orange-5)');
    expect(screen.getByTestId('dash-unit-reports-deadline').textContent).toBe(
      'Hạn nộp 10/12/2026, còn 14 ngày',
    );
  });

  it('turns red once the deadline has passed with units missing', async () => {
    fakeApi({ 'app.info': APP_INFO, 'dashboard.get': withReports(-3, 2) });
    render(<OverviewPage title="Tổng quan" />);
    const reports = await screen.findByTestId('dash-unit-reports');
    expect(reports.getAttribute('data-tone')).toBe('overdue');
    expect(reports.style.borderColor).toBe('var(--mantine-color-red-6)');
    expect(screen.getByTestId('dash-unit-reports-received').textContent).toBe(
      '28/30 đơn vị đã nộp (2 nộp muộn)',
    );
    expect(screen.getByTestId('dash-unit-reports-missing').textContent).toBe('2 đơn vị chưa nộp');
    expect(screen.getByTestId('dash-unit-reports-deadline').textContent).toBe(
      'Hạn nộp 10/12/2026, đã quá hạn 3 ngày',
    );
  });

  it('stays calm near or after the deadline once every unit has reported', async () => {
    fakeApi({ 'app.info': APP_INFO, 'dashboard.get': withReports(-3, 0) });
    render(<OverviewPage title="Tổng quan" />);
    const reports = await screen.findByTestId('dash-unit-reports');
    expect(reports.getAttribute('data-tone')).toBe('normal');
    expect(screen.getByTestId('dash-unit-reports-missing').textContent).toBe('Tất cả đơn vị đã nộp');
  });
});
