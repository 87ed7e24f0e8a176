/**
 * Edit distance with a swap of two neighbouring letters counting as one edit ("brian" is one from "brain"), the
 * commonest typo (optimal string alignment). Small strings only: typo matching of a handful of terms.
 */
export function editDistance(a: string, b: string): number {
  // Three rows: the one before the previous is needed for a swap.
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (before[j - 2] ?? 0) + 1);
      }
      current.push(value);
    }
    before = previous;
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** Every word one swap of neighbouring letters away ("brian" -> "rbian", "bian"... "brain"): what a fuzzy search of
 * one Levenshtein edit does not reach. */
export function transpositions(word: string): string[] {
  const result: string[] = [];
  for (let i = 0; i + 1 < word.length; i++) {
    if (word[i] === word[i + 1]) continue;
    result.push(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
  }
  return result;
}
