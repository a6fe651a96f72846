/** Counts for the end-of-run summary, merged across chunks and workers. */
export interface BatchStats {
  rows: number;
  classified: number;
  errors: number;
  abstained: number;
  /** primary domain → rows */
  domains: Record<string, number>;
}

export const emptyStats = (): BatchStats => ({ rows: 0, classified: 0, errors: 0, abstained: 0, domains: {} });

export function mergeStats(into: BatchStats, from: BatchStats): void {
  into.rows += from.rows;
  into.classified += from.classified;
  into.errors += from.errors;
  into.abstained += from.abstained;
  for (const [d, n] of Object.entries(from.domains)) into.domains[d] = (into.domains[d] ?? 0) + n;
}

export function renderSummary(stats: BatchStats, seconds: number): string {
  const rate = seconds > 0 ? Math.round(stats.rows / seconds) : stats.rows;
  const pct = (n: number) => (stats.rows ? `${((100 * n) / stats.rows).toFixed(1)}%` : "0%");
  const mix = Object.entries(stats.domains)
    .sort((a, b) => b[1] - a[1])
    .map(([d, n]) => `${d} ${n} (${pct(n)})`)
    .join(", ");
  return [
    `rows ${stats.rows}, classified ${stats.classified}, errors ${stats.errors}, abstained ${stats.abstained} (${pct(stats.abstained)})`,
    `domain mix: ${mix || "none"}`,
    `${seconds.toFixed(2)} s, ${rate} rows/s`,
  ].join("\n");
}
