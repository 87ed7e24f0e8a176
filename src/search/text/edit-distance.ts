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

/** Letters that spell the same sound, each with what it may stand for where it stands ("c" before e/i/y is "s"). */
function soundsAt(word: string, i: number): string[] {
  const letter = word[i];
  const soft = /[eiy]/.test(word[i + 1] ?? '');
  if (letter === 'z') return ['s'];
  if (letter === 's') return soft ? ['c', 'z'] : ['z'];
  if (letter === 'c') return soft ? ['s'] : ['k'];
  if (letter === 'k') return ['c'];
  return [];
}

/**
 * Words spelt as they sound, one or two letters apart ("exersize" -> ... "exercise", "sykology"): two edits, which
 * a fuzzy search allows only in long words, and a spelling checker offers first all the same.
 */
export function soundAlikes(word: string): string[] {
  const result = new Set<string>();
  const swap = (text: string, i: number, by: string) => text.slice(0, i) + by + text.slice(i + 1);
  for (let i = 0; i < word.length; i++) {
    for (const first of soundsAt(word, i)) {
      const once = swap(word, i, first);
      result.add(once);
      for (let j = i + 1; j < word.length; j++) {
        for (const second of soundsAt(once, j)) result.add(swap(once, j, second));
      }
    }
  }
  return [...result];
}
