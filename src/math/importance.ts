/**
 * Permutation importance (Breiman 2001; Fisher, Rudin & Dominici 2019), a
 * model-agnostic feature attribution: shuffle one feature's column across
 * the test rows, so it no longer matches the rest of each row, and measure
 * how much the model's score falls.
 *
 *   importance_j = metric(model, test) − metric(model, test with column j shuffled)
 *
 * A feature the model ignores scores 0 (up to noise); a feature it leans on
 * scores high. It measures what the MODEL uses, not what causes the outcome:
 * of two correlated features, the model may use either.
 */

/** `rows` with column `column` reordered by `order` (row i gets the value of row order[i]); other columns untouched. */
export function shuffleColumn(rows: readonly (readonly number[])[], column: number, order: readonly number[]): number[][] {
  if (order.length !== rows.length) throw new RangeError(`shuffleColumn: ${order.length} positions for ${rows.length} rows`);
  return rows.map((row, i) => row.map((v, j) => (j === column ? (rows[order[i] ?? -1]?.[j] ?? Number.NaN) : v)));
}

/**
 * For each column: metric on the intact rows minus metric with that column
 * reordered by `order` (a permutation of the row indices, e.g. a seeded shuffle).
 */
export function permutationImportance(
  score: (rows: readonly (readonly number[])[]) => number[],
  rows: readonly (readonly number[])[],
  labels: readonly number[],
  metric: (labels: readonly number[], scores: readonly number[]) => number,
  order: readonly number[],
): number[] {
  const base = metric(labels, score(rows));
  const width = rows[0]?.length ?? 0;
  return Array.from({ length: width }, (_, j) => base - metric(labels, score(shuffleColumn(rows, j, order))));
}
