import { PassThrough } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { contentDir } from '../../src/config.js';
import { replyToLine, runConsoleChat } from '../../src/console/chat.js';
import { renderReplyText } from '../../src/console/render-reply.js';
import { loadContent } from '../../src/content/load.js';
import { KnowledgeBase } from '../../src/search/knowledge-base.js';

let kb: KnowledgeBase;
beforeAll(() => {
  kb = KnowledgeBase.build(loadContent(contentDir({})));
});

async function chat(lines: string[]): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let text = '';
  output.on('data', (chunk: Buffer) => {
    text += chunk.toString('utf8');
  });
  const done = runConsoleChat(kb, { input, output, color: false });
  input.end(`${lines.join('\n')}\n`);
  await done;
  return text;
}

describe('the console chat', () => {
  it('says it is the offline mode and how to connect to Discord', async () => {
    const text = await chat([]);
    expect(text).toMatch(/Offline mode/);
    expect(text).toMatch(/DISCORD_TOKEN/);
    expect(text).toMatch(/Loaded 1 article, 9 passages/);
  });

  it('answers a plain question like /ask, quoting with the source', async () => {
    const text = await chat(['Which hormone released by bones can cross the blood-brain barrier?']);
    expect(text).toMatch(/\*\*[^*]*osteocalcin[^*]*\*\*/i);
    expect(text).toContain('One key player in this axis is osteocalcin');
    expect(text).toMatch(/— ScienceAlert, “.*”, paragraph 5/);
  });

  it('understands a follow-up in the chat since it started', async () => {
    const text = await chat(['What does osteocalcin do?', 'and what happens to it when depression is treated?']);
    expect(text).toContain('I took this as: “and what happens to osteocalcin when depression is treated?”');
  });

  it('runs slash commands, with Discord-style option prefixes', async () => {
    const asked = await replyToLine('/ask question: What is osteopontin? private:true', kb);
    expect(asked.kind).toBe('answer');
    if (asked.kind === 'answer') expect(asked.answer.passages[0]?.text).toContain('osteopontin');
    expect((await replyToLine('/tags', kb)).kind).toBe('tags');
    expect((await replyToLine('/source', kb)).kind).toBe('citation');
    expect((await replyToLine('/axis', kb)).kind).toBe('overview');
    expect((await replyToLine('/HELP', kb)).kind).toBe('help');
  });

  it('renders the citation with the study, its journal and authors with affiliations', async () => {
    const text = renderReplyText(await replyToLine('/source', kb));
    expect(text).toMatch(/Publisher: ScienceAlert/);
    expect(text).toMatch(/Review, in the journal Biomolecules/);
    expect(text).toMatch(/Pengpeng Li, Xi’an Aerospace Hospital/);
    expect(text).toMatch(/Xudong Zhao, Jiangnan University/);
  });

  it('leaves on "quit" or "exit" typed without the slash too', async () => {
    for (const word of ['quit', 'Exit', 'exit!']) {
      const text = await chat(['What is osteocalcin?', word, 'never read']);
      expect(text, word).toMatch(/Bye\.$/m);
      expect(text, word).not.toMatch(/never read|says nothing about/);
    }
  });

  it('answers an unknown command, an empty /ask and an out-of-scope question politely', async () => {
    const text = await chat(['/nope', '/ask', 'What is the capital of France?', '/quit', 'never read']);
    expect(text).toMatch(/There is no \/nope command/);
    expect(text).toMatch(/Please type a question/);
    expect(text).toMatch(/doesn't cover that/);
    expect(text).toMatch(/Bye\.$/m);
    expect(text).not.toMatch(/never read/);
  });
});

describe('the console chat in a terminal', () => {
  /** Types `keys` into a terminal-mode chat, a chunk at a time as a person would, and returns what it printed. */
  async function typeInTerminal(keys: string[]): Promise<string> {
    const input = new PassThrough();
    const output = new PassThrough();
    let text = '';
    output.on('data', (chunk: Buffer) => {
      text += chunk.toString('utf8');
    });
    const done = runConsoleChat(kb, { input, output, color: false, terminal: true });
    for (const key of keys) {
      input.write(key);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    input.end();
    await done;
    return text;
  }

  it('edits the line (arrow keys move the cursor) and recalls the last question with the up arrow', async () => {
    const text = await typeInTerminal([
      'What is osteocalin?',
      '\x1b[D\x1b[D\x1b[D', // three steps left: before "in?"
      'c', // "osteocalcin?"
      '\r',
      '\x1b[A', // up: the question again, from the session's history
      '\r',
      '/quit\r',
    ]);
    const answers = text.split('osteocalcin, a hormone released by bones').length - 1;
    expect(answers).toBeGreaterThanOrEqual(2);
    expect(text).not.toContain('^[[');
    expect(text).not.toMatch(/no passage|not covered/i);
  });
});
