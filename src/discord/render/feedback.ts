/** "Helpful" / "Not helpful" under an answer, and the modal that asks what was missing. */
import {
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIModalInteractionResponseCallbackData,
  ButtonStyle,
  ComponentType,
  TextInputStyle,
} from 'discord-api-types/v10';
import { voteId, whyId } from '../feedback/ids.js';
import { fitMessage, type MessagePayload } from '../limits.js';

/** What a "not helpful" note may say, and the modal's wording (title and label within Discord's 45). */
export const FEEDBACK_NOTE_MAX = 300;
export const FEEDBACK_NOTE_ID = 'looking-for';
const MODAL_TITLE = 'Not helpful: tell us more';
const NOTE_LABEL = 'What were you looking for?';

function feedbackRow(answerId: string): APIActionRowComponent<APIButtonComponent> {
  return {
    type: ComponentType.ActionRow,
    components: [
      {
        type: ComponentType.Button,
        style: ButtonStyle.Secondary,
        label: 'Helpful',
        emoji: { name: '👍' },
        custom_id: voteId(answerId, true),
      },
      {
        type: ComponentType.Button,
        style: ButtonStyle.Secondary,
        label: 'Not helpful',
        emoji: { name: '👎' },
        custom_id: voteId(answerId, false),
      },
    ],
  };
}

/** The message with the feedback buttons as its last row. */
export function withFeedback(payload: MessagePayload, answerId: string): MessagePayload {
  return fitMessage({ ...payload, components: [...payload.components, feedbackRow(answerId)] });
}

export function feedbackModal(answerId: string): APIModalInteractionResponseCallbackData {
  return {
    custom_id: whyId(answerId),
    title: MODAL_TITLE,
    components: [
      {
        type: ComponentType.ActionRow,
        components: [
          {
            type: ComponentType.TextInput,
            custom_id: FEEDBACK_NOTE_ID,
            style: TextInputStyle.Paragraph,
            label: NOTE_LABEL,
            placeholder: 'Optional: what the answer missed, or what you hoped to find.',
            required: false,
            max_length: FEEDBACK_NOTE_MAX,
          },
        ],
      },
    ],
  };
}
