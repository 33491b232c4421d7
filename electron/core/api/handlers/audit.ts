import type { HandlersFor } from './types';
import type { CoreServices } from '../../services';
import type { auditChannels } from '../../../../shared/api/audit';
import { createAuditService } from '../../services/audit';

export function auditHandlers(s: CoreServices): HandlersFor<typeof auditChannels> {
  const audit = createAuditService(s.db);
  return {
    'audit.list': (filter) => audit.list(filter),
  };
}
