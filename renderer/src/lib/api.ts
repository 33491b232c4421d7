import type { Channel, InputOf, ResultOf } from '../../../shared/api/contract';
import type { ApiResult, HarnessEnvelope } from '../../../shared/api/envelope';
import { HARNESS_TOKEN_HEADER, HARNESS_TOKEN_META } from '../../../shared/api/envelope';
import type { ApiError, ErrorCode } from '../../../shared/errors';

/** The preload's bridge, present only inside Electron. */
interface ElectronBridge {
  invoke(channel: string, input: unknown): Promise<ApiResult<unknown>>;
}

declare global {
  interface Window {
    api?: ElectronBridge;
  }
}

/** A refused call, carrying the Vietnamese message and per-field messages for forms. */
export class ApiFailure extends Error {
  readonly code: ErrorCode;
  readonly fields: Record<string, string>;
  constructor(error: ApiError) {
    super(error.message);
    this.name = 'ApiFailure';
    this.code = error.code;
    this.fields = error.fields ?? {};
  }
}

type Transport = (channel: string, input: unknown) => Promise<ApiResult<unknown>>;

const NETWORK_FAILURE: ApiError = {
  code: 'INTERNAL',
  message: 'Không kết nối được với phần xử lý dữ liệu của ứng dụng. Hãy thử lại.',
};

function harnessTransport(): Transport {
  const token = document.querySelector<HTMLMetaElement>(`meta[name="${HARNESS_TOKEN_META}"]`)?.content ?? '';
  return async (channel, input) => {
    let envelope: HarnessEnvelope<unknown>;
    try {
      const response = await fetch(`/api/${encodeURIComponent(channel)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [HARNESS_TOKEN_HEADER]: token },
        body: JSON.stringify(input ?? {}),
      });
      envelope = (await response.json()) as HarnessEnvelope<unknown>;
    } catch {
      return { ok: false, error: NETWORK_FAILURE };
    }
    for (const download of envelope.downloads ?? []) startDownload(download.url, download.name);
    return envelope.ok ? { ok: true, data: envelope.data } : { ok: false, error: envelope.error };
  };
}

/** What Electron saves through a dialog, the harness hands to the browser as a download. */
function startDownload(url: string, name: string): void {
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
}

let transport: Transport | undefined;

function currentTransport(): Transport {
  transport ??= window.api ? (channel, input) => window.api!.invoke(channel, input) : harnessTransport();
  return transport;
}

type FailureListener = (failure: ApiFailure, channel: Channel) => void;
const failureListeners = new Set<FailureListener>();

/**
 * Calls `listener` with every refused call, before the caller sees it: the recovery gate watches for
 * RECOVERY_REQUIRED from whatever screen made the call. Returns the unsubscribe.
 */
export function onCallFailure(listener: FailureListener): () => void {
  failureListeners.add(listener);
  return () => failureListeners.delete(listener);
}

/** Replaces the transport: for component tests only. */
export function setTransportForTests(next: Transport | undefined): void {
  transport = next;
}

/** Calls a channel of the API; resolves with its result or rejects with an ApiFailure. */
export async function call<C extends Channel>(channel: C, input: InputOf<C>): Promise<ResultOf<C>> {
  const result = await currentTransport()(channel, input);
  if (!result.ok) {
    const failure = new ApiFailure(result.error);
    failureListeners.forEach((listener) => listener(failure, channel));
    throw failure;
  }
  return result.data as ResultOf<C>;
}
