/**
 * A thing brought up by someone, then a question about it: "her doctor mentioned cortisol, what does it do?", "my
 * therapist keeps telling me to exercise. Does the article back that up?", "my father takes antidepressants, will
 * his bones get better?". Who brought it up is no topic; the thing is, read where the question's "it" or "that"
 * stands. General English, whatever the content; applied to questions by question-phrasing.ts.
 */

/**
 * "Her doctor mentioned cortisol, what does it do to bones?", "I read about osteocalcin. Is it a hormone?": who
 * brought the thing up is no topic; "it" is the thing. Read as the question with the thing in place of "it"
 * ("what does cortisol do to bones?"), so the teller ("doctor", which the article's "clinicians" met) weighs nothing.
 */
const MENTIONED_THEN_ASKED =
  /^\s*(?:(?:(?:my|her|his|our|their|a|the)\s+)?[a-z]+\s+(?:mentioned|brought\s+up|talked\s+about|told\s+(?:me|us|her|him|them)\s+about)|(?:i|we)\s+(?:heard|read|saw|learned|learnt)\s+about)\s+(?!that\b|how\b|what\b|why\b)((?:[\w'\u2019-]+\s+){0,2}[\w'\u2019-]+)\s*[,.;:]\s*([^,.;:]*?\bit\b[^,.;:]*)$/i;
const MAY_MENTION =
  /\b(?:mentioned|brought up|talked about|told \w+ about|heard about|read about|saw about|learned about|learnt about)\b/i;

/**
 * "My doctor wants me to start exercising, does the article say that helps?": who advised it is no topic either; what
 * they advised stands where "that" (or "it", "this") does.
 */
const ADVISED_THEN_ASKED =
  /^\s*(?:(?:my|her|his|our|their|a|the)\s+)?[a-z]+\s+(?:wants|wanted|told|asked|advised|recommended|suggested|says|said|(?:keeps|kept|is\s+always|was\s+always)\s+(?:telling|asking|saying))\s+(?:(?:me|us|him|her|them)\s+)?(?:to|(?:that\s+)?(?:i|we|he|she|they)\s+should)\s+(?:(?:start|try|begin|take\s+up|take|do)\s+)?((?:[\w'\u2019-]+\s+){0,2}[\w'\u2019-]+)\s*[,.;:]\s*([^,.;:]*?\b(?:that|it|this)\b[^,.;:]*)\.?\s*$/i;
/** Someone who takes something, and the verbs of taking: "my grandad TAKES", "she has been TAKING", "I TRIED". */
const TAKER = String.raw`^\s*(?:(?:my|her|his|our|their)\s+[a-z]+|i|he|she|we|they)\s+`;
const TAKING = String.raw`(?:takes?|(?:is|am|are|has\s+been|have\s+been)\s+taking|uses?|started|tried|eats?|drinks?)`;
/** What is taken: up to three words. */
const TAKEN = String.raw`\s+((?:[\w'\u2019-]+\s+){0,2}?[\w'\u2019-]+?)`;
/** "My grandad TAKES vitamin D for his bones, will that help his mood?": what someone takes, asked about as "that". */
const TAKEN_THEN_ASKED = new RegExp(
  String.raw`${TAKER}${TAKING}${TAKEN}(?:\s+(?:for|to\s+help|every)\s+[^,.;:]+)?\s*[,.;:]\s*((?:will|does|do|can|could|would|might)\s+(?:that|it|this|they|these)\b[^,.;:]*)$`,
  'i',
);
const MAY_TAKE = /\b(?:takes?|taking|uses?|started|tried|eats?|drinks?)\s/i;
/**
 * "My father TAKE antidepressant, will HIS BONES get better?": what someone takes, then whether their bones or mood
 * will change, asks what it does to them: read "will his bones get better with antidepressant?", so what is taken
 * stays a word the question turns on rather than a story's.
 */
const TAKEN_THEN_OUTCOME = new RegExp(
  String.raw`${TAKER}${TAKING}${TAKEN}(?:\s+(?:every|each|daily)\b[^,.;:]*)?\s*[,.;:]\s*((?:will|would|can|could|might|does|do)\s+(?:my|his|her|their|our)\s+[^,.;:?]*?)\s*\?*\s*$`,
  'i',
);
const MAY_ADVISE =
  /\b(?:wants?|wanted|told|telling|asked|asking|advised|recommended|suggested|says|said|saying)\s+(?:me|us|him|her|them|i|we|he|she|they|that)\b/i;

/** MENTIONED_THEN_ASKED's question, with the thing brought up where its "it" stands; ADVISED_THEN_ASKED's likewise. */
export function askedOfMentioned(question: string): string {
  const m = MAY_MENTION.test(question) ? MENTIONED_THEN_ASKED.exec(question) : null;
  if (m?.[1] && m[2]) return m[2].replace(/\bit\b/i, m[1]);
  const advised =
    (MAY_ADVISE.test(question) ? ADVISED_THEN_ASKED.exec(question) : null) ??
    (MAY_TAKE.test(question) ? TAKEN_THEN_ASKED.exec(question) : null);
  // "Does the article back THAT up": "back up X", the phrasal verb kept whole.
  const pointing = /\b(back(?:s|ed|ing)?)\s+(?:that|it|this)\s+up\b|\b(?:that|it|this|they|these)\b/i;
  if (advised?.[1] && advised[2]) {
    const thing = advised[1];
    return advised[2].replace(pointing, (_, back?: string) => (back ? `${back} up ${thing}` : thing));
  }
  const outcome = MAY_TAKE.test(question) ? TAKEN_THEN_OUTCOME.exec(question) : null;
  return outcome?.[1] && outcome[2] ? `${outcome[2]} with ${outcome[1]}?` : question;
}
