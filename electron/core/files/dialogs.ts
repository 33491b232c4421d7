import type { SaveOutcome } from '../../../shared/api/files';

export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface SaveFileRequest {
  suggestedName: string;
  filters: FileFilter[];
  bytes: Uint8Array;
}

export interface OpenFileRequest {
  /** Already made safe by the caller (safeFileName); the transport takes its basename again. */
  fileName: string;
  bytes: Uint8Array;
  mimeType: string;
}

export interface ChooseDirectoryRequest {
  /** The dialog's title, telling the user what the folder is for. */
  title: string;
}

/**
 * What the services may ask of the desktop. Electron shows native dialogs; the harness turns a save
 * into a browser download. Opening files goes through the page's `<input type="file">`, which
 * Electron already shows as the native open dialog, and whose bytes reach the API as base64.
 */
export interface FileDialogs {
  saveFile(request: SaveFileRequest): Promise<SaveOutcome>;
  /**
   * Asks for a folder to write into (a USB stick for "Sao lưu ngay"); null when the user cancels.
   * Electron shows the native folder picker. A browser cannot pick folders, so the harness answers
   * with a fresh staging folder of its own: whatever the handler writes there is handed to the
   * browser as downloads when the request ends, and the folder is removed.
   * Optional only so that test doubles which never pick folders need not implement it; both real
   * transports do (they are typed `Required<FileDialogs>`).
   */
  chooseDirectory?(request: ChooseDirectoryRequest): Promise<string | null>;
  /**
   * How to tell the user where a file written into a chosen folder ended up: Electron gives the path
   * itself; the harness says it went to the browser's downloads. Same optionality as above.
   */
  describeLocation?(file: string): string;
  /**
   * Hands stored bytes (an evidence file kept inside the database) to the desktop to open: Electron
   * writes a copy into a per-run temp folder and opens it with the user's default program; the
   * harness makes it a download. Same optionality as above.
   */
  openFile?(request: OpenFileRequest): Promise<{ opened: boolean; location: string }>;
}
