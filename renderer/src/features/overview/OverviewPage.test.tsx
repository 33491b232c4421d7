import { describe, expect, it } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import { OverviewPage } from './OverviewPage';
import { render } from '../../test/render';
import { failure, fakeApi, sent } from '../../test/fake-api';
import { APP_INFO } from '../../test/fixtures';

const definitionOf = (label: string) => {
  const term = screen.getAllByText(label).find((el) => el.tagName === 'DT');
  return term?.nextElementSibling?.textContent;
};

describe('OverviewPage', () => {
  it('shows the ward, the record counts, where the data lives and the versions', async () => {
    fakeApi({ 'app.info': APP_INFO });
    render(<OverviewPage title="Tổng quan" />);

    expect(await screen.findByText('Phường Lê Chân')).toBeTruthy();
    expect(definitionOf('Đơn vị')).toBe('12');
    expect(definitionOf('Cá nhân')).toBe('1.234');
    expect(definitionOf('Hộ gia đình')).toBe('0');
    expect(definitionOf('Phong trào thi đua')).toBe('3');
    expect(definitionOf('Quyết định khen thưởng')).toBe('7');
    expect(screen.getByText(/đọc trực tiếp từ cơ sở dữ liệu/)).toBeTruthy();
    expect(definitionOf('Thư mục dữ liệu')).toBe('/tmp/tdkt-test/data');
    expect(definitionOf('Tệp cơ sở dữ liệu')).toBe('/tmp/tdkt-test/data/tdkt.sqlite');
    expect(definitionOf('Ứng dụng')).toBe('0.1.0');
    expect(definitionOf('Cấu trúc dữ liệu')).toBe('1');
  });

  it('shows zeros on a fresh database', async () => {
    const counts = { units: 0, people: 0, households: 0, movements: 0, decisions: 0 };
    fakeApi({ 'app.info': { ...APP_INFO, counts }, 'demo.status': { empty: true } });
    render(<OverviewPage title="Tổng quan" />);
    await screen.findByText('Phường Lê Chân');
    for (const label of [
      'Đơn vị',
      'Cá nhân',
      'Hộ gia đình',
      'Phong trào thi đua',
      'Quyết định khen thưởng',
    ]) {
      expect(definitionOf(label)).toBe('0');
    }
  });

  it('says it is loading until the answer comes', () => {
    fakeApi({ 'app.info': APP_INFO });
    render(<OverviewPage title="Tổng quan" />);
    expect(screen.getByRole('status').textContent).toContain('Đang đọc dữ liệu');
  });

  it('shows the Vietnamese reason of a failure and reads again on retry', async () => {
    const message = 'Không mở được cơ sở dữ liệu.';
    const transport = fakeApi({
      'app.info': (_input, n) => (n === 0 ? failure({ code: 'DB_OPEN_FAILED', message }) : APP_INFO),
    });
    render(<OverviewPage title="Tổng quan" />);

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText(message)).toBeTruthy();
    expect(screen.queryByText('Thư mục dữ liệu')).toBeNull();

    fireEvent.click(within(alert).getByRole('button', { name: 'Thử lại' }));
    expect(await screen.findByText('Phường Lê Chân')).toBeTruthy();
    expect(definitionOf('Cá nhân')).toBe('1.234');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(sent(transport, 'app.info')).toHaveLength(2);
  });
});
