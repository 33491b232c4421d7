import { Menu, dialog, shell, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import { WINDOW_TITLE } from './window';

export interface MenuActions {
  /** Development builds also get the developer tools. */
  isPackaged: boolean;
  openDataFolder(): void;
  showAbout(): void;
}

/** The application menu, in Vietnamese. Pure, so its shape is tested without Electron. */
export function buildMenuTemplate(actions: MenuActions): MenuItemConstructorOptions[] {
  const view: MenuItemConstructorOptions[] = [
    { role: 'zoomIn', label: 'Phóng to' },
    { role: 'zoomOut', label: 'Thu nhỏ' },
    { role: 'resetZoom', label: 'Cỡ chữ mặc định' },
    { type: 'separator' },
    { role: 'togglefullscreen', label: 'Toàn màn hình' },
  ];
  if (!actions.isPackaged) {
    view.push(
      { type: 'separator' },
      { role: 'reload', label: 'Tải lại' },
      { role: 'toggleDevTools', label: 'Công cụ phát triển' },
    );
  }
  return [
    {
      label: 'Tệp',
      submenu: [
        { label: 'Mở thư mục dữ liệu', click: () => actions.openDataFolder() },
        { type: 'separator' },
        { role: 'quit', label: 'Thoát' },
      ],
    },
    {
      label: 'Chỉnh sửa',
      submenu: [
        { role: 'undo', label: 'Hoàn tác' },
        { role: 'redo', label: 'Làm lại' },
        { type: 'separator' },
        { role: 'cut', label: 'Cắt' },
        { role: 'copy', label: 'Sao chép' },
        { role: 'paste', label: 'Dán' },
        { role: 'selectAll', label: 'Chọn tất cả' },
      ],
    },
    { label: 'Xem', submenu: view },
    { label: 'Trợ giúp', submenu: [{ label: 'Giới thiệu', click: () => actions.showAbout() }] },
  ];
}

/** Installs the menu with its real actions: the data folder in the file manager, and an About box. */
export function installMenu(options: {
  isPackaged: boolean;
  appVersion: string;
  dataDir: string;
  getWindow: () => BrowserWindow | null;
}): void {
  const template = buildMenuTemplate({
    isPackaged: options.isPackaged,
    openDataFolder: () => {
      void shell.openPath(options.dataDir).then((failure) => {
        // openPath resolves with an error text instead of rejecting.
        if (failure) dialog.showErrorBox('Không mở được thư mục dữ liệu', `${options.dataDir}\n\n${failure}`);
      });
    },
    showAbout: () => {
      const about: Electron.MessageBoxOptions = {
        type: 'info',
        title: 'Giới thiệu',
        message: WINDOW_TITLE,
        detail: `Phiên bản ${options.appVersion}\nQuản lý thi đua, khen thưởng cấp phường.\nDữ liệu lưu trên máy này: ${options.dataDir}`,
        buttons: ['Đóng'],
      };
      const window = options.getWindow();
      void (window ? dialog.showMessageBox(window, about) : dialog.showMessageBox(about));
    },
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
