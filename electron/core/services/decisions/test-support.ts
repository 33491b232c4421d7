// Builders for the decisions tests (not shipped code paths: only *.test.ts import this file).
import type { TestCore } from '../../testing/core';
import { personInput, unitInput, householdInput } from '../../testing/core';
import type { DecisionInput, Decision } from '../../../../shared/schemas/decisions';
import type { CatalogueEntry } from '../../../../shared/schemas/catalogue';
import type { SettingsInput } from '../../../../shared/schemas/settings';

/** A decision form for 2026 with everything signing needs but the lines (and the award, given by code). */
export const decisionInput = (more: Partial<DecisionInput> = {}): DecisionInput => ({
  year: 2026,
  number: null,
  decisionDate: '2026-07-05',
  signer: { kind: 'vice', name: 'Trần Văn Hùng' },
  subject: 'Về việc tặng Giấy khen năm 2026',
  legalBases: ['Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022'],
  movementId: null,
  catalogueId: null,
  achievementFrom: null,
  achievementTo: null,
  method: 'regular',
  defaultAchievement: 'Đã có thành tích xuất sắc',
  recipientOrder: 'entered',
  ...more,
});

export async function catalogue(t: TestCore): Promise<Record<string, CatalogueEntry>> {
  const list = await t.call('catalogue.list', {});
  return Object.fromEntries(list.filter((e) => e.code !== null).map((e) => [e.code as string, e]));
}

export async function catalogueId(t: TestCore, code: string): Promise<number> {
  return (await catalogue(t))[code]!.id;
}

export async function setSettings(t: TestCore, more: Partial<SettingsInput>): Promise<void> {
  const current = await t.call('settings.get', {});
  // The shipped defaults leave the chairman's name empty, which the settings form refuses.
  await t.call('settings.update', {
    ...current,
    chairman: { name: 'Lê Văn Chủ', title: 'Chủ tịch' },
    ...more,
  });
}

export const newPerson = async (t: TestCore, name: string, unitId: number | null = null) =>
  (await t.call('people.create', personInput(name, { unitId }))).id;
export const newUnit = async (t: TestCore, name: string, parentId: number | null = null) =>
  (await t.call('units.create', unitInput(name, { parentId }))).id;
export const newHousehold = async (t: TestCore, name: string, address = '') =>
  (await t.call('households.create', householdInput(name, { address }))).id;

/** A draft with the award `code` and the given recipients on it. */
export async function draftWith(
  t: TestCore,
  code: string,
  recipients: { kind: 'collective' | 'individual' | 'household'; id: number }[],
  more: Partial<DecisionInput> = {},
): Promise<Decision> {
  const d = await t.call(
    'decisions.create',
    decisionInput({ catalogueId: await catalogueId(t, code), ...more }),
  );
  if (recipients.length) await t.call('decisions.addRecipients', { decisionId: d.id, recipients });
  return d;
}

/** Every row of a table, to prove a refused write left nothing behind. */
export const snapshot = (t: TestCore) => {
  const db = t.core.services.db;
  return ['decisions', 'awards', 'audit_log', 'people', 'units', 'households', 'decision_corrections'].map(
    (table) => db.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all(),
  );
};
