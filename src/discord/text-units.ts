/**
 * UTF-16 facts Discord's limits run into: its lengths count code units, so a cut must not split a surrogate pair,
 * and a lone surrogate (half a pair, from typed text cut elsewhere) is not valid text and makes Discord refuse
 * the whole payload.
 */

/** Whether index `at` of `text` falls between the two halves of a surrogate pair. */
export function splitsSurrogatePair(text: string, at: number): boolean {
  const before = text.charCodeAt(at - 1);
  const after = text.charCodeAt(at);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

/** `text` with every lone surrogate replaced by U+FFFD (the replacement character). */
export function withoutLoneSurrogates(text: string): string {
  return text.replace(/\p{Cs}/gu, '\uFFFD');
}
