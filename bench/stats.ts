/** One figure of bench/results.json: `ratio` = value / baseline, the baseline being the plainest way to do the same work. */
export interface BenchResult {
  id: string;
  label: string;
  /** Null when the figure could not be measured (the reason is printed). */
  value: number | null;
  unit: 'ms';
  baseline: number | null;
  ratio: number | null;
}

export function result(
  id: string,
  label: string,
  value: number | null,
  baseline: number | null,
): BenchResult {
  const ratio = value !== null && baseline !== null && baseline > 0 ? round(value / baseline) : null;
  return {
    id,
    label,
    value: value === null ? null : round(value),
    unit: 'ms',
    baseline: baseline === null ? null : round(baseline),
    ratio,
  };
}

const round = (x: number) => Math.round(x * 100) / 100;

/** Milliseconds taken by one call (awaited when it returns a promise). */
export async function time(work: () => unknown): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

/** Nearest-rank percentile (p in 0..100) of the samples. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] ?? Number.NaN;
}

export const median = (samples: readonly number[]) => percentile(samples, 50);

/** Runs `work` `runs` times after `warmup` untimed runs; returns the samples. */
export async function sample(runs: number, work: () => unknown, warmup = 1): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await work();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) samples.push(await time(work));
  return samples;
}

/** The results as a fixed-width text table for the terminal. */
export function table(results: readonly BenchResult[], notes: Readonly<Record<string, string>> = {}): string {
  const fmt = (x: number | null, suffix = '') => (x === null ? '—' : `${x.toFixed(2)}${suffix}`);
  const rows = [
    ['id', 'label', 'value', 'baseline', 'ratio', 'note'],
    ...results.map((r) => [
      r.id,
      r.label,
      fmt(r.value, ` ${r.unit}`),
      fmt(r.baseline, ` ${r.unit}`),
      fmt(r.ratio, '×'),
      notes[r.id] ?? '',
    ]),
  ];
  const [header = [], ...body] = rows;
  const widths = header.map((_, c) => Math.max(...rows.map((row) => [...(row[c] ?? '')].length)));
  const line = (row: string[]) =>
    row
      .map((cell, c) => cell.padEnd(widths[c] ?? 0))
      .join(' | ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('-|-'), ...body.map(line)].join('\n');
}
