/**
 * Sending an interaction's response over REST within Discord's 3 seconds. Our handlers answer in milliseconds, so
 * the response normally goes out as soon as it is computed. Should computing it ever take longer than
 * `deferAfterMs`, the interaction is acknowledged first (deferred) and the answer follows as an edit of the
 * original response (or a follow-up message), which Discord accepts for 15 minutes.
 */
import {
  type APIInteraction,
  type APIInteractionResponse,
  type APIInteractionResponseCallbackData,
  InteractionResponseType,
  InteractionType,
  MessageFlags,
} from 'discord-api-types/v10';
import { asksForPrivateAnswer } from './interactions.js';

/** The three REST calls an interaction response may need (all without the bot token: the interaction's own). */
export interface InteractionTransport {
  /** POST /interactions/{id}/{token}/callback */
  callback(interaction: APIInteraction, response: APIInteractionResponse): Promise<void>;
  /** PATCH /webhooks/{application}/{token}/messages/@original */
  editOriginal(interaction: APIInteraction, data: APIInteractionResponseCallbackData): Promise<void>;
  /** POST /webhooks/{application}/{token} */
  followUp(interaction: APIInteraction, data: APIInteractionResponseCallbackData): Promise<void>;
}

export const DEFER_AFTER_MS = 2_000;

export type ResponseOutcome = 'answered' | 'deferred';

/**
 * Computes and sends the response to `interaction`. Resolves once Discord has it; rejects only if a REST call
 * failed after discord.js's own retries.
 */
export async function respondInTime(
  interaction: APIInteraction,
  compute: () => APIInteractionResponse | Promise<APIInteractionResponse>,
  transport: InteractionTransport,
  deferAfterMs = DEFER_AFTER_MS,
): Promise<ResponseOutcome> {
  const response = Promise.resolve().then(compute);
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), deferAfterMs);
  });
  const first = await Promise.race([response, late]);
  clearTimeout(timer);
  if (first !== 'late') {
    await transport.callback(interaction, first);
    return 'answered';
  }

  const deferral = deferralFor(interaction);
  if (!deferral) {
    // Autocomplete cannot be deferred: send the choices whenever they are ready.
    await transport.callback(interaction, await response);
    return 'answered';
  }
  await transport.callback(interaction, deferral);
  const final = await response;
  if (!('data' in final) || !final.data) return 'deferred';
  const data = final.data as APIInteractionResponseCallbackData;
  if (
    final.type === InteractionResponseType.ChannelMessageWithSource &&
    deferral.type === InteractionResponseType.DeferredMessageUpdate
  ) {
    // A button that posts a new message (e.g. "Post to channel"), after acknowledging the click.
    await transport.followUp(interaction, data);
  } else {
    // The deferred response is "the original": its visibility was fixed by the deferral, so flags stay out.
    const { flags: _fixed, ...edit } = data;
    await transport.editOriginal(interaction, edit);
  }
  return 'deferred';
}

/** The acknowledgement for an interaction that takes long: "thinking…" for commands, a silent ack for buttons. */
function deferralFor(interaction: APIInteraction): APIInteractionResponse | undefined {
  switch (interaction.type) {
    case InteractionType.ApplicationCommand:
      return {
        type: InteractionResponseType.DeferredChannelMessageWithSource,
        ...(asksForPrivateAnswer(interaction) ? { data: { flags: MessageFlags.Ephemeral } } : {}),
      };
    case InteractionType.MessageComponent:
      return { type: InteractionResponseType.DeferredMessageUpdate };
    default:
      return undefined;
  }
}
