import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import { useNavigation } from '../../app/navigation';
import { failure, fakeApi, sent } from '../../test/fake-api';
import { APP_INFO } from '../../test/fixtures';
import { render } from '../../test/render';
import { CHARTS } from '../statistics/test-fixtures';
import { DashboardCharts } from './DashboardCharts';
import { OverviewPage } from './OverviewPage';

afterEach(() => {
  window.location.hash = '';
});

describe('the charts panel of Tổng quan', () => {
  it('reads the five years through the dashboard’s year, below the cards', async () => {
    const transport = fakeApi({ 'app.info': APP_INFO, 'statistics.charts': CHARTS(2022, 2026) });
    render(<OverviewPage title="Tổng quan" />);
    const panel = await screen.findByTestId('dashboard-charts');
    expect(within(panel).getByRole('heading', { name: 'Biểu đồ 2022–2026' })).toBeTruthy();
    expect(sent(transport, 'statistics.charts')).toEqual([{ fromYear: 2022, toYear: 2026 }]);
    const awards = await within(panel).findByRole('table', { name: 'Lượt khen thưởng theo năm' });
    expect(within(awards).getByRole('row', { name: '2025 1.204 30 1.234' })).toBeTruthy();
    expect(within(panel).getByRole('table', { name: 'Báo cáo của các đơn vị năm 2026' })).toBeTruthy();
    // The panel comes after the cards.
    const cards = screen.getByTestId('dash-awards');
    expect(cards.compareDocumentPosition(panel) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('links to the detailed statistics through the navigation store', async () => {
    fakeApi({ 'statistics.charts': CHARTS(2022, 2026) });
    render(<DashboardCharts year={2026} />);
    const link = screen.getByRole('link', { name: 'Xem thống kê chi tiết' });
    expect(link.getAttribute('href')).toBe('#/bao-cao/thong-ke');
    fireEvent.click(link);
    expect(useNavigation.getState()).toMatchObject({ area: 'reports', subpath: ['thong-ke'] });
    expect(window.location.hash).toBe('#/bao-cao/thong-ke');
  });

  it('says when the charts cannot be read, leaving the rest of the page alone', async () => {
    fakeApi({ 'statistics.charts': failure({ code: 'INTERNAL', message: 'Không đọc được cơ sở dữ liệu.' }) });
    render(<DashboardCharts year={2026} />);
    expect(await screen.findByText('Không đọc được biểu đồ')).toBeTruthy();
    expect(screen.getByText('Không đọc được cơ sở dữ liệu.')).toBeTruthy();
  });
});
