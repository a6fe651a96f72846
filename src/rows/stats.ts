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
