import { describe, expect, it } from 'vitest';
import { askQuestion, commandSchemas, findCommand } from '../../commands/index.js';
import type { CommandOptions } from '../../commands/types.js';
import { contentDir } from '../../src/config.js';
import { loadContent } from '../../src/content/load.js';
import { parseArticleFile } from '../../src/content/parse.js';
import type { Article } from '../../src/content/types.js';
import { KnowledgeBase } from '../../src/search/knowledge-base.js';
import { runNow } from '../support/commands.js';

const shipped = loadContent(contentDir()).articles;

function article(id: string, title: string, extra = ''): Article {
  return parseArticleFile(
    `---\nid: ${id}\ntitle: ${title}\npublisher: Pub ${id}\n${extra}---\n\nA paragraph about ${title}.\n`,
    `${id}.md`,
  );
}

const library = (...articles: Article[]) => KnowledgeBase.build({ articles, synonyms: [] });

describe('/source', () => {
  it('cites the only article when there is one', () => {
    const kb = library(...shipped);
    const reply = runNow('source', {}, { kb });
    expect(reply).toMatchObject({ kind: 'citation', article: { id: 'bone-brain-axis' } });
    // With the passages that say where it comes from: the one naming the journal first, then the authors'.
    const passages = reply.kind === 'citation' ? (reply.passages ?? []) : [];
    expect(passages.map((p) => p.paragraph)).toEqual([9, 2]);
    const [journal, authors] = passages.map((p) => p.text.slice(...(p.highlights[0] ?? [0, 0])));
    expect(authors).toContain('Pengpeng Li of Xi’an Aerospace Hospital');
    expect(journal).toBe(
      'This study, published in the journal Biomolecules, underscores the importance of viewing the body as an interconnected system rather than a collection of isolated parts.',
    );
  });

  it('tells the study first when asked what kind of study it is', () => {
    const kb = library(...shipped);
    const reply = askQuestion('what kind of study is this?', { kb });
    expect(reply.kind).toBe('citation');
    expect(reply.kind === 'citation' ? reply.passages?.map((p) => p.paragraph) : []).toEqual([2, 9]);
    const source = askQuestion('source?', { kb });
    expect(source.kind === 'citation' ? source.passages?.map((p) => p.paragraph) : []).toEqual([9, 2]);
  });

  it('cites an article whose text names neither journal nor authors without passages', () => {
    const kb = library(article('walking', 'Walking and bones'));
    expect(runNow('source', {}, { kb })).toMatchObject({ kind: 'citation', passages: [] });
  });

  it('lists the articles when there are several and none is chosen, and cites the one chosen by id or title', () => {
    const kb = library(article('walking', 'Walking and bones'), article('sleep', 'Sleep and stress'));
    const source = {
      run: (options: CommandOptions, context: { kb: KnowledgeBase }) => runNow('source', options, context),
    };
    expect(source?.run({}, { kb })).toMatchObject({ kind: 'library', articles: [{ id: 'walking' }, { id: 'sleep' }] });
    expect(source?.run({ article: 'sleep' }, { kb })).toMatchObject({ kind: 'citation', article: { id: 'sleep' } });
    expect(source?.run({ article: 'WALKING AND BONES' }, { kb })).toMatchObject({
      kind: 'citation',
      article: { id: 'walking' },
    });
    expect(source?.run({ article: 'nothing like it' }, { kb })).toMatchObject({
      kind: 'library',
      missing: 'nothing like it',
    });
  });

  it('autocompletes the titles, sending the id', () => {
    const kb = library(article('walking', 'Walking and bones'), article('sleep', 'Sleep and stress'));
    expect(findCommand('source', kb)?.autocomplete?.('article', 'sle', { kb })).toEqual([
      { name: 'Sleep and stress', value: 'sleep' },
    ]);
    expect(findCommand('source', kb)?.autocomplete?.('article', '', { kb })).toHaveLength(2);
  });
});

describe('commands an article declares', () => {
  it('the bone-brain article declares /axis in its content; content without it registers no /axis', () => {
    expect(commandSchemas(shipped).map((s) => s.name)).toEqual([
      'ask',
      'axis',
      'tags',
      'source',
      'help',
      'Ask the article',
      'settings',
      'insights',
      'forget-me',
    ]);
    const other = [article('walking', 'Walking and bones')];
    expect(commandSchemas(other).map((s) => s.name)).toEqual([
      'ask',
      'tags',
      'source',
      'help',
      'Ask the article',
      'settings',
      'insights',
      'forget-me',
    ]);
    expect(findCommand('axis', library(...other))).toBeUndefined();
  });

  it('a declared command answers from its own article only', () => {
    const walking = article('walking', 'Walking and bones', 'command:\n  name: walk\n  description: About walking.\n');
    const kb = library(walking, article('sleep', 'Sleep and stress'));
    const reply = runNow('walk', { question: 'What about sleep and stress?' }, { kb });
    expect(reply?.kind).toBe('answer');
    if (reply?.kind === 'answer') {
      for (const passage of reply.answer.passages) expect(passage.articleId).toBe('walking');
    }
  });

  it('refuses a command name the bot uses, or one that breaks Discord rules, naming the file', () => {
    expect(() => article('a', 'A', 'command:\n  name: ask\n  description: Mine.\n')).toThrow(
      /a\.md: .*cannot be "ask"/,
    );
    expect(() => article('a', 'A', 'command:\n  name: Has Space\n  description: Mine.\n')).toThrow(/command\.name/);
    expect(() => article('a', 'A', `command:\n  name: ok\n  description: ${'x'.repeat(101)}\n`)).toThrow(
      /command\.description/,
    );
  });
});
