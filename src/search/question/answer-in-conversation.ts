/**
 * Answering a question in its conversation: as the standalone question it means (follow-up.ts), and a message of
 * several questions (compound.ts) as each of them in turn.
 */
import type { Answer, QuotedPassage } from '../../answer/answer.js';
import type { AnswerOptions, KnowledgeBase } from '../knowledge-base.js';
import { terms } from '../text/text.js';
import { questionParts } from './compound.js';
import { pointsBackWithItOrThey, standaloneQuestion, topicPhrase, withTopic } from './follow-up.js';
import { type AnswerType, questionForm } from './question-form.js';

/**
 * Answers a question in its conversation: as the standalone question it means (`understood`), unless only the
 * question on its own finds an answer.
 */
export function answerInConversation(
  kb: KnowledgeBase,
  question: string,
  previous: string | undefined,
  options: AnswerOptions = {},
): Answer {
  const parts = questionParts(question);
  return parts.length > 1
    ? answerParts(kb, question.trim(), parts, previous, options)
    : answerOne(kb, question, previous, options);
}

/**
 * Two questions in one message ("who wrote it and where was it published?"), each answered in turn as a
 * conversation, the second leaning on the first: the best passage of each, in order, then the others. When none
 * finds anything, the message is answered as one question.
 */
function answerParts(
  kb: KnowledgeBase,
  asked: string,
  parts: readonly string[],
  previous: string | undefined,
  options: AnswerOptions,
): Answer {
  const answers: Answer[] = [];
  let before = previous;
  let lacking: Answer | undefined;
  for (const part of parts) {
    // "What is serotonin and how does IT relate to bones?": "it" is what the content lacks, so is the question.
    const answer =
      lacking && pointsBackWithItOrThey(part, kb)
        ? { ...lacking, question: part, understood: part }
        : answerOne(kb, part, before, options);
    answers.push(answer);
    if (answer.passages.length > 0) before = answer.understood ?? part;
    lacking = answer.passages.length === 0 && (answer.missing ?? []).length > 0 ? answer : undefined;
  }
  const found = answers.filter((a) => a.passages.length > 0);
  if (found.length === 0) return answerOne(kb, asked, previous, options);
  const limit = options.limit ?? 3;
  const quoted: QuotedPassage[] = [];
  const depth = Math.max(...found.map((a) => a.passages.length));
  for (let rank = 0; rank < depth; rank++) {
    for (const answer of found) {
      const passage = answer.passages[rank];
      const same = (p: QuotedPassage) => p.articleId === passage?.articleId && p.paragraph === passage?.paragraph;
      if (passage && quoted.length < limit && !quoted.some(same)) quoted.push(passage);
    }
  }
  const understood = `${answers.map((a, i) => (a.understood ?? parts[i] ?? '').replace(/[\s?!.]+$/u, '')).join('? ')}?`;
  return { question: asked, passages: quoted, suggestions: [], understood };
}

/** "When?", "and where?", "who then?": only the kind of answer, asked of what came before. */
const BARE_WH = /^(?:(?:and|but|so|ok(?:ay)?)[\s,]+)?(when|where|who|whom)(?:\s+(?:then|exactly))?[\s?!.]*$/iu;

/** The kind of answer a bare "when?" asks for, as a follow-up: what the question word alone asks for. */
function bareKindAsked(asked: string): AnswerType | undefined {
  const wh = BARE_WH.exec(asked)?.[1];
  return wh ? (questionForm([wh.toLowerCase()]).type ?? undefined) : undefined;
}

function answerOne(kb: KnowledgeBase, question: string, previous: string | undefined, options: AnswerOptions): Answer {
  const asked = question.trim();
  const understood = standaloneQuestion(asked, previous, kb, options);
  // "When?" after "where was it published?" asks for a time: the passage that said where does not say when.
  const mustHold = previous ? bareKindAsked(asked) : undefined;
  const answer = kb.answerQuestion(understood, mustHold ? { ...options, mustHold } : options);
  // A question in its own words ("what about bones, are they just support?" read as "are bones just support?")
  // still leans on the conversation to break a tie.
  if (answer.passages.length > 0 && previous && saysOnlyItsOwnWords(understood, asked)) {
    return withContext(kb, asked, understood, previous, answer, options) ?? { ...answer, question: asked, understood };
  }
  if (answer.passages.length > 0 || !previous) return { ...answer, question: asked, understood };
  // "Can you lower IT?" after "where does cortisol come from?": declined as "can you lower cortisol?", not answered
  // as if "it" were nothing.
  if (understood !== asked && !pointsBackWithItOrThey(asked, kb)) {
    const alone = kb.answerQuestion(asked, options);
    if (alone.passages.length > 0) return { ...alone, understood: asked };
    return { ...answer, question: asked, understood };
  }
  // Too vague on its own, yet naming nothing the content lacks ("which hormones are involved?"): it means the
  // topic of the question before.
  const phrase = topicPhrase(previous, kb);
  if ((answer.missing ?? []).length > 0 || !phrase) return { ...answer, understood };
  const widened = withTopic(asked, phrase);
  const inContext = kb.answerQuestion(widened, options);
  return inContext.passages.length > 0
    ? { ...inContext, question: asked, understood: widened }
    : { ...answer, understood };
}

/** Whether the question understood has no word the message did not say (it was kept, or only reordered). */
function saysOnlyItsOwnWords(understood: string, asked: string): boolean {
  if (understood === asked) return true;
  const said = new Set(terms(asked));
  return terms(understood).every((term) => said.has(term));
}

/**
 * A question with words of its own that still leans on the conversation ("which hormone is involved?" after "how
 * does depression hurt your bones?"): asked again with the topic before, when that puts first another of the
 * passages the question alone quotes, that one is quoted first. The conversation breaks a tie; it never brings in
 * a passage the question alone would not quote. `message` is what was typed, `understood` the question answered.
 */
function withContext(
  kb: KnowledgeBase,
  message: string,
  understood: string,
  previous: string,
  answer: Answer,
  options: AnswerOptions,
): Answer | undefined {
  const phrase = topicPhrase(previous, kb);
  if (!phrase) return undefined;
  const widened = withTopic(understood, phrase);
  const first = kb.answerQuestion(widened, options).passages[0];
  const same = (p: QuotedPassage) => p.articleId === first?.articleId && p.paragraph === first?.paragraph;
  const at = answer.passages.findIndex(same);
  if (!first || at <= 0) return undefined;
  const passages = [first, ...answer.passages.filter((p) => !same(p))];
  return { ...answer, question: message, passages, understood: widened };
}
