import { describe, expect, it } from 'vitest';
import { scrubSecrets } from '../src/logger.js';
import { memoryLogger } from './support/logged-process.js';

const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4OQ.GhIjKl.abcdefghijklmnopqrstuvwxyz0123456789AB';
const INTERACTION_TOKEN = 'aW50ZXJhY3Rpb246MTIzNDU2Nzg5MDEyMzQ1Njc4OkFCQw';

describe('createLogger', () => {
  it('writes JSON lines at the configured level', () => {
    const { logger, lines } = memoryLogger();
    logger.trace('hidden');
    logger.info({ interactionId: '1', handleMs: 0.4 }, 'interaction answered');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] ?? '')).toMatchObject({ level: 30, interactionId: '1', msg: 'interaction answered' });
  });

  it('redacts token fields wherever they are', () => {
    const { logger, lines } = memoryLogger();
    logger.info({ token: TOKEN, config: { token: TOKEN }, interaction: { token: INTERACTION_TOKEN } }, 'x');
    logger.info({ headers: { authorization: `Bot ${TOKEN}` } }, 'y');
    const all = lines.join('\n');
    expect(all).not.toContain(TOKEN);
    expect(all).not.toContain(INTERACTION_TOKEN);
    expect(all).toContain('[redacted]');
  });

  it('scrubs tokens from errors (REST errors carry the URL, with the interaction token in it)', () => {
    const { logger, lines } = memoryLogger();
    const error = Object.assign(new Error(`Request to /interactions/123/${INTERACTION_TOKEN}/callback failed`), {
      url: `https://discord.com/api/v10/interactions/123/${INTERACTION_TOKEN}/callback`,
      requestBody: { json: { data: { content: 'what the user typed' } } },
    });
    logger.error({ err: error }, 'failed');
    logger.error({ err: new Error(`bad token ${TOKEN}`) }, 'failed');
    const all = lines.join('\n');
    expect(all).not.toContain(INTERACTION_TOKEN);
    expect(all).not.toContain(TOKEN);
    expect(all).not.toContain('what the user typed');
    expect(all).toContain('/interactions/123/[token]/callback');
  });
});

describe('scrubSecrets', () => {
  it('removes bot tokens and webhook tokens, and leaves other text alone', () => {
    expect(scrubSecrets(`token=${TOKEN};`)).toBe('token=[token];');
    expect(scrubSecrets('/webhooks/1/abc-def/messages/@original')).toBe('/webhooks/1/[token]/messages/@original');
    expect(scrubSecrets('GET /gateway/bot 200')).toBe('GET /gateway/bot 200');
  });
});
