import { useEffect, useState } from 'react';
import type { RecipientKind } from '../../../shared/domain/awards';
import { UNIT_KIND_LABELS } from '../../../shared/domain/registry';
import type { HouseholdRow } from '../../../shared/schemas/registry/households';
import type { PersonRow } from '../../../shared/schemas/registry/people';
import type { UnitRow } from '../../../shared/schemas/registry/units';
import { foldForSearch } from '../../../shared/rules/search';
import { call } from '../lib/api';
import { messageOf } from '../lib/errors';
import { SEARCH_DEBOUNCE_MS } from './SearchInput';
import { registrySearchTexts as t } from './registrySearchTexts';

/** A person, unit or household found in the registry, with the line that tells it from namesakes. */
export interface RegistryRecord {
  kind: RecipientKind;
  id: number;
  name: string;
  detail: string;
}

const line = (...parts: (string | null | undefined)[]) => parts.filter(Boolean).join(' · ');

/** A person as a picker shows it: position · unit · birth year. */
export function personRecord(
  p: Pick<PersonRow, 'id' | 'fullName' | 'position' | 'unitName' | 'birthYear'>,
): RegistryRecord {
  const born = p.birthYear ? t.born(p.birthYear) : null;
  return { kind: 'individual', id: p.id, name: p.fullName, detail: line(p.position, p.unitName, born) };
}

/** A household as a picker shows it: its head, then address · residential group. */
export function householdRecord(
  h: Pick<HouseholdRow, 'id' | 'headName' | 'address' | 'residentialGroupName'>,
): RegistryRecord {
  return { kind: 'household', id: h.id, name: h.headName, detail: line(h.address, h.residentialGroupName) };
}

/** A unit as a picker shows it: its name, then its kind. */
export function unitRecord(u: Pick<UnitRow, 'id' | 'name' | 'kind'>): RegistryRecord {
  return { kind: 'collective', id: u.id, name: u.name, detail: UNIT_KIND_LABELS[u.kind] };
}

export interface RegistrySearchOptions {
  /** At most this many records (units come whole from the API and are cut here). */
  limit?: number;
  /** Leaves out units that stopped (they cannot register, for one). */
  activeUnitsOnly?: boolean;
  /** False: an empty box sends nothing and gives no rows; true: it lists the first records. */
  listWhenEmpty?: boolean;
}

/** Searches one registry by the folded query (case and tone marks ignored). */
export async function searchRegistry(
  kind: RecipientKind,
  query: string,
  { limit = 30, activeUnitsOnly = false }: RegistrySearchOptions = {},
): Promise<RegistryRecord[]> {
  if (kind === 'individual') return (await call('people.list', { query, limit })).rows.map(personRecord);
  if (kind === 'household')
    return (await call('households.list', { query, limit })).rows.map(householdRecord);
  const units = await call('units.list', activeUnitsOnly ? { query, status: 'active' } : { query });
  return units.slice(0, limit).map(unitRecord);
}

export interface RegistrySearch {
  /** What the last answer for this kind found; null before it, or while an empty box is not searched. */
  rows: RegistryRecord[] | null;
  /** A search for the text as it is now is waiting for the typing to pause or for its answer. */
  searching: boolean;
  /** Why the last search failed (its rows are then empty). */
  error: string | null;
}

interface Answer {
  kind: RecipientKind;
  query: string;
  rows: RegistryRecord[];
  error: string | null;
}

/**
 * Searches the registry of `kind` for `text` once the typing pauses; an answer to an older text or
 * kind that arrives late is dropped, and rows found for another kind are never shown.
 */
export function useRegistrySearch(
  kind: RecipientKind,
  text: string,
  { limit = 30, activeUnitsOnly = false, listWhenEmpty = true }: RegistrySearchOptions = {},
): RegistrySearch {
  const query = foldForSearch(text);
  const idle = !listWhenEmpty && query === '';
  const [answer, setAnswer] = useState<Answer | null>(null);

  useEffect(() => {
    if (idle) return;
    let stale = false;
    const timer = setTimeout(() => {
      searchRegistry(kind, query, { limit, activeUnitsOnly })
        .then((rows) => !stale && setAnswer({ kind, query, rows, error: null }))
        .catch((error: unknown) => !stale && setAnswer({ kind, query, rows: [], error: messageOf(error) }));
    }, SEARCH_DEBOUNCE_MS);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
  }, [kind, query, limit, activeUnitsOnly, idle]);

  if (idle) return { rows: null, searching: false, error: null };
  const mine = answer?.kind === kind ? answer : null;
  return { rows: mine?.rows ?? null, searching: mine?.query !== query, error: mine?.error ?? null };
}
