import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { Menu, dialog, resetFakeElectron, shell } from './testing/fake-electron';
import { buildMenuTemplate, installMenu, type MenuActions } from './menu';

vi.mock('electron', () => import('./testing/fake-electron'));

beforeEach(resetFakeElectron);

const actions = (overrides: Partial<MenuActions> = {}): MenuActions => ({
  isPackaged: true,
  openDataFolder: vi.fn(),
  showAbout: vi.fn(),
  ...overrides,
});

const submenu = (template: MenuItemConstructorOptions[], label: string) =>
  template.find((item) => item.label === label)!.submenu as MenuItemConstructorOptions[];
const labels = (items: MenuItemConstructorOptions[]) =>
  items.filter((i) => i.type !== 'separator').map((i) => i.label);
const find = (items: MenuItemConstructorOptions[], label: string) => items.find((i) => i.label === label)!;

describe('buildMenuTemplate', () => {
  it('has the four Vietnamese menus, in order', () => {
    expect(buildMenuTemplate(actions()).map((m) => m.label)).toEqual(['Tệp', 'Chỉnh sửa', 'Xem', 'Trợ giúp']);
  });

  it('labels every item in Vietnamese (no English role defaults)', () => {
    const visit = (items: MenuItemConstructorOptions[]): void => {
      for (const item of items) {
        if (item.type === 'separator') continue;
        expect(item.label, JSON.stringify(item)).toBeTruthy();
        if (Array.isArray(item.submenu)) visit(item.submenu);
      }
    };
    visit(buildMenuTemplate(actions({ isPackaged: false })));
  });

  it('offers the data folder and Quit under Tệp', () => {
    const a = actions();
    const file = submenu(buildMenuTemplate(a), 'Tệp');
    expect(labels(file)).toEqual(['Mở thư mục dữ liệu', 'Thoát']);
    (find(file, 'Mở thư mục dữ liệu').click as () => void)();
    expect(a.openDataFolder).toHaveBeenCalledOnce();
    expect(find(file, 'Thoát').role).toBe('quit');
  });

  it('gives the editing roles Vietnamese names', () => {
    const edit = submenu(buildMenuTemplate(actions()), 'Chỉnh sửa');
    expect(edit.filter((i) => i.role).map((i) => [i.role, i.label])).toEqual([
      ['undo', 'Hoàn tác'],
      ['redo', 'Làm lại'],
      ['cut', 'Cắt'],
      ['copy', 'Sao chép'],
      ['paste', 'Dán'],
      ['selectAll', 'Chọn tất cả'],
    ]);
  });

  it('shows developer tools only in a development build', () => {
    const packaged = submenu(buildMenuTemplate(actions({ isPackaged: true })), 'Xem');
    expect(labels(packaged)).toEqual(['Phóng to', 'Thu nhỏ', 'Cỡ chữ mặc định', 'Toàn màn hình']);
    expect(packaged.some((i) => i.role === 'toggleDevTools' || i.role === 'reload')).toBe(false);
    const dev = submenu(buildMenuTemplate(actions({ isPackaged: false })), 'Xem');
    expect(dev.some((i) => i.role === 'toggleDevTools')).toBe(true);
  });

  it('opens the About box from Trợ giúp', () => {
    const a = actions();
    const help = submenu(buildMenuTemplate(a), 'Trợ giúp');
    (find(help, 'Giới thiệu').click as () => void)();
    expect(a.showAbout).toHaveBeenCalledOnce();
  });
});

describe('installMenu', () => {
  const install = () => {
    installMenu({ isPackaged: true, appVersion: '1.2.3', dataDir: '/data/tdkt', getWindow: () => null });
    expect(Menu.setApplicationMenu).toHaveBeenCalledOnce();
    return Menu.buildFromTemplate.mock.calls[0]![0] as MenuItemConstructorOptions[];
  };

  it('opens the data folder in the file manager', async () => {
    const file = submenu(install(), 'Tệp');
    (find(file, 'Mở thư mục dữ liệu').click as () => void)();
    expect(shell.openPath).toHaveBeenCalledExactlyOnceWith('/data/tdkt');
  });

  it('says so when the data folder cannot be opened', async () => {
    shell.openPath.mockResolvedValueOnce('No application');
    (find(submenu(install(), 'Tệp'), 'Mở thư mục dữ liệu').click as () => void)();
    await vi.waitFor(() => expect(dialog.showErrorBox).toHaveBeenCalledOnce());
    expect(dialog.showErrorBox.mock.calls[0]![0]).toBe('Không mở được thư mục dữ liệu');
  });

  it('shows the app name and version in the About box', () => {
    (find(submenu(install(), 'Trợ giúp'), 'Giới thiệu').click as () => void)();
    const options = dialog.showMessageBox.mock.calls[0]![0] as Electron.MessageBoxOptions;
    expect(options.message).toBe('Thi đua – Khen thưởng');
    expect(options.detail).toContain('Phiên bản 1.2.3');
  });
});
