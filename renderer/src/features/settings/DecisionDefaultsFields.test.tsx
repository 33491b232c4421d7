import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Settings } from '../../../../shared/schemas/settings';
import { render } from '../../test/render';
import { fakeApi, sent } from '../../test/fake-api';
import { STORED_SETTINGS } from '../../test/fixtures';
import { SettingsPage } from './SettingsPage';

const line = (n: number) => screen.getByRole<HTMLTextAreaElement>('textbox', { name: `Căn cứ ${n}` });

describe('Settings: decision defaults', () => {
  it('edits the default căn cứ lines (add, remove, reorder) and the số sổ vàng numbering, then saves them', async () => {
    const transport = fakeApi({
      'settings.get': STORED_SETTINGS,
      'settings.update': (input) => input as Settings,
    });
    render(<SettingsPage title="Cài đặt" />);
    const editor = await screen.findByRole('group', { name: 'Căn cứ mặc định' });
    expect(line(4).value).toBe('Xét đề nghị của Trưởng phòng Văn hóa - Xã hội');

    fireEvent.click(within(editor).getByRole('button', { name: 'Đưa căn cứ 4 lên' }));
    expect(line(3).value).toBe('Xét đề nghị của Trưởng phòng Văn hóa - Xã hội');
    fireEvent.click(within(editor).getByRole('button', { name: 'Xóa căn cứ 1' }));
    fireEvent.click(within(editor).getByRole('button', { name: 'Thêm dòng căn cứ' }));
    fireEvent.change(line(4), { target: { value: 'Căn cứ Kế hoạch số 45/KH-UBND' } });
    fireEvent.click(screen.getByRole('radio', { name: 'Một sổ đánh số liên tục qua các năm' }));
    fireEvent.click(screen.getByRole('button', { name: 'Lưu cài đặt' }));

    await waitFor(() => expect(sent(transport, 'settings.update')).toHaveLength(1));
    const d = STORED_SETTINGS.defaultLegalBases;
    expect(sent(transport, 'settings.update')[0]).toMatchObject({
      defaultLegalBases: [d[1], d[3], d[2], 'Căn cứ Kế hoạch số 45/KH-UBND'],
      registerNumbering: 'single',
    });
  });

  it('refuses an empty căn cứ line with the schema’s message', async () => {
    const transport = fakeApi({
      'settings.get': STORED_SETTINGS,
      'settings.update': (input) => input as Settings,
    });
    render(<SettingsPage title="Cài đặt" />);
    const editor = await screen.findByRole('group', { name: 'Căn cứ mặc định' });
    fireEvent.click(within(editor).getByRole('button', { name: 'Thêm dòng căn cứ' }));
    fireEvent.click(screen.getByRole('button', { name: 'Lưu cài đặt' }));
    expect(await within(editor).findByText('Vui lòng nhập căn cứ.')).toBeTruthy();
    expect(sent(transport, 'settings.update')).toEqual([]);
  });
});
