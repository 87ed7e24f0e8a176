/**
 * The content model: what an article is once its file has been read and validated.
 * Nothing here knows about search or Discord.
 */

/** One author of the study an article reports, with where they work. */
export interface Author {
  name: string;
  affiliation?: string;
}

/** The study (paper, review...) that an article reports on, when it names one. */
export interface Study {
  /** What kind of work it is, e.g. "review". */
  kind?: string;
  title?: string;
  journal?: string;
  authors: Author[];
}

/** One paragraph of an article, quoted verbatim. */
export interface Passage {
  /** Id of the article the passage belongs to. */
  articleId: string;
  /** 1-based paragraph number within its article. */
  paragraph: number;
  text: string;
}

/**
 * One section of an article's overview (the topic command without a question):
 * a heading, and the paragraph it quotes (chosen by a person, not by search).
 */
export interface OverviewSection {
  heading: string;
  /** 1-based paragraph number. */
  paragraph: number;
}

/**
 * A slash command of the article's own (the bone-brain article's /axis): an overview without a question, answers
 * from this article only with one. Declared in the content, so a deployment without the article has no command.
 */
export interface ArticleCommand {
  /** Discord's rules for a command name: 1 to 32 lowercase letters, digits, "-" or "_". */
  name: string;
  /** 1 to 100 characters. */
  description: string;
}

/** A validated article: its metadata and its paragraphs in order. */
export interface Article {
  /** Stable id, unique across the content folder (from front matter, else the file name). */
  id: string;
  title: string;
  headline?: string;
  publisher?: string;
  /** Only when the source gives one: we never invent URLs or dates. */
  url?: string;
  published?: string;
  /** Who wrote the article itself (the study's authors are under `study`). */
  authors: string[];
  study?: Study;
  tags: string[];
  /** Optional, hand-written: the sections of an overview quoted from the article. */
  overview: OverviewSection[];
  /** Optional: the article's own slash command. */
  command?: ArticleCommand;
  /** Optional, hand-written: example questions the article answers (offered by autocomplete). */
  questions: string[];
  passages: Passage[];
  /** The file it was read from, for error messages and citations of the content itself. */
  file: string;
}
