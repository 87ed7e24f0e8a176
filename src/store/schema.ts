/** The store's tables, as Kysely types them. Times are milliseconds since the epoch; users are keyed hashes only. */

interface QuestionsTable {
  /** The Discord id of what asked: the interaction, or the message that mentioned the bot. */
  id: string;
  at: number;
  guild_id: string | null;
  channel_id: string | null;
  /** gateway or http. */
  front_end: string;
  /** The slash command, or how a message reached the bot: mention, dm, ask-channel. */
  command: string;
  question: string;
  /** The question lowercased, without punctuation: what "the same question" groups by. */
  question_key: string;
  outcome: 'answered' | 'not-found';
  user_hash: string;
}

interface QuotedTable {
  question_id: string;
  /** 0 for the first (best) passage. */
  position: number;
  article_id: string;
  article: string;
  paragraph: number;
}

interface MissingTable {
  question_id: string;
  word: string;
}

interface VotesTable {
  question_id: string;
  user_hash: string;
  /** 1 helpful, 0 not helpful. */
  helpful: number;
  /** "What were you looking for?", when given. */
  comment: string | null;
  at: number;
}

interface MetaTable {
  key: string;
  value: string;
}

interface ServerSettingsTable {
  guild_id: string;
  /** 1 or 0; null: the default. */
  private_by_default: number | null;
  cooldown_seconds: number | null;
  updated_at: number;
}

interface ServerChannelsTable {
  channel_id: string;
  kind: 'forum' | 'ask';
  guild_id: string;
  enabled: number;
  updated_at: number;
}

export interface Database {
  server_settings: ServerSettingsTable;
  server_channels: ServerChannelsTable;
  questions: QuestionsTable;
  quoted: QuotedTable;
  missing: MissingTable;
  votes: VotesTable;
  meta: MetaTable;
}
