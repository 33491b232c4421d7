import type { RecipientKind } from '../../../../shared/domain/awards';
import { hashOf } from '../../app/areas';

/** The decision's page in the Khen thưởng area: `#/khen-thuong/quyet-dinh/<id>`. */
export const decisionHref = (decisionId: number) => hashOf('awards', 'quyet-dinh', decisionId);

/** The recipient's own page: a person, a unit or a household. */
export function recipientHref(kind: RecipientKind, id: number): string {
  return hashOf(kind === 'individual' ? 'people' : kind === 'collective' ? 'units' : 'households', id);
}
