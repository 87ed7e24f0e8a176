/**
 * The `ask` contract, checked by spawning the real command as other tools do.
 * Needs the build (npm test builds first).
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/project.js';

function ask(args: string[], options: { input?: string; env?: Record<string, string> } = {}) {
  const run = spawnSync('npm', ['run', '--silent', 'ask', '--', ...args], {
    cwd: PROJECT_ROOT,
    input: options.input,
    encoding: 'utf8',
    env: { ...process.env, ...options.env },
    timeout: 60_000,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

interface AskJson {
  kind: string;
  question: string;
  missing?: string[];
  answers: Array<{ text: string; article: string; paragraph: number; score: number }>;
}

describe('npm run ask', () => {
  it('--json quotes the osteocalcin paragraph first, with its article and paragraph number', () => {
    const run = ask(['--json', 'Which hormone released by bones can cross the blood-brain barrier?']);
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const result = JSON.parse(lines[0] ?? '') as AskJson;
    expect(result.question).toBe('Which hormone released by bones can cross the blood-brain barrier?');
    expect(result.answers.length).toBeGreaterThanOrEqual(1);
    expect(result.answers.length).toBeLessThanOrEqual(3);
    const [first] = result.answers;
    expect(first?.text).toContain('osteocalcin, a hormone released by bones');
    expect(first?.paragraph).toBe(5);
    expect(first?.article).toMatch(/Brain-Bone-Axis/);
    expect(typeof first?.score).toBe('number');
    expect(result.kind).toBe('answer');
  });

  it('--json says kind "not-found" with the missing words when the article never mentions what is asked', () => {
    const run = ask(['--json', 'Does osteocalcin cure diabetes?']);
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout) as AskJson;
    expect(result).toMatchObject({ kind: 'not-found', answers: [], missing: ['diabetes'] });
  });

  it('--json --stdin answers an empty line with a kind "notice" line, keeping the lines in step', () => {
    const run = ask(['--json', '--stdin'], { input: 'What is osteopontin?\n\nWhat is osteocalcin?\n' });
    expect(run.status).toBe(0);
    const kinds = run.stdout
      .trim()
      .split('\n')
      .map((l) => (JSON.parse(l) as AskJson).kind);
    expect(kinds).toEqual(['answer', 'notice', 'answer']);
  });

  it('--json --stdin --conversation answers follow-ups in their conversation; a blank line starts a new one', () => {
    const input = [
      'What does osteocalcin do?',
      'and what happens to it when depression is treated?',
      '',
      'and what happens to it when depression is treated?',
      '',
    ].join('\n');
    const run = ask(['--json', '--stdin', '--conversation'], { input });
    expect(run.status).toBe(0);
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as AskJson & { understood?: string });
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatchObject({ kind: 'answer', understood: 'What does osteocalcin do?' });
    expect(lines[1]).toMatchObject({
      kind: 'answer',
      question: 'and what happens to it when depression is treated?',
      understood: 'and what happens to osteocalcin when depression is treated?',
    });
    expect(lines[1]?.answers[0]?.text).toContain('osteocalcin, a hormone released by bones');
    expect(lines[2]?.understood).toBe('and what happens to it when depression is treated?');
  });

  it('--json routes questions about the article and the bot: kind "overview" with its passages, "help", "source"', () => {
    const run = ask(['--json', '--stdin'], { input: "What is this article about?\nhelp\nwhat's the source?\n" });
    const [overview, help, source] = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as AskJson);
    expect(overview?.kind).toBe('overview');
    expect(overview?.answers[0]?.paragraph).toBe(1);
    expect(help).toMatchObject({ kind: 'help', answers: [] });
    // The citation, with the passages that say it: the journal's, then the authors'.
    expect(source?.kind).toBe('source');
    expect(source?.answers.map((a) => a.paragraph)).toEqual([9, 2]);
  });

  it('stops quietly, exit 0, when its reader closes the pipe early (ask --stdin | head -1)', async () => {
    const child = spawn('node', ['dist/src/cli/ask.js', '--json', '--stdin'], { cwd: PROJECT_ROOT });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += String(chunk);
    });
    child.stdout.once('data', () => child.stdout.destroy());
    child.stdin.on('error', () => {});
    child.stdin.end('What is osteocalcin?\n'.repeat(5000));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  it('without --json says what the article lacks', () => {
    const run = ask(['Does osteocalcin cure diabetes?']);
    expect(run.stdout).toContain('says nothing about diabetes');
  });

  it('--json answers [] when the content has nothing on the question', () => {
    const run = ask(['--json', 'What is the capital of France?']);
    expect(run.status).toBe(0);
    expect((JSON.parse(run.stdout) as AskJson).answers).toEqual([]);
  });

  it('--json --stdin answers one line per question, in order, in one process', () => {
    const questions = ['What is osteopontin?', 'What is the capital of France?', 'In which journal was it published?'];
    const run = ask(['--json', '--stdin'], { input: `${questions.join('\n')}\n` });
    expect(run.status).toBe(0);
    const results = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as AskJson);
    expect(results.map((r) => r.question)).toEqual(questions);
    expect(results[1]?.answers).toEqual([]);
    expect(results[0]?.answers[0]?.text).toContain('osteopontin');
  });

  it('without --json prints the quote with its best sentence marked and the source line', () => {
    const run = ask(['Which hormone released by bones can cross the blood-brain barrier?']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/\*\*[^*]*osteocalcin[^*]*\*\*/i);
    expect(run.stdout).toMatch(/— ScienceAlert, “‘Brain-Bone-Axis’.*”, paragraph 5/);
  });

  it('refuses an empty or whitespace-only question with a clear message', () => {
    for (const question of ['', '   ']) {
      const run = ask(['--json', question]);
      expect(run.status).not.toBe(0);
      expect(run.stderr).toMatch(/question is empty/);
      expect(run.stdout).toBe('');
    }
  });

  it('exits non-zero, naming the file, when the content is unreadable', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bad-content-'));
    writeFileSync(join(dir, 'broken.md'), '---\ntitle: [oops\n---\n\nText\n');
    const run = ask(['--json', 'anything?'], { env: { CONTENT_DIR: dir } });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/broken\.md: broken front matter/);
    expect(run.stdout).toBe('');
  });

  it('carries the article URL in each answer when the content gives one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'url-content-'));
    writeFileSync(
      join(dir, 'walking.md'),
      '---\nid: walking\ntitle: Walking and bones\nurl: https://news.example.org/walking\n---\n\n' +
        'Older adults who walked every day kept more of their bone density.\n',
    );
    const run = ask(['--json', 'Does walking help bone density?'], { env: { CONTENT_DIR: dir, INDEX_CACHE: 'off' } });
    expect(run.status).toBe(0);
    const line = JSON.parse(run.stdout) as { kind: string; answers: Array<{ url?: string }> };
    expect(line.kind).toBe('answer');
    expect(line.answers[0]?.url).toBe('https://news.example.org/walking');
  });
});
