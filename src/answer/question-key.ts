/**
 * What "the same question" means, wherever it matters (a repeat in a channel, unanswered questions grouped in
 * /insights): lowercase, letters and digits only, single spaces.
 */
export function questionKey(question: string): string {
  return question
    .toLowerCase()
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .slice(0, 200);
}
