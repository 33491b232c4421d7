import type { z } from 'zod';

/** A channel of the API: its input schema, and its result type carried as a phantom. */
export interface ChannelDef<I extends z.ZodType, R> {
  readonly input: I;
  readonly __result?: R;
}

/** `channel<Result>()(inputSchema)`: the result type is given, the input type is inferred. */
export const channel =
  <R>() =>
  <I extends z.ZodType>(input: I): ChannelDef<I, R> => ({ input });
