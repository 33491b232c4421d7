import type { HandlersFor } from './types';
import type { CoreServices } from '../../services';
import type { decisionChannels } from '../../../../shared/api/decisions';

/** Every decision channel but the paste preview and the hints (served by decision-lists.ts). */
export function decisionHandlers(
  s: CoreServices,
): Omit<HandlersFor<typeof decisionChannels>, 'decisions.pastePreview' | 'decisions.hints'> {
  return {
    'decisions.list': (filters) => s.decisions.list(filters),
    'decisions.get': ({ id }) => s.decisions.get(id),
    'decisions.suggestNumber': ({ year }) => s.decisions.suggestNumber(year),
    'decisions.create': (values) => s.decisions.create(values),
    'decisions.update': ({ id, values }) => s.decisions.update(id, values),
    'decisions.sign': ({ id }) => s.decisions.sign(id),
    'decisions.cancel': ({ id, reason }) => s.decisions.cancel(id, reason),
    'decisions.correct': ({ id, values, reason }) => s.decisions.correct(id, values, reason),
    'decisions.corrections': ({ id }) => s.decisions.corrections(id),
    'decisions.delete': ({ id }) => s.decisions.delete(id),
    'decisions.lines': ({ id }) => s.decisions.lines(id),
    'decisions.addRecipients': ({ decisionId, recipients }) =>
      s.decisions.addRecipients(decisionId, recipients),
    'decisions.updateLine': (values) => s.decisions.updateLine(values),
    'decisions.correctLine': (values) => s.decisions.correctLine(values),
    'decisions.removeLines': ({ decisionId, lineIds }) => s.decisions.removeLines(decisionId, lineIds),
    'decisions.reorderLines': ({ decisionId, kind, lineIds }) =>
      s.decisions.reorderLines(decisionId, kind, lineIds),
    'decisions.pasteCommit': (values) => s.decisions.pasteCommit(values),
  };
}
