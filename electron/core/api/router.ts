import type { z } from 'zod';
import {
  contract,
  CHANNELS,
  isChannel,
  type Channel,
  type ParsedInputOf,
  type ResultOf,
} from '../../../shared/api/contract';
import type { ApiResult } from '../../../shared/api/envelope';
import { AppError, INTERNAL_MESSAGE } from '../../../shared/errors';
import type { FileDialogs } from '../files/dialogs';
import type { Logger } from '../logging/logger';

/** What a transport supplies with each request. */
export interface RequestContext {
  dialogs: FileDialogs;
}

export type Handler<C extends Channel> = (
  input: ParsedInputOf<C>,
  ctx: RequestContext,
) => ResultOf<C> | Promise<ResultOf<C>>;

export type Handlers = { [C in Channel]: Handler<C> };

export interface Router {
  readonly channels: readonly Channel[];
  invoke(channel: unknown, input: unknown, ctx: RequestContext): Promise<ApiResult<unknown>>;
}

/**
 * The one place where input is validated and errors become envelopes, for every transport.
 * `handlers` may be a function: it is asked on every request, so the core can swap the services
 * behind the router (a restore reopens the database; recovery serves only a few channels) while the
 * transports keep the router they registered.
 */
export function createRouter(handlers: Handlers | (() => Handlers), log: Logger): Router {
  const current = typeof handlers === 'function' ? handlers : () => handlers;
  return {
    channels: CHANNELS,
    async invoke(channel, rawInput, ctx) {
      if (!isChannel(channel)) {
        return fail('UNKNOWN_CHANNEL', 'Yêu cầu không hợp lệ: chức năng không tồn tại.');
      }
      const parsed = contract[channel].input.safeParse(rawInput ?? {});
      if (!parsed.success) return validationFailure(parsed.error);
      try {
        const handler = current()[channel] as (input: unknown, ctx: RequestContext) => unknown;
        return { ok: true, data: await handler(parsed.data, ctx) };
      } catch (error) {
        if (error instanceof AppError) {
          if (error.cause !== undefined) log.error(`${channel}: ${error.code}`, error);
          return {
            ok: false,
            error: {
              code: error.code,
              message: error.message,
              ...(error.fields ? { fields: error.fields } : {}),
            },
          };
        }
        log.error(`${channel}: unexpected failure`, error);
        return fail('INTERNAL', INTERNAL_MESSAGE);
      }
    },
  };
}

function fail(code: AppError['code'], message: string): ApiResult<never> {
  return { ok: false, error: { code, message } };
}

function validationFailure(error: z.ZodError): ApiResult<never> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || '_';
    fields[key] ??= issue.message;
  }
  const first = error.issues[0]?.message ?? '';
  return {
    ok: false,
    error: { code: 'VALIDATION', message: `Dữ liệu chưa hợp lệ: ${first}`, fields },
  };
}
