import type { HandlersFor } from './types';
import type { CoreServices } from '../../services';
import type { decisionChannels } from '../../../../shared/api/decisions';

/** The read-only channels of a decision's list; the decision service serves the others. */
export function decisionListHandlers(
  s: CoreServices,
): Pick<HandlersFor<typeof decisionChannels>, 'decisions.pastePreview' | 'decisions.hints'> {
  return {
    'decisions.pastePreview': (input) => s.decisionLists.pastePreview(input),
    'decisions.hints': ({ id }) => s.decisionLists.hints(id),
  };
}
