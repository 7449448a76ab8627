/**
 * Edit distance with an early exit once it exceeds `max`. Counts insertions, deletions,
 * substitutions and transpositions of two adjacent characters ("29-2027" → "29-2072" is 1),
 * the commonest typo (optimal string alignment distance).
 */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, (before[j - 2] ?? 0) + 1);
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length] ?? 0;
}

function sharedPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * The candidates closest to `input`, best first: up to `limit` whose edit distance is at most
 * a third of the input's length (at least 2). `labels` maps a matched name to the id to suggest.
 */
export function suggest(
  input: string,
  candidates: Iterable<readonly [name: string, id: string]>,
  limit = 3,
): string[] {
  const needle = input.trim().toLowerCase().slice(0, 100);
  if (needle === "") return [];
  const max = Math.max(2, Math.floor(needle.length / 3));
  // Per id: the smallest distance, then the longest shared prefix (typos sit late more often
  // than early, so "29-2073" suggests "29-2072" before "29-2033").
  const best = new Map<string, [distance: number, prefix: number]>();
  for (const [name, id] of candidates) {
    const lower = name.toLowerCase();
    const d = editDistance(needle, lower, max);
    if (d > max) continue;
    const p = sharedPrefix(needle, lower);
    const current = best.get(id);
    if (!current || d < current[0] || (d === current[0] && p > current[1])) best.set(id, [d, p]);
  }
  return [...best]
    .sort((x, y) => x[1][0] - y[1][0] || y[1][1] - x[1][1] || (x[0] < y[0] ? -1 : 1))
    .slice(0, limit)
    .map(([id]) => id);
}
