import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { followLocationHash, useNavigation } from '../../app/navigation';
import { render } from '../../test/render';
import { fakeApi } from '../../test/fake-api';
import { pageOf } from '../../test/registry-fixtures';
import { DataArea } from './DataArea';
import { dataTabOf } from './routes';
import { BACKUP_OVERVIEW } from './test-fixtures';

describe('Dữ liệu area', () => {
  it('reads its tab from the address', () => {
    expect(dataTabOf([])).toBe('backup');
    expect(dataTabOf(['sao-luu'])).toBe('backup');
    expect(dataTabOf(['lich-su'])).toBe('history');
    expect(dataTabOf(['thung-rac'])).toBe('trash');
    expect(dataTabOf(['khac'])).toBe('backup');
  });

  it('gives each tab its own address under the one heading “Dữ liệu”', async () => {
    fakeApi({ 'backup.list': BACKUP_OVERVIEW, 'audit.list': pageOf([]), 'trash.list': pageOf([]) });
    window.location.hash = '#/du-lieu/lich-su';
    const stop = followLocationHash();
    render(<DataArea title="Dữ liệu" />);
    expect(screen.getByRole('heading', { level: 1, name: 'Dữ liệu' })).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Lịch sử thay đổi' }).getAttribute('aria-selected')).toBe('true');
    expect(await screen.findByText('Chưa có thay đổi nào được ghi lại.')).toBeTruthy();

    fireEvent.click(screen.getByRole('tab', { name: 'Thùng rác' }));
    expect(window.location.hash).toBe('#/du-lieu/thung-rac');
    expect(await screen.findByText('Thùng rác trống.')).toBeTruthy();

    fireEvent.click(screen.getByRole('tab', { name: 'Sao lưu và khôi phục' }));
    await waitFor(() => expect(useNavigation.getState().subpath).toEqual(['sao-luu']));
    expect(await screen.findByRole('button', { name: 'Sao lưu ra thư mục…' })).toBeTruthy();
    stop();
  });
});
