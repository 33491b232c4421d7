import type { Db } from '../db/types';
import {
  findHouseholdsByFoldedNames,
  findPeopleByFoldedNames,
  getDecisionHead,
  listLiveUnits,
  recipientIdsOnDecision,
} from '../db/repos/decision-paste';
import { AppError } from '../../../shared/errors';
import { foldForSearch } from '../../../shared/rules/search';
import { foldForMatch } from '../../../shared/rules/duplicates';
import { parsePastedRows, type PastedRow } from '../../../shared/rules/paste-rows';
import { UNIT_KIND_LABELS } from '../../../shared/domain/registry';
import type { RecipientKind } from '../../../shared/domain/awards';
import type { PasteCandidate, PastePreview, PastePreviewRow } from '../../../shared/schemas/decisions';

/** A registry record with the pasted row's name, and what the row's position/unit text may mention to pick it. */
interface Namesake {
  candidate: PasteCandidate;
  /** Person: their unit's name and short name; unit: its parent; household: address and tổ dân phố. */
  mentions: string[];
}

const joinDetail = (parts: (string | null)[]) => parts.filter((p): p is string => !!p).join(', ');

/** Namesakes of every pasted name, by folded name (foldForSearch, as search_text stores it). */
function namesakesByName(db: Db, kind: RecipientKind, names: string[]): Map<string, Namesake[]> {
  const byName = new Map<string, Namesake[]>();
  const add = (folded: string, n: Namesake) => {
    const list = byName.get(folded);
    if (list) list.push(n);
    else byName.set(folded, [n]);
  };
  if (kind === 'individual') {
    for (const p of findPeopleByFoldedNames(db, names)) {
      add(p.searchText, {
        candidate: {
          id: p.id,
          name: p.fullName,
          detail: joinDetail([p.position, p.unitName]),
          birthYear: p.birthYear,
        },
        mentions: [p.unitName, p.unitShortName].filter((m): m is string => !!m),
      });
    }
  } else if (kind === 'collective') {
    const wanted = new Set(names);
    for (const u of listLiveUnits(db)) {
      const candidate = {
        id: u.id,
        name: u.name,
        detail: joinDetail([
          UNIT_KIND_LABELS[u.kind],
          u.parentName === null ? null : `thuộc ${u.parentName}`,
        ]),
        birthYear: null,
      };
      // A short name ("THCS Lê Chân") names the unit as well as its full name.
      const keys = new Set([foldForSearch(u.name), ...(u.shortName ? [foldForSearch(u.shortName)] : [])]);
      for (const key of keys)
        if (wanted.has(key)) add(key, { candidate, mentions: u.parentName ? [u.parentName] : [] });
    }
  } else {
    for (const h of findHouseholdsByFoldedNames(db, names)) {
      add(foldForSearch(h.headName), {
        candidate: {
          id: h.id,
          name: h.headName,
          detail: joinDetail([h.address, h.groupName]),
          birthYear: null,
        },
        mentions: [h.address, h.groupName].filter((m): m is string => !!m),
      });
    }
  }
  return byName;
}

/**
 * How long a text the pasted position/unit mentions of this record (0: none). Whole words only,
 * so "Tổ dân phố 10" does not mention "Tổ dân phố 1".
 */
function mentionLength(pastedFolded: string | null, n: Namesake): number {
  if (pastedFolded === null) return 0;
  let best = 0;
  for (const m of n.mentions) {
    const f = foldForMatch(m);
    if (f !== '' && pastedFolded.includes(` ${f} `)) best = Math.max(best, f.length);
  }
  return best;
}

/** The namesakes best first (most specific mention), and the one to choose when a single one stands out. */
function choose(
  namesakes: Namesake[],
  positionUnit: string | null,
): { ordered: Namesake[]; chosen: Namesake | null } {
  if (namesakes.length <= 1) return { ordered: namesakes, chosen: namesakes[0] ?? null };
  const pasted = positionUnit === null ? null : ` ${foldForMatch(positionUnit)} `;
  const scored = namesakes.map((n) => ({ n, score: mentionLength(pasted, n) }));
  scored.sort((a, b) => b.score - a.score); // stable: equal scores stay in id order
  const [first, second] = scored;
  const standsOut =
    first !== undefined && first.score > 0 && (second === undefined || second.score < first.score);
  return { ordered: scored.map((s) => s.n), chosen: standsOut ? first.n : null };
}

