import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { FileDialogs } from '../core/files/dialogs';
import type { HarnessDownload } from '../../shared/api/envelope';

interface StoredDownload {
  name: string;
  bytes: Uint8Array;
  expiresAt: number;
}

const LIFETIME_MS = 10 * 60 * 1000;

/** What the browser is told a file "saved into a folder" became. */
export const DOWNLOAD_LOCATION = 'Thư mục Tải xuống của trình duyệt';

/**
 * Holds the files the harness hands out as downloads. A download link cannot carry the API token
 * header, so each file gets an unguessable id and lives only briefly.
 */
export class DownloadStore {
  private readonly files = new Map<string, StoredDownload>();

  add(name: string, bytes: Uint8Array, now = Date.now()): HarnessDownload {
    this.prune(now);
    const id = randomBytes(16).toString('hex');
    this.files.set(id, { name, bytes, expiresAt: now + LIFETIME_MS });
    return { url: `/downloads/${id}`, name };
  }

  take(id: string, now = Date.now()): { name: string; bytes: Uint8Array } | undefined {
    this.prune(now);
    return this.files.get(id);
  }

  private prune(now: number): void {
    for (const [id, file] of this.files) if (file.expiresAt < now) this.files.delete(id);
  }
}

/**
 * The harness's FileDialogs for one request: a save becomes a download attached to the response. A
 * browser cannot pick a folder, so `chooseDirectory` gives a fresh staging folder; `finish()`, called
 * when the request has been handled, turns every file written there into a download (a backup "to a
 * USB stick" arrives in the browser's Downloads) and removes the folder.
 */
export function createDownloadDialogs(
  store: DownloadStore,
  pending: HarnessDownload[],
): Required<FileDialogs> & { finish(): void } {
  const staging: string[] = [];
  return {
    async saveFile({ suggestedName, bytes }) {
      pending.push(store.add(suggestedName, bytes));
      return {
        saved: true,
        fileName: suggestedName,
        location: DOWNLOAD_LOCATION,
        sizeBytes: bytes.byteLength,
      };
    },
    async chooseDirectory() {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-harness-folder-'));
      staging.push(dir);
      return dir;
    },
    describeLocation: (file) => `${DOWNLOAD_LOCATION} (${path.basename(file)})`,
    // A browser opens a file by downloading it, like a save.
    async openFile({ fileName, bytes }) {
      pending.push(store.add(path.basename(fileName), bytes));
      return { opened: true, location: DOWNLOAD_LOCATION };
    },
    finish() {
      for (const dir of staging.splice(0)) {
        try {
          for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
            if (entry.isFile())
              pending.push(store.add(entry.name, fs.readFileSync(path.join(dir, entry.name))));
          }
        } finally {
          fs.rmSync(dir, { recursive: true, force: true });
        }
      }
    },
  };
}
