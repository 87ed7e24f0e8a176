/** What the store keeps of one question, and what a summary of them says. Plain values, no database types. */

export interface QuotedRef {
  articleId: string;
  /** The article's title when it was quoted. */
  article: string;
  paragraph: number;
}

export interface QuestionRecord {
  /** The Discord id of what asked (interaction or message): a vote's button names it. */
  id: string;
  at: number;
  guildId?: string;
  channelId?: string;
  frontEnd: 'gateway' | 'http';
  command: string;
  question: string;
  outcome: 'answered' | 'not-found';
  userHash: string;
  /** Best first. */
  passages: readonly QuotedRef[];
  /** For "not found": the words of the question the content lacks. */
  missing: readonly string[];
}

export type VoteOutcome = 'recorded' | 'changed' | 'unknown-answer';

export interface VoteRecord {
  questionId: string;
  userHash: string;
  helpful: boolean;
  /** "What were you looking for?" (not helpful only). */
  comment?: string;
  at: number;
}

export interface Insights {
  days: number;
  questions: number;
  answered: number;
  notFound: number;
  helpful: number;
  unhelpful: number;
  /** The most asked questions the content did not answer, grouped by their normalized text. */
  unanswered: Array<{ question: string; count: number }>;
  /** The words people asked about that the content lacks. */
  missing: Array<{ word: string; count: number }>;
  /** The passages (quoted first) with the most "not helpful" votes. */
  leastHelpful: Array<{ article: string; paragraph: number; helpful: number; unhelpful: number }>;
  /** Questions per day (UTC), oldest first, days without any included. */
  perDay: Array<{ day: string; questions: number }>;
  /** The latest "What were you looking for?" answers, with their question. */
  comments: Array<{ question: string; comment: string }>;
}

/** One question as `npm run insights -- --csv` exports it. */
export interface QuestionRow {
  at: number;
  guildId: string | null;
  channelId: string | null;
  frontEnd: string;
  command: string;
  question: string;
  outcome: string;
  quoted: string[];
  missing: string[];
  helpful: number;
  unhelpful: number;
}

export interface InsightsQuery {
  days: number;
  /** One server's records; undefined for all. */
  guildId?: string;
  now?: number;
}

export const DAY_MS = 86_400_000;

/** A server's own settings, as stored (undefined: the default). */
export interface ServerSettingsRow {
  guildId: string;
  privateByDefault?: boolean;
  cooldownSeconds?: number;
  updatedAt: number;
}

export interface ServerChannelRow {
  guildId: string;
  channelId: string;
  kind: 'forum' | 'ask';
  enabled: boolean;
  updatedAt: number;
}

export interface SettingsChanges {
  settings: ServerSettingsRow[];
  channels: ServerChannelRow[];
}
