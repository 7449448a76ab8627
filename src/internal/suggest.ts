/** Edit distance (Levenshtein) with an early exit once it exceeds `max`. */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    previous = current;
  }
  return previous[b.length] ?? 0;
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
  const best = new Map<string, number>();
  for (const [name, id] of candidates) {
    const d = editDistance(needle, name.toLowerCase(), max);
    if (d <= max && d < (best.get(id) ?? Number.POSITIVE_INFINITY)) best.set(id, d);
  }
  return [...best]
    .sort((x, y) => x[1] - y[1] || (x[0] < y[0] ? -1 : 1))
    .slice(0, limit)
    .map(([id]) => id);
}
