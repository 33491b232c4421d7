import { defaultDecisionSubject } from '../../../../shared/rules/decision-subject';
import type { ComboboxItem, ComboboxItemGroup } from '@mantine/core';
import type { SignerKind } from '../../../../shared/domain/decisions';
import type { CatalogueEntry } from '../../../../shared/schemas/catalogue';
import type { Decision, DecisionInput } from '../../../../shared/schemas/decisions';
import type { Settings } from '../../../../shared/schemas/settings';
import type { MovementSummary } from '../../../../shared/schemas/movements';
import { formatPeriod } from '../../../../shared/domain/movements';
import { decisionsTexts as t } from './texts';

export type DecisionFormValues = DecisionInput;

/** A new draft: this year, the settings' căn cứ, regular method, the list as entered. */
export function newDecisionValues(settings: Settings, year: number): DecisionFormValues {
  return {
    year,
    number: null,
    decisionDate: null,
    signer: settings.chairman.name ? { kind: 'chairman', name: settings.chairman.name } : null,
    subject: '',
    legalBases: [...settings.defaultLegalBases],
    movementId: null,
    catalogueId: null,
    achievementFrom: null,
    achievementTo: null,
    method: 'regular',
    defaultAchievement: '',
    recipientOrder: 'entered',
  };
}

/** The form values of a stored decision (its movement kept as it is). */
export function decisionValuesOf(d: Decision): DecisionFormValues {
  return {
    year: d.year,
    number: d.number,
    decisionDate: d.decisionDate,
    signer: d.signer ? { kind: d.signer.kind, name: d.signer.name } : null,
    subject: d.subject ?? '',
    legalBases: [...d.legalBases],
    movementId: d.movementId,
    catalogueId: d.catalogueId,
    achievementFrom: d.achievementFrom,
    achievementTo: d.achievementTo,
    method: d.method,
    defaultAchievement: d.defaultAchievement ?? '',
    recipientOrder: d.recipientOrder,
  };
}

export const signerKey = (kind: SignerKind, name: string) => `${kind}|${name}`;

export function signerFromKey(key: string | null): { kind: SignerKind; name: string } | null {
  if (!key) return null;
  const bar = key.indexOf('|');
  return { kind: key.slice(0, bar) as SignerKind, name: key.slice(bar + 1) };
}

const signerLabel = (kind: SignerKind, name: string) =>
  kind === 'chairman' ? t.signerChairman(name) : t.signerVice(name);

/** "CHỦ TỊCH — name", then each vice chairman as "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH — name". */
export function signerOptions(
  settings: Settings,
  current: { kind: SignerKind; name: string } | null,
): ComboboxItem[] {
  const options: ComboboxItem[] = [];
  if (settings.chairman.name)
    options.push({
      value: signerKey('chairman', settings.chairman.name),
      label: signerLabel('chairman', settings.chairman.name),
    });
  for (const vice of settings.viceChairmen)
    if (vice.name)
      options.push({ value: signerKey('vice', vice.name), label: signerLabel('vice', vice.name) });
  // A signer renamed or removed in the settings since: still shown as stored.
  if (current && !options.some((o) => o.value === signerKey(current.kind, current.name)))
    options.push({
      value: signerKey(current.kind, current.name),
      label: signerLabel(current.kind, current.name),
    });
  return options;
}

/** Active entries, titles and forms apart; a retired entry the decision already uses stays offered. */
export function awardOptions(
  catalogue: CatalogueEntry[],
  currentId: number | null,
): ComboboxItemGroup<ComboboxItem>[] {
  const offered = catalogue.filter((e) => e.active || e.id === currentId);
  const item = (e: CatalogueEntry) => ({ value: String(e.id), label: e.name });
  return [
    { group: t.titlesGroup, items: offered.filter((e) => e.kind === 'title').map(item) },
    { group: t.formsGroup, items: offered.filter((e) => e.kind === 'form').map(item) },
  ].filter((g) => g.items.length > 0);
}

/** The trích yếu a new decision starts with (shared with decisions made from proposals). */
export function defaultSubject(
  entry: CatalogueEntry,
  year: number,
  from: string | null,
  to: string | null,
): string {
  return defaultDecisionSubject(entry, year, from, to);
}

/** Movements whose period covers the decision's year, newest first; the decision's own always stays. */
export function movementOptions(
  movements: readonly MovementSummary[],
  year: number,
  currentId: number | null,
): ComboboxItem[] {
  return movements
    .filter((m) => m.id === currentId || (m.periodFromYear <= year && year <= m.periodToYear))
    .map((m) => ({
      value: String(m.id),
      label: `${m.name} (${formatPeriod(m.periodFromYear, m.periodToYear)})`,
    }));
}
