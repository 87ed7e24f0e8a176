/** Clicks on "Helpful" / "Not helpful" and the modal's submission: recorded in the store, thanked privately. */
import {
  type APIInteractionResponse,
  type APIModalSubmitInteraction,
  InteractionResponseType,
} from 'discord-api-types/v10';
import type { QuestionLog } from '../../store/question-log.js';
import { FEEDBACK_NOTE_ID, FEEDBACK_NOTE_MAX, feedbackModal } from '../render/feedback.js';
import { type MessagePayload, renderNotice } from '../render.js';
import type { FeedbackKey } from './ids.js';

export const FEEDBACK_MESSAGES = {
  thanks: 'Thanks for the feedback: it helps whoever runs this bot improve the answers.',
  changed: 'Thanks: your vote on this answer is changed.',
  noted: 'Thanks: your note goes to whoever runs this bot, to improve the answers.',
  gone: 'This answer is no longer in my records (they are kept for a while only), so I cannot take a vote on it.',
  unavailable: 'Thanks! I could not record that just now: please try again in a minute.',
  off: 'Feedback is not recorded on this bot.',
} as const;

export async function handleFeedback(
  key: FeedbackKey,
  userId: string,
  log: QuestionLog | undefined,
  interaction: { data?: unknown },
  reply: (data: MessagePayload) => APIInteractionResponse,
): Promise<APIInteractionResponse> {
  if (!log) return reply(renderNotice(FEEDBACK_MESSAGES.off));
  if (key.kind === 'why') {
    const note = noteOf(interaction as APIModalSubmitInteraction);
    const outcome = await log.vote(key.answerId, userId, false, note);
    return reply(renderNotice(outcomeMessage(outcome, note ? FEEDBACK_MESSAGES.noted : FEEDBACK_MESSAGES.thanks)));
  }
  const outcome = await log.vote(key.answerId, userId, key.helpful);
  // "Not helpful" asks what was missing; the vote counts already, the note is optional.
  if (!key.helpful && outcome !== 'unknown-answer') {
    return { type: InteractionResponseType.Modal, data: feedbackModal(key.answerId) };
  }
  return reply(renderNotice(outcomeMessage(outcome, FEEDBACK_MESSAGES.thanks)));
}

function outcomeMessage(outcome: Awaited<ReturnType<QuestionLog['vote']>>, thanks: string): string {
  switch (outcome) {
    case 'recorded':
      return thanks;
    case 'changed':
      return FEEDBACK_MESSAGES.changed;
    case 'unknown-answer':
      return FEEDBACK_MESSAGES.gone;
    case 'unavailable':
      return FEEDBACK_MESSAGES.unavailable;
  }
}

/** The note typed in the modal, whatever the client sent: the declared input only, cut to its limit. */
function noteOf(interaction: APIModalSubmitInteraction): string | undefined {
  const rows = Array.isArray(interaction.data?.components) ? interaction.data.components : [];
  for (const row of rows as Array<{ components?: unknown; component?: unknown }>) {
    const inputs = Array.isArray(row?.components) ? row.components : row?.component ? [row.component] : [];
    for (const input of inputs as Array<{ custom_id?: unknown; value?: unknown }>) {
      if (input?.custom_id !== FEEDBACK_NOTE_ID || typeof input.value !== 'string') continue;
      const note = input.value
        .replace(/[\p{Cc}\p{Cf}]/gu, ' ')
        .trim()
        .slice(0, FEEDBACK_NOTE_MAX);
      return note || undefined;
    }
  }
  return undefined;
}
