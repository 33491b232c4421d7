// The trích yếu a new decision starts with; the officer edits it freely afterwards.
import { formatDate, isValidIsoDate } from './dates';

export interface SubjectAward {
  name: string;
  kind: 'title' | 'form';
  allowsCollective: boolean;
  allowsIndividual: boolean;
  allowsHousehold: boolean;
}

function joinVi(parts: string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} và ${parts[parts.length - 1]}`;
}

/**
 * "Về việc tặng Giấy khen cho các tập thể, cá nhân và hộ gia đình có thành tích năm 2026";
 * a title is recognised, not given: "Về việc công nhận danh hiệu “Lao động tiên tiến” cho cá nhân
 * có thành tích năm 2026". The achievement period replaces the year when both ends are known.
 */
export function defaultDecisionSubject(
  award: SubjectAward,
  year: number,
  from: string | null = null,
  to: string | null = null,
): string {
  // "Giấy khen của Chủ tịch UBND phường" reads "Giấy khen" in the subject line.
  const what =
    award.kind === 'title'
      ? `công nhận danh hiệu “${award.name}”`
      : `tặng ${award.name.replace(/\s+của\s+.*$/iu, '')}`;
  const kinds = [
    award.allowsCollective ? 'các tập thể' : null,
    award.allowsIndividual ? 'cá nhân' : null,
    award.allowsHousehold ? 'hộ gia đình' : null,
  ].filter((k): k is string => k !== null);
  const period =
    from && to && isValidIsoDate(from) && isValidIsoDate(to)
      ? ` từ ngày ${formatDate(from)} đến ngày ${formatDate(to)}`
      : ` năm ${year}`;
  return `Về việc ${what} cho ${joinVi(kinds)} có thành tích${period}`;
}
