/** The three rows, kept between calls (grown when a word is longer): only cells below `cols` are read. */
let rows: Uint16Array[] = [0, 1, 2].map(() => new Uint16Array(32));

/**
 * Optimal-string-alignment distance: Levenshtein plus adjacent swaps, the commonest typo. Three
 * rolling rows rather than the whole table, kept from one call to the next: every question runs it
 * hundreds of times (spelling, names), and fresh rows each call were garbage the collector paid for.
 */
export function editDistance(a: string, b: string): number {
  const cols = b.length + 1;
  if (rows[0]!.length < cols) rows = [0, 1, 2].map(() => new Uint16Array(cols * 2));
  let [before, previous, current] = rows as [Uint16Array, Uint16Array, Uint16Array];
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
