import type { Channel } from '../../../../shared/api/contract';
import type { Handler } from '../router';

/** The handlers for one domain's channel map (e.g. `typeof unitChannels`). */
export type HandlersFor<M> = { [C in keyof M & Channel]: Handler<C> };
