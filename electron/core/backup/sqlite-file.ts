import fs from 'node:fs';

const MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
const HEADER_BYTES = 100;

/** What the first 100 bytes and the size of a file say, before SQLite is asked to open it. */
export type HeaderVerdict =
  | { ok: true; pageSize: number; walMode: boolean }
  | { ok: false; problem: 'not-sqlite' | 'truncated'; detail: string };

/**
 * Reads the SQLite file header (https://sqlite.org/fileformat.html): the magic string, the page
 * size, the journal mode bytes and the page count. A file shorter than its header says (a copy that
 * stopped half-way, a USB stick pulled out early) is `truncated`; SQLite would otherwise open it and
 * fail later, or worse, read the missing pages as empty.
 */
export function inspectSqliteHeader(file: string): HeaderVerdict {
  const size = fs.statSync(file).size;
  const header = Buffer.alloc(HEADER_BYTES);
  const fd = fs.openSync(file, 'r');
  let read: number;
  try {
    read = fs.readSync(fd, header, 0, HEADER_BYTES, 0);
  } finally {
    fs.closeSync(fd);
  }
  const magicLength = Math.min(read, MAGIC.length);
  if (magicLength === 0 || !header.subarray(0, magicLength).equals(MAGIC.subarray(0, magicLength))) {
    return { ok: false, problem: 'not-sqlite', detail: `no SQLite magic in the first ${read} bytes` };
  }
  if (read < HEADER_BYTES) return { ok: false, problem: 'truncated', detail: `only ${size} bytes` };
  const rawPageSize = header.readUInt16BE(16);
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
  if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) !== 0) {
    return { ok: false, problem: 'not-sqlite', detail: `page size ${rawPageSize}` };
  }
  if (size % pageSize !== 0) {
    return {
      ok: false,
      problem: 'truncated',
      detail: `${size} bytes is not a whole number of ${pageSize}-byte pages`,
    };
  }
  const changeCounter = header.readUInt32BE(24);
  const pageCount = header.readUInt32BE(28);
  const validFor = header.readUInt32BE(92);
  // The page count in the header is only trusted when it was written by a version that keeps it.
  if (pageCount > 0 && changeCounter === validFor && size < pageCount * pageSize) {
    return {
      ok: false,
      problem: 'truncated',
      detail: `${size} bytes, header says ${pageCount} pages of ${pageSize}`,
    };
  }
  return { ok: true, pageSize, walMode: header[18] === 2 || header[19] === 2 };
}

/**
 * Marks a lone database file (no -wal beside it) as using a rollback journal, so it can be opened
 * read-only without SQLite creating -wal/-shm files next to it. Only for our private copies.
 */
export function markRollbackJournal(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.writeSync(fd, Buffer.from([1, 1]), 0, 2, 18);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}
