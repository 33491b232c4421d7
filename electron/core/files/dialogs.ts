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

/**
 * What the services may ask of the desktop. Electron shows native dialogs; the harness turns a save
 * into a browser download. Opening files goes through the page's `<input type="file">`, which
 * Electron already shows as the native open dialog, and whose bytes reach the API as base64.
 */
export interface FileDialogs {
  saveFile(request: SaveFileRequest): Promise<SaveOutcome>;
}
