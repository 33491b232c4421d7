import { pickDuplicate, type DuplicateMatch } from '../../../shared/rules/duplicates';
import { refuseRow, type PlannedRow } from './plan';

/** A record already in the registry that a row may repeat. */
export interface Candidate<F> {
  id: number;
  label: string;
  facts: F;
}

/** How one kind of record finds and compares its likely duplicates. */
export interface DuplicateSource<F> {
  /** Records of the registry worth comparing with these facts (same folded name, same identity...). */
  existing(facts: F): Candidate<F>[];
  match(a: F, b: F): DuplicateMatch | null;
  /** Keys under which rows of the same file are compared (a row is compared with rows sharing one). */
  fileKeys(facts: F): string[];
  /** A reason the row cannot be imported at all, whatever the duplicate action (e.g. a taken number). */
  blocker?(facts: F): string | null;
}

/**
 * Marks, in file order, rows that repeat an earlier row of the file (refused: the first one is
 * imported) and rows that likely repeat a registry record (status 'duplicate', or refused when
 * several records match equally well and the import could not tell which to update).
 */
export function markDuplicates<V, F>(
  rows: { planned: PlannedRow<V>; facts: F }[],
  source: DuplicateSource<F>,
): void {
  const earlier = new Map<string, { rowNumber: number; label: string; facts: F }[]>();
  for (const { planned, facts } of rows) {
    if (planned.status === 'error') continue;
    const blocked = source.blocker?.(facts) ?? null;
    if (blocked !== null) {
      refuseRow(planned, blocked);
      continue;
    }
    const keys = source.fileKeys(facts);
    const sameKey = [...new Set(keys.flatMap((k) => earlier.get(k) ?? []))];
    const inFile = pickDuplicate(sameKey, (e) => source.match(facts, e.facts));
    if (inFile.kind !== 'none') {
      const first = inFile.kind === 'one' ? inFile.candidate : inFile.candidates[0];
      if (first) refuseRow(planned, `Trùng với dòng ${first.rowNumber} trong tệp (${first.label}).`);
      continue;
    }
    const found = pickDuplicate(source.existing(facts), (c) => source.match(facts, c.facts));
    if (found.kind === 'ambiguous') {
      // A common name with nothing else to tell may match dozens: name a few.
      const shown = found.candidates.slice(0, 3).map((c) => c.label);
      const more = found.candidates.length - shown.length;
      const labels = more > 0 ? `${shown.join('; ')} và ${more} bản ghi khác` : shown.join('; ');
      refuseRow(
        planned,
        `Có thể trùng với ${found.candidates.length} bản ghi đã có (${labels}): không biết nên chọn bản ghi nào. Hãy ghi thêm thông tin để phân biệt.`,
      );
      continue;
    }
    if (found.kind === 'one') {
      planned.status = 'duplicate';
      planned.duplicateOf = { id: found.candidate.id, label: found.candidate.label };
    }
    // One object under every key, so that the Set above sees a row once.
    const entry = { rowNumber: planned.rowNumber, label: planned.label, facts };
    for (const key of keys) {
      const list = earlier.get(key);
      if (list) list.push(entry);
      else earlier.set(key, [entry]);
    }
  }
}
