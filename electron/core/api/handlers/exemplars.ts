import type { HandlersFor } from './types';
import type { CoreServices } from '../../services';
import type { exemplarChannels } from '../../../../shared/api/exemplars';

export function exemplarHandlers(s: CoreServices): HandlersFor<typeof exemplarChannels> {
  return {
    'exemplars.list': (filters) => s.exemplars.list(filters),
    'exemplars.get': ({ id }) => s.exemplars.get(id),
    'exemplars.create': (values) => s.exemplars.create(values),
    'exemplars.update': ({ id, values }) => s.exemplars.update(id, values),
    'exemplars.moveStage': (values) => s.exemplars.moveStage(values),
    'exemplars.delete': ({ id }) => s.exemplars.delete(id),
    'exemplars.addEvidence': ({ modelId, file }) => s.exemplars.addEvidence(modelId, file),
    'exemplars.listEvidence': ({ modelId }) => s.exemplars.listEvidence(modelId),
    'exemplars.removeEvidence': ({ attachmentId }) => s.exemplars.removeEvidence(attachmentId),
    'exemplars.openEvidence': ({ attachmentId }, ctx) => s.exemplars.openEvidence(attachmentId, ctx.dialogs),
  };
}
