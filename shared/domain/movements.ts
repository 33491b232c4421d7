/** Codes stored for emulation movements (phong trào thi đua), with their Vietnamese labels. */

export const MOVEMENT_KINDS = ['regular', 'periodic', 'thematic'] as const;
export type MovementKind = (typeof MOVEMENT_KINDS)[number];
export const MOVEMENT_KIND_LABELS: Record<MovementKind, string> = {
  regular: 'Thường xuyên',
  periodic: 'Theo đợt',
  thematic: 'Chuyên đề',
};

export const MOVEMENT_SCOPES = ['ward', 'cluster', 'unit'] as const;
export type MovementScope = (typeof MOVEMENT_SCOPES)[number];
export const MOVEMENT_SCOPE_LABELS: Record<MovementScope, string> = {
  ward: 'Toàn phường',
  cluster: 'Cụm, khối thi đua',
  unit: 'Một đơn vị',
};

export const MOVEMENT_STATUSES = ['draft', 'launched', 'in_progress', 'reviewing', 'closed'] as const;
export type MovementStatus = (typeof MOVEMENT_STATUSES)[number];
export const MOVEMENT_STATUS_LABELS: Record<MovementStatus, string> = {
  draft: 'Dự thảo',
  launched: 'Đã phát động',
  in_progress: 'Đang thực hiện',
  reviewing: 'Đang sơ kết, tổng kết',
  closed: 'Đã kết thúc',
};

/** The one step forward from each status (a movement is launched, carried out, reviewed, then closed). */
export const NEXT_MOVEMENT_STATUS: Record<MovementStatus, MovementStatus | null> = {
  draft: 'launched',
  launched: 'in_progress',
  in_progress: 'reviewing',
  reviewing: 'closed',
  closed: null,
};

/**
 * Whether `to` may follow `from`: one step forward, closing early once launched (a campaign may end
 * without a formal review), or reopening a closed movement (back to in progress, with a reason).
 */
export function canMoveStatus(from: MovementStatus, to: MovementStatus): boolean {
  if (NEXT_MOVEMENT_STATUS[from] === to) return true;
  if (to === 'closed') return from !== 'draft' && from !== 'closed';
  return from === 'closed' && to === 'in_progress';
}

/**
 * How the participating units are chosen on the form: every active unit, a cluster's current
 * members, or a hand-picked list. Only the resulting units are stored (movement_units).
 */
export const PARTICIPANT_MODES = ['all', 'cluster', 'picked'] as const;
export type ParticipantMode = (typeof PARTICIPANT_MODES)[number];

/** "2026" for a one-year movement, "2026-2030" for a longer one. */
export function formatPeriod(fromYear: number, toYear: number): string {
  return fromYear === toYear ? String(fromYear) : `${fromYear}-${toYear}`;
}
