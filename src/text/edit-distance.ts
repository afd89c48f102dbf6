/**
 * Optimal-string-alignment distance: Levenshtein plus adjacent swaps, the commonest typo. Three
 * rolling rows rather than the whole table: every question runs it hundreds of times (spelling,
 * names), and a fresh table each call was garbage the collector paid for.
 */
export function editDistance(a: string, b: string): number {
  const cols = b.length + 1;
  let before = new Uint16Array(cols);
  let previous = new Uint16Array(cols);
  let current = new Uint16Array(cols);
  for (let j = 0; j < cols; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, before[j - 2]! + 1);
      current[j] = best;
    }
    [before, previous, current] = [previous, current, before];
  }
  return previous[b.length]!;
}

/** How many edits a word of this length may carry and still count as a misspelling of another. */
export function allowedEdits(length: number): number {
  if (length < 4) return 0;
  if (length < 7) return 1;
  return 2;
}
