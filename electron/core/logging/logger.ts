import fs from 'node:fs';
import path from 'node:path';

export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string, error?: unknown): void;
}

export const LOG_FILE_NAME = 'tdkt.log';
const MAX_BYTES = 5 * 1024 * 1024;

/**
 * Appends to `<dataDir>/tdkt.log`, keeping one rotated `.1` file. Writes are synchronous so the
 * last line before a crash is on disk; logging must never take the app down, so failures are swallowed.
 */
export function createFileLogger(dataDir: string): Logger & { file: string } {
  const file = path.join(dataDir, LOG_FILE_NAME);
  const write = (level: string, message: string) => {
    try {
      fs.mkdirSync(dataDir, { recursive: true });
      if (fs.existsSync(file) && fs.statSync(file).size > MAX_BYTES) fs.renameSync(file, `${file}.1`);
      fs.appendFileSync(file, `${new Date().toISOString()} ${level} ${message}\n`, 'utf8');
    } catch {
      // Nowhere left to report a logging failure.
    }
  };
  return {
    file,
    info: (m) => write('INFO', m),
    warn: (m) => write('WARN', m),
    error: (m, e) => write('ERROR', e === undefined ? m : `${m}\n${describeError(e)}`),
  };
}

export function describeError(e: unknown): string {
  if (e instanceof Error) {
    const cause = e.cause !== undefined ? `\nCaused by: ${describeError(e.cause)}` : '';
    return `${e.stack ?? `${e.name}: ${e.message}`}${cause}`;
  }
  return String(e);
}

/** Keeps lines in memory: for tests that assert what was logged. */
export function createMemoryLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    info: (m) => lines.push(`INFO ${m}`),
    warn: (m) => lines.push(`WARN ${m}`),
    error: (m, e) => lines.push(`ERROR ${m}${e === undefined ? '' : ` ${describeError(e)}`}`),
  };
}