const WHO: Record<RecipientKind, { many: string; create: string }> = {
  individual: {
    many: 'người trùng tên',
    create: 'Chưa có người này trong danh mục cá nhân: sẽ tạo mới khi thêm.',
  },
  collective: {
    many: 'đơn vị trùng tên',
    create: 'Chưa có tập thể này trong danh mục đơn vị: sẽ tạo mới khi thêm.',
  },
  household: {
    many: 'hộ trùng tên chủ hộ',
    create: 'Chưa có hộ này trong danh mục hộ gia đình: sẽ tạo mới khi thêm.',
  },
};

function previewRow(
  row: PastedRow,
  kind: RecipientKind,
  namesakes: Namesake[],
  onList: Set<number>,
): PastePreviewRow {
  const base = { row: row.row, name: row.name, positionUnit: row.positionUnit, achievement: row.achievement };
  if (row.problem !== null) {
    return { ...base, status: 'invalid', candidates: [], chosenId: null, message: row.problem };
  }
  const { ordered, chosen } = choose(namesakes, row.positionUnit);
  const candidates = ordered.map((n) => n.candidate);
  if (ordered.length === 0) {
    return { ...base, status: 'new', candidates, chosenId: null, message: WHO[kind].create };
  }
  if (chosen === null) {
    const message = `Có ${ordered.length} ${WHO[kind].many} "${row.name}", vui lòng chọn đúng ${kind === 'individual' ? 'người' : 'bản ghi'}.`;
    return { ...base, status: 'ambiguous', candidates, chosenId: null, message };
  }
  const id = chosen.candidate.id;
  if (onList.has(id)) {
    return {
      ...base,
      status: 'in_list',
      candidates,
      chosenId: id,
      message: 'Đã có trong danh sách của quyết định này.',
    };
  }
  // The only namesake, but the pasted unit is another one: often a namesake not yet in the registry.
  const otherUnit =
    kind === 'individual' &&
    row.positionUnit !== null &&
    chosen.mentions.length > 0 &&
    mentionLength(` ${foldForMatch(row.positionUnit)} `, chosen) === 0;
  const message = otherUnit
    ? `Cùng tên, khác đơn vị — kiểm tra lại (trong danh mục: ${chosen.candidate.detail}).`
    : null;
  return { ...base, status: 'matched', candidates, chosenId: id, message };
}

/**
 * Matches pasted rows (Excel, Sheets, Word) to the registry for a decision's list, writing nothing.
 * Names compare folded (no case or tones, đ = d); namesakes are told apart by the unit (address for
 * households, parent unit for collectives) the row's position/unit text mentions.
 */
export function pastePreview(
  db: Db,
  input: { decisionId: number; kind: RecipientKind; text: string },
): PastePreview {
  const head = getDecisionHead(db, input.decisionId);
  if (!head || head.deleted)
    throw new AppError('NOT_FOUND', 'Không tìm thấy quyết định này (có thể đã bị xóa).');
  const { kind } = input;
  const rows = parsePastedRows(input.text);
  const names = [...new Set(rows.filter((r) => r.problem === null).map((r) => foldForSearch(r.name)))];
  const byName = namesakesByName(db, kind, names);
  const onList = recipientIdsOnDecision(db, input.decisionId, kind);

  // The same name and unit text twice in one paste is most likely one recipient copied twice.
  const firstRow = new Map<string, number>();
  return {
    kind,
    rows: rows.map((row) => {
      const preview = previewRow(row, kind, byName.get(foldForSearch(row.name)) ?? [], onList);
      if (row.problem !== null) return preview;
      const key = `${foldForMatch(row.name)}|${foldForMatch(row.positionUnit ?? '')}`;
      const first = firstRow.get(key);
      if (first === undefined) firstRow.set(key, row.row);
      else {
        const repeat = `Trùng với dòng ${first}.`;
        preview.message = preview.message === null ? repeat : `${repeat} ${preview.message}`;
      }
      return preview;
    }),
  };
}
