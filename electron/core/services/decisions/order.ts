import type { LineRecord } from '../../db/repos/award-lines';
import type { AwardLine } from '../../../../shared/schemas/decisions';
import { SECTION_ORDER, type RecipientOrder } from '../../../../shared/domain/decisions';
import { compareVietnamese, compareVietnameseNames } from '../../../../shared/rules/names';

/**
 * Lines in print order: collectives, individuals, households; inside each section as entered
 * (position) or by name the Vietnamese way — units as plain text, people and household heads by
 * given name first. `stt` restarts at 1 in each section.
 */
export function inPrintOrder(lines: readonly LineRecord[], order: RecipientOrder): AwardLine[] {
  return SECTION_ORDER.flatMap((kind) => {
    const section = lines.filter((l) => l.recipientKind === kind);
    const byPosition = (a: LineRecord, b: LineRecord) => a.position - b.position || a.id - b.id;
    const compareNames = kind === 'collective' ? compareVietnamese : compareVietnameseNames;
    section.sort(
      order === 'vietnamese' ? (a, b) => compareNames(a.name, b.name) || byPosition(a, b) : byPosition,
    );
    return section.map((l, i) => toAwardLine(l, i + 1));
  });
}

export function toAwardLine(l: LineRecord, stt: number): AwardLine {
  return {
    id: l.id,
    decisionId: l.decisionId,
    stt,
    recipientKind: l.recipientKind,
    recipientId: l.recipientId,
    name: l.name,
    positionUnit: l.positionUnit,
    staffCategory: l.staffCategory,
    achievement: l.achievement,
    catalogueId: l.catalogueId,
    catalogueName: l.catalogueName,
    paid: l.paid,
    amount: l.amount,
    baseSalaryUsed: l.baseSalaryUsed,
    registerYear: l.registerYear,
    registerNumber: l.registerNumber,
    printCount: l.printCount,
    lastPrintedAt: l.lastPrintedAt,
  };
}
