/**
 * Custom ids of the feedback buttons and modal: `vote:y:<answerId>`, `vote:n:<answerId>`, `why:<answerId>`. The
 * answer id is the Discord id of what asked (interaction or message), which the store keys the question by, so a
 * click works after a restart and on any replica.
 */
export type FeedbackKey = { kind: 'vote'; helpful: boolean; answerId: string } | { kind: 'why'; answerId: string };

const SNOWFLAKE = /^\d{1,20}$/;

export function voteId(answerId: string, helpful: boolean): string {
  return `vote:${helpful ? 'y' : 'n'}:${answerId}`;
}

export function whyId(answerId: string): string {
  return `why:${answerId}`;
}

export function decodeFeedbackId(customId: string): FeedbackKey | undefined {
  const vote = /^vote:([yn]):(\d+)$/.exec(customId);
  if (vote?.[2] && SNOWFLAKE.test(vote[2])) return { kind: 'vote', helpful: vote[1] === 'y', answerId: vote[2] };
  const why = /^why:(\d+)$/.exec(customId);
  if (why?.[1] && SNOWFLAKE.test(why[1])) return { kind: 'why', answerId: why[1] };
  return undefined;
}

/** The answer id of the feedback buttons on a message (raw components), if it carries them. */
export function feedbackAnswerIdOf(components: unknown): string | undefined {
  if (!Array.isArray(components)) return undefined;
  for (const row of components as Array<{ components?: unknown }>) {
    if (!Array.isArray(row?.components)) continue;
    for (const component of row.components as Array<{ custom_id?: unknown }>) {
      const key = typeof component?.custom_id === 'string' ? decodeFeedbackId(component.custom_id) : undefined;
      if (key?.kind === 'vote') return key.answerId;
    }
  }
  return undefined;
}
