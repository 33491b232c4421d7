import { randomBytes } from 'node:crypto';
import type { FileDialogs } from '../core/files/dialogs';
import type { HarnessDownload } from '../../shared/api/envelope';

interface StoredDownload {
  name: string;
  bytes: Uint8Array;
  expiresAt: number;
}

const LIFETIME_MS = 10 * 60 * 1000;

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

/** The harness's FileDialogs: a save becomes a download attached to the current response. */
export function createDownloadDialogs(store: DownloadStore, pending: HarnessDownload[]): FileDialogs {
  return {
    async saveFile({ suggestedName, bytes }) {
      pending.push(store.add(suggestedName, bytes));
      return {
        saved: true,
        fileName: suggestedName,
        location: 'Thư mục Tải xuống của trình duyệt',
        sizeBytes: bytes.byteLength,
      };
    },
  };
}
