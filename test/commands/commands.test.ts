import { beforeAll, describe, expect, it } from 'vitest';
import { cleanQuestion } from '../../commands/answering.js';
import { commandSchemas, commandsFor, findCommand } from '../../commands/index.js';
import { MAX_QUESTION_LENGTH } from '../../commands/limits.js';
import { toChoices } from '../../commands/types.js';
import { contentDir } from '../../src/config.js';
import { loadContent } from '../../src/content/load.js';
import { KnowledgeBase } from '../../src/search/knowledge-base.js';
import { runNow } from '../support/commands.js';

let kb: KnowledgeBase;
beforeAll(() => {
  kb = KnowledgeBase.build(loadContent(contentDir({})));
});

function run(name: string, options: Record<string, string | boolean> = {}) {
  return runNow(name, options, { kb });
}

const ALL = ['ask', 'axis', 'tags', 'source', 'help', 'Ask the article', 'settings', 'insights', 'forget-me'];

describe('command declarations', () => {
  it('declares each command once, with valid Discord schemas (slash commands and one message command)', () => {
    expect(commandsFor(kb.articles).map((c) => c.schema.name)).toEqual(ALL);
    for (const schema of commandSchemas(kb.articles)) {
      if ('type' in schema && schema.type === 3) {
        // A message command: a display name of 1 to 32 characters, no description, no options.
        expect(schema.name.length).toBeLessThanOrEqual(32);
        expect('options' in schema).toBe(false);
        continue;
      }
      if (!('description' in schema)) throw new Error('a slash command has no description');
      expect(schema.name).toMatch(/^[a-z-]{1,32}$/);
      expect(schema.description.length).toBeGreaterThan(0);
      expect(schema.description.length).toBeLessThanOrEqual(100);
      const check = (options: ReadonlyArray<{ name: string; description: string; options?: unknown }>) => {
        expect(options.length).toBeLessThanOrEqual(25);
        for (const option of options) {
          expect(option.name).toMatch(/^[a-z-]{1,32}$/);
          expect(option.description.length).toBeLessThanOrEqual(100);
          if (Array.isArray(option.options)) check(option.options);
        }
      };
      check(schema.options ?? []);
    }
  });

  it('gives every answering command an optional private flag', () => {
    for (const name of ['ask', 'axis', 'tags', 'source', 'help']) {
      const schema = findCommand(name, kb)?.schema;
      const flag = schema && 'options' in schema ? schema.options?.find((o) => o.name === 'private') : undefined;
      expect(flag).toMatchObject({ type: 5, required: false });
    }
  });
});

describe('command handlers', () => {
  it('/ask answers with passages and a paging key', () => {
    const reply = run('ask', { question: 'Which hormone released by bones can cross the blood-brain barrier?' });
    expect(reply.kind).toBe('answer');
    if (reply.kind !== 'answer') return;
    expect(reply.answer.passages[0]?.paragraph).toBe(5);
    expect(reply.paging).toEqual({ command: 'ask', input: reply.answer.question });
  });

  it('/ask refuses a question with no words politely, and clips a huge one', () => {
    expect(run('ask', { question: ' \u200b ?! ' }).kind).toBe('notice');
    const huge = run('ask', { question: `osteocalcin ${'very '.repeat(2000)}` });
    expect(huge.kind).toBe('answer');
    if (huge.kind === 'answer') {
      expect(huge.answer.question.length).toBeLessThanOrEqual(MAX_QUESTION_LENGTH);
      expect(huge.heading).toMatch(/long/);
    }
  });

  it('/axis without a question gives the four-part overview quoted from the article', () => {
    const reply = run('axis');
    expect(reply.kind).toBe('overview');
    if (reply.kind !== 'overview') return;
    expect(reply.parts.map((p) => p.passage.paragraph)).toEqual([1, 5, 6, 7]);
    expect(reply.parts[1]?.passage.text).toContain('osteocalcin');
    expect(reply.parts[2]?.passage.text).toContain('cortisol');
  });

  it('/axis with a question answers from this article only', () => {
    const reply = run('axis', { question: 'What does cortisol do?' });
    expect(reply.kind).toBe('answer');
    if (reply.kind === 'answer') {
      expect(reply.answer.passages.every((p) => p.articleId === 'bone-brain-axis')).toBe(true);
      expect(reply.paging.command).toBe('axis');
    }
  });

  it('/tags lists every tag, and with a tag quotes its passages', () => {
    const list = run('tags');
    expect(list.kind).toBe('tags');
    if (list.kind === 'tags') expect(list.tags).toHaveLength(15);
    const one = run('tags', { tag: 'osteocalcin and mood regulation' });
    expect(one.kind).toBe('answer');
    if (one.kind === 'answer') {
      expect(one.heading).toBe('Tag: Osteocalcin and mood regulation');
      expect(one.answer.passages[0]?.text).toContain('osteocalcin');
    }
  });

  it('/source cites the article and its study; /help lists every command', () => {
    const source = run('source');
    expect(source.kind === 'citation' && source.article.study?.journal).toBe('Biomolecules');
    const help = run('help');
    expect(help.kind === 'help' && help.commands.map((c) => c.name)).toEqual(ALL);
  });
});

