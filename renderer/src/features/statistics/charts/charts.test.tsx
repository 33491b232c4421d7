import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { render } from '../../../test/render';
import { CHARTS, EMPTY_CHARTS } from '../test-fixtures';
import { AwardsByYearChart } from './AwardsByYearChart';
import { DirectShareChart } from './DirectShareChart';
import { ModelsByStageChart } from './ModelsByStageChart';
import { ReportStatusChart } from './ReportStatusChart';

const charts = CHARTS(2025, 2026);
const empty = EMPTY_CHARTS(2026, 2026);

/** The rows of a chart's hidden data table, cells joined by " | ". */
function summaryRows(name: string): string[] {
  const table = screen.getByRole('table', { name });
  return within(table)
    .getAllByRole('row')
    .map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent).join(' | '));
}

describe('the statistics charts', () => {
  it('awards per year: one column per catalogue entry and the year’s total, in Vietnamese numbers', () => {
    render(<AwardsByYearChart data={charts.awardsByYear} />);
    expect(summaryRows('Lượt khen thưởng theo năm')).toEqual([
      'Năm | Lao động tiên tiến | Giấy khen | Tổng',
      '2025 | 1.204 | 30 | 1.234',
      '2026 | 53 | 0 | 53',
    ]);
    expect(screen.queryByText('Chưa có số liệu')).toBeNull();
  });

  it('direct-worker share: the share with a comma, "-" for a year without individuals', () => {
    render(<DirectShareChart data={charts.directShareByYear} />);
    expect(summaryRows('Tỷ lệ khen người trực tiếp lao động')).toEqual([
      'Năm | Cá nhân được khen | Người trực tiếp lao động | Tỷ lệ',
      '2025 | 0 | 0 | -',
      '2026 | 53 | 28 | 52,8%',
    ]);
  });

  it('models by stage: the four stages in order', () => {
    render(<ModelsByStageChart data={charts.modelsByStage} />);
    expect(summaryRows('Điển hình tiên tiến theo giai đoạn')).toEqual([
      'Giai đoạn | Số điển hình',
      'Phát hiện | 6',
      'Bồi dưỡng | 7',
      'Tổng kết | 9',
      'Nhân rộng | 2',
    ]);
  });

  it('report status: the last year of the range, by status', () => {
    render(<ReportStatusChart data={charts.reportStatus} />);
    expect(summaryRows('Báo cáo của các đơn vị năm 2026')).toEqual([
      'Tình trạng | Số đơn vị',
      'Đúng hạn | 18',
      'Nộp muộn | 2',
      'Chưa nộp (còn hạn) | 0',
      'Chưa nộp (quá hạn) | 10',
    ]);
  });

  it('each says "Chưa có số liệu" when there is nothing to draw, and keeps its title', () => {
    render(
      <>
        <AwardsByYearChart data={empty.awardsByYear} />
        <DirectShareChart data={empty.directShareByYear} />
        <ModelsByStageChart data={empty.modelsByStage} />
        <ReportStatusChart data={empty.reportStatus} />
      </>,
    );
    expect(screen.getAllByText('Chưa có số liệu')).toHaveLength(4);
    expect(screen.queryAllByRole('table')).toEqual([]);
    for (const title of [
      'Lượt khen thưởng theo năm',
      'Tỷ lệ khen người trực tiếp lao động',
      'Điển hình tiên tiến theo giai đoạn',
      'Báo cáo của các đơn vị năm 2026',
    ])
      expect(screen.getByRole('figure', { name: title })).toBeTruthy();
  });
});
