import { vi } from 'vitest';
import type { Channel, InputOf, ResultOf } from '../../../shared/api/contract';
import type { ApiResult } from '../../../shared/api/envelope';
import type { ApiError } from '../../../shared/errors';
import { setTransportForTests } from '../lib/api';
import { DASHBOARD } from '../features/overview/test-fixtures';
import { EMPTY_CHARTS } from '../features/statistics/test-fixtures';

const FAILURE = Symbol('failure');
interface Failure {
  [FAILURE]: ApiError;
}

/** A refused call, as the main process would answer it. */
export function failure(error: ApiError): Failure {
  return { [FAILURE]: error };
}

type Answer<C extends Channel> = ResultOf<C> | Failure;
type Reply<C extends Channel> = Answer<C> | ((input: InputOf<C>, callIndex: number) => Answer<C>);
export type Replies = { [C in Channel]?: Reply<C> };

/**
 * Answers for channels that many screens call on the side (the award history on every detail
 * page), used when a test gives none: a test about something else need not list them.
 */
const DEFAULT_REPLIES: Replies = {
  'awards.history': { awards: [], cancelled: [] },
  // The decision form offers movements; most tests of it are about something else.
  'movements.list': [],
  // The home screen reads these on every start, so tests of the app shell need not list them.
  'dashboard.get': DASHBOARD,
  'demo.status': { empty: false },
  // The dashboard's charts panel, below the cards.
  'statistics.charts': EMPTY_CHARTS(2022, 2026),
};

/**
 * Installs a fake transport answering each channel from `replies` (a value, a `failure(...)`, or a
 * function of the input and of how many calls came before); returns the spy to check what was sent.
 */
export function fakeApi(replies: Replies) {
  const counts = new Map<string, number>();
  const transport = vi.fn(async (channel: string, input: unknown): Promise<ApiResult<unknown>> => {
    const reply = (replies[channel as Channel] ?? DEFAULT_REPLIES[channel as Channel]) as
      Reply<Channel> | undefined;
    if (reply === undefined) throw new Error(`fakeApi: no reply for ${channel}`);
    const index = counts.get(channel) ?? 0;
    counts.set(channel, index + 1);
    const answer = typeof reply === 'function' ? reply(input as never, index) : reply;
    if (answer !== null && typeof answer === 'object' && FAILURE in answer)
      return { ok: false, error: answer[FAILURE] };
    // A copy, as a real transport serialises: the UI must not share objects with the test.
    return { ok: true, data: structuredClone(answer) };
  });
  setTransportForTests(transport);
  return transport;
}

/** The inputs sent on one channel, in order. */
export function sent(transport: ReturnType<typeof fakeApi>, channel: Channel): unknown[] {
  return transport.mock.calls.filter(([c]) => c === channel).map(([, input]) => input);
}