describe('autocomplete', () => {
  it('/axis offers the typed text first, then questions and topics that match', () => {
    const choices = findCommand('axis', kb)?.autocomplete?.('question', 'osteo', { kb }) ?? [];
    expect(choices[0]?.name).toBe('osteo');
    expect(choices.length).toBeGreaterThan(1);
    expect(choices.some((c) => /osteocalcin/i.test(c.name))).toBe(true);
    const empty = findCommand('axis', kb)?.autocomplete?.('question', '', { kb }) ?? [];
    expect(empty.length).toBeGreaterThan(0);
  });

  it('/tags filters tags by what was typed', () => {
    const choices = findCommand('tags')?.autocomplete?.('tag', 'exer', { kb }) ?? [];
    expect(choices[0]?.name).toBe('Exercise and the bone-brain axis');
  });

  it('toChoices keeps suggestions in order, collapses spaces, and drops blanks and repeats', () => {
    const choices = toChoices(['', '   ', 'Bone  health', 'A', 'a', 'bone health', 't1']);
    expect(choices).toEqual([
      { name: 'Bone health', value: 'Bone health' },
      { name: 'A', value: 'A' },
      { name: 't1', value: 't1' },
    ]);
  });
});

describe('cleanQuestion', () => {
  it('drops Discord mentions, @everyone/@here and timestamps, which are not words of the question', () => {
    expect(cleanQuestion('@everyone what is osteocalcin? <@&123> <@42> <@!7> <#99> @here <t:1700000000:R>')).toBe(
      'what is osteocalcin?',
    );
    expect(cleanQuestion('<:pepe:123456> does exercise help')).toBe('does exercise help');
    expect(cleanQuestion('**what is the bone brain axis**')).toBe('what is the bone brain axis');
    expect(cleanQuestion('what is ||osteopontin|| and `cortisol`')).toBe('what is osteopontin and cortisol');
    expect(cleanQuestion('is __bone_density__ *really* low')).toBe('is bone_density really low');
  });

  it('drops emoji, with their skin tones and variation selectors, which set a tone but ask nothing', () => {
    expect(cleanQuestion('tl;dr pls \u{1F64F}')).toBe('tl;dr pls');
    expect(cleanQuestion('can exercise help?? \u{1F3CB}\uFE0F\u200D\u2640\uFE0F asking for my mom')).toBe(
      'can exercise help?? asking for my mom',
    );
    expect(cleanQuestion('\u{1F44D}\u{1F3FD} does cortisol \u2615 matter')).toBe('does cortisol matter');
    // Digits and the signs of a question stay.
    expect(cleanQuestion('is 2 # of hormones right?')).toBe('is 2 # of hormones right?');
  });

  it('reads an arrow emoji between two things as an arrow, which says one leads to the other', () => {
    expect(cleanQuestion('depression \u27A1\uFE0F bones?')).toBe('depression -> bones?');
    expect(cleanQuestion('depression\u27A1bones')).toBe('depression -> bones');
  });

  it('answers "tl;dr" with an emoji as it answers "tl;dr"', () => {
    expect(run('ask', { question: 'tl;dr pls \u{1F64F}' }).kind).toBe('overview');
  });

  it('drops pasted links, bare or in <...>, which are addresses rather than words of the question', () => {
    expect(cleanQuestion('is this true? https://www.sciencealert.com/bone-brain?x=1 what about cortisol')).toBe(
      'is this true? what about cortisol',
    );
    expect(cleanQuestion('<https://example.com/a> and www.example.org osteocalcin')).toBe('and osteocalcin');
  });

  it('answers a question wrapped in mentions as it answers the bare question', () => {
    const wrapped = run('ask', { question: '@everyone what is osteocalcin? <@&123> <@42>' });
    const bare = run('ask', { question: 'what is osteocalcin?' });
    expect(wrapped.kind === 'answer' && wrapped.answer.passages.map((p) => p.paragraph)).toEqual(
      bare.kind === 'answer' && bare.answer.passages.map((p) => p.paragraph),
    );
    expect(wrapped.kind === 'answer' && wrapped.answer.passages.length).toBeGreaterThan(0);
  });

  it('reads line breaks as the end of a sentence, a quote as its text, and struck-out words as taken back', () => {
    expect(cleanQuestion('> bones are organs now\nis this true?')).toBe('bones are organs now. is this true?');
    expect(cleanQuestion('my mum is 70,\r\nshe has osteoporosis.\n\nwhy?')).toBe(
      'my mum is 70, she has osteoporosis. why?',
    );
    expect(cleanQuestion('what does ~~cortisol~~ osteocalcin do')).toBe('what does osteocalcin do');
    expect(cleanQuestion('what is 5 > 3')).toBe('what is 5 > 3');
  });

  it('removes zero-width, bidi-override, control and lone surrogate characters', () => {
    expect(cleanQuestion('what\u200b is\u202e osteo\u0007calcin\ud800 ?')).toBe('what is osteo calcin ?');
  });
});
