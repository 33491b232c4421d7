import type { ServiceDeps } from '../audit-trail';
import { exemplarsContext } from './context';
import { exemplarRecords } from './records';
import { exemplarStages } from './stages';
import { exemplarEvidence } from './evidence';
import type { ExemplarsService } from './types';

export type { ExemplarsService } from './types';

/** Exemplary models: the records, their four-stage cycle, their evidence files. */
export function createExemplarsService(deps: ServiceDeps): ExemplarsService {
  const ctx = exemplarsContext(deps);
  return { ...exemplarRecords(ctx), ...exemplarStages(ctx), ...exemplarEvidence(ctx) };
}
