import type { BenchResult } from './stats';

interface Target {
  id: string;
  text: string;
  met(r: BenchResult): boolean;
}

/** The targets of issues 3, 5 and 7, checked against a run (printed, never asserted in tests). */
const TARGETS: Target[] = [
  { id: 'search.p95', text: 'search p95 < 30 ms', met: (r) => r.value !== null && r.value < 30 },
  { id: 'search.p95', text: 'search p95 within 2× raw FTS', met: (r) => r.ratio !== null && r.ratio <= 2 },
  { id: 'list.first-page', text: 'list page < 50 ms', met: (r) => r.value !== null && r.value < 50 },
  {
    id: 'awards.search.year',
    text: 'award lookup of a year < 50 ms',
    met: (r) => r.value !== null && r.value < 50,
  },
  {
    id: 'awards.search.name.p95',
    text: 'award lookup by name over 10 years p95 < 150 ms',
    met: (r) => r.value !== null && r.value < 150,
  },
  {
    id: 'awards.history.p95',
    text: 'award history p95 < 20 ms',
    met: (r) => r.value !== null && r.value < 20,
  },
  {
    id: 'certificates.1k',
    text: '1,000 Giấy khen within 2× one bare pdfmake render',
    met: (r) => r.ratio !== null && r.ratio <= 2,
  },
  {
    id: 'reports.summary.year',
    text: 'yearly summary figures within 2× the raw SQL of their queries',
    met: (r) => r.ratio !== null && r.ratio <= 2,
  },
  {
    id: 'reports.summary.10y',
    text: 'ten-year statistics within 2× the raw SQL of their queries',
    met: (r) => r.ratio !== null && r.ratio <= 2,
  },
  {
    id: 'decisions.pdf.large',
    text: 'the longest decision PDF in pieces within 2× one bare render',
    met: (r) => r.ratio !== null && r.ratio <= 2,
  },
  {
    id: 'import.10k',
    text: 'import within 2× the bare exceljs read',
    met: (r) => r.ratio !== null && r.ratio <= 2,
  },
];

export function checkTargets(results: readonly BenchResult[]): string[] {
  return TARGETS.map((t) => {
    const r = results.find((x) => x.id === t.id);
    const status = !r || r.value === null ? 'NOT MEASURED' : t.met(r) ? 'met' : 'MISSED';
    return `${status.padEnd(12)} ${t.text}`;
  });
}
