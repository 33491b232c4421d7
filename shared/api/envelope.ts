import type { ApiError } from '../errors';

/** What every API call returns, over IPC and over the harness's HTTP alike. */
export type ApiResult<T> = { ok: true; data: T } | { ok: false; error: ApiError };

/** A file the harness offers as a download where Electron would have shown a save dialog. */
export interface HarnessDownload {
  url: string;
  name: string;
}

export type HarnessEnvelope<T> = ApiResult<T> & { downloads?: HarnessDownload[] };

/** HTTP header that carries the harness's per-run token. */
export const HARNESS_TOKEN_HEADER = 'x-tdkt-token';
/** Meta tag the harness injects into the served page with that token. */
export const HARNESS_TOKEN_META = 'tdkt-harness-token';
