import { describe, expect, it } from 'vitest';
import { escapeMarkdown, escapeUserText } from '../../src/discord/escape.js';
import { renderableMentions } from './discord-rules.js';

describe('escapeMarkdown', () => {
  it('escapes emphasis, strikethrough, spoilers, code and code fences', () => {
    expect(escapeMarkdown('**bold** _it_ ~~s~~ ||spoiler|| `code`')).toBe(
      '\\*\\*bold\\*\\* \\_it\\_ \\~\\~s\\~\\~ \\|\\|spoiler\\|\\| \\`code\\`',
    );
    expect(escapeMarkdown('```js\nx\n```')).toBe('\\`\\`\\`js\nx\n\\`\\`\\`');
  });

  it('escapes the backslash itself, so an escape cannot be undone', () => {
    expect(escapeMarkdown('\\*')).toBe('\\\\\\*');
  });

  it('escapes mentions, channels, emoji and timestamps (<...>) and masked links', () => {
    expect(escapeMarkdown('<@123> <@&4> <#5> <t:1>')).toBe('\\<@123\\> \\<@&4\\> \\<#5\\> \\<t:1\\>');
    expect(escapeMarkdown('[click](https://x.example)')).toBe('\\[click\\](https://x.example)');
  });

  it('escapes headings, subtext, quotes and list items only where they count: at a line start', () => {
    expect(escapeMarkdown('# big\n-# small\n> quote\n- item\n1. first')).toBe(
      '\\# big\n\\-# small\n\\> quote\n\\- item\n1\\. first',
    );
    expect(escapeMarkdown('a - b #1 2. c')).toBe('a - b #1 2. c');
  });
});

describe('escapeUserText', () => {
  it('leaves no mention that could render, @everyone and @here included', () => {
    const text = escapeUserText('hi @everyone and @here <@123> <@!456> <@&789>');
    expect(renderableMentions(text)).toEqual([]);
    expect(text).toContain('@\u200beveryone');
  });

  it('breaks links', () => {
    expect(escapeUserText('see https://evil.example/x')).toBe('see https:/\u200b/evil.example/x');
  });

  it('leaves plain text alone', () => {
    expect(escapeUserText('What is the bone-brain axis?')).toBe('What is the bone-brain axis?');
  });
});
