import type { GatewayMessageCreateDispatchData } from 'discord-api-types/v10';
import { beforeAll, describe, expect, it } from 'vitest';
import { contentDir } from '../../src/config.js';
import { COOLDOWN_NOTICE, FloodGuard } from '../../src/discord/flood-guard.js';
import { type MessagePolicy, questionOf, replyToMessage } from '../../src/discord/messages.js';
import { loadKnowledgeBase } from '../../src/search/index/load-knowledge-base.js';
import type { KnowledgeBase } from '../../src/search/knowledge-base.js';
import { expectWithinDiscordRules, renderableMentions, visibleText } from './discord-rules.js';

const BOT = '100000000000000001';
const USER = '200000000000000002';
const CHANNEL = '300000000000000003';
const ASK_CHANNEL = '300000000000000004';
const GUILD = '400000000000000004';
const policy: MessagePolicy = { botUserId: BOT, isAskChannel: (id) => id === ASK_CHANNEL };

let counter = 0;
function message(content: string, extra: Record<string, unknown> = {}): GatewayMessageCreateDispatchData {
  return {
    id: String(500000000000000000n + BigInt(counter++)),
    type: 0,
    channel_id: CHANNEL,
    guild_id: GUILD,
    author: { id: USER, username: 'asker' },
    content,
    mentions: [],
    mention_roles: [],
    mention_everyone: false,
    ...extra,
  } as unknown as GatewayMessageCreateDispatchData;
}

describe('questionOf', () => {
  it('takes a message that mentions the bot, without the mention', () => {
    expect(questionOf(message(`<@${BOT}> what is osteocalcin?`), policy)).toBe('what is osteocalcin?');
    expect(questionOf(message(`so <@!${BOT}>,   why   bones?`), policy)).toBe('so , why bones?');
    expect(questionOf(message(`<@${BOT}>`), policy)).toBe('');
  });

  it('ignores @everyone, @here, role mentions (even of its own role) and mentions of others', () => {
    expect(questionOf(message('@everyone what is osteocalcin?', { mention_everyone: true }), policy)).toBeUndefined();
    expect(questionOf(message('@here why?'), policy)).toBeUndefined();
    expect(questionOf(message(`<@&${BOT}> why?`, { mention_roles: [BOT] }), policy)).toBeUndefined();
    expect(questionOf(message('<@999999999999999999> why?'), policy)).toBeUndefined();
    expect(questionOf(message(`<@${BOT}0> why?`), policy)).toBeUndefined();
  });

  it('ignores bots, itself, webhooks and system messages', () => {
    const ask = `<@${BOT}> why?`;
    expect(questionOf(message(ask, { author: { id: '7', username: 'b', bot: true } }), policy)).toBeUndefined();
    expect(questionOf(message(ask, { author: { id: BOT, username: 'me', bot: true } }), policy)).toBeUndefined();
    expect(questionOf(message(ask, { webhook_id: '8' }), policy)).toBeUndefined();
    expect(questionOf(message(ask, { type: 7 }), policy)).toBeUndefined();
    expect(questionOf(message(ask, { type: 19 }), policy)).toBe('why?');
  });

  it('takes every DM', () => {
    expect(questionOf(message('what is the bone-brain axis', { guild_id: undefined }), policy)).toBe(
      'what is the bone-brain axis',
    );
  });

  it('takes a message ending in "?" in an ask channel, and nothing else there or elsewhere', () => {
    expect(questionOf(message('what is cortisol?', { channel_id: ASK_CHANNEL }), policy)).toBe('what is cortisol?');
    expect(questionOf(message('what is cortisol？ ', { channel_id: ASK_CHANNEL }), policy)).toBe('what is cortisol？');
    expect(questionOf(message('cortisol is a hormone', { channel_id: ASK_CHANNEL }), policy)).toBeUndefined();
    expect(questionOf(message('what is cortisol?'), policy)).toBeUndefined();
    expect(questionOf(message('', { channel_id: ASK_CHANNEL }), policy)).toBeUndefined();
  });

  it('leaves thanks and a nod in a thread it answers to the people there, and answers them when addressed', () => {
    const inThread = { ...policy, isForumFollowUp: () => true };
    for (const chatter of ['thanks!', 'ok', 'lol', 'hi everyone', 'ok?']) {
      expect(questionOf(message(chatter), inThread), chatter).toBeUndefined();
      expect(questionOf(message(chatter, { channel_id: ASK_CHANNEL }), policy), chatter).toBeUndefined();
    }
    expect(questionOf(message('thanks, and what about cortisol?'), inThread)).toBe('thanks, and what about cortisol?');
    // Said to the bot, it is answered (a "You're welcome", the help).
    expect(questionOf(message(`<@${BOT}> thanks!`), policy)).toBe('thanks!');
    expect(questionOf(message('thanks!', { guild_id: undefined }), policy)).toBe('thanks!');
  });
});

describe('replyToMessage', () => {
  let kb: KnowledgeBase;
  beforeAll(() => {
    kb = loadKnowledgeBase(contentDir());
  });

  it('replies to the message with the answer, pinging nobody', () => {
    const asked = message(`<@${BOT}> how does depression affect bones?`);
    const reply = replyToMessage(asked, policy, new FloodGuard(), kb);
    expect(reply?.message_reference).toMatchObject({ message_id: asked.id, channel_id: CHANNEL, guild_id: GUILD });
    expect(reply?.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(reply?.flags).toBeUndefined();
    expect(reply?.embeds[0]?.title).toBe('“how does depression affect bones?”');
    expectWithinDiscordRules(reply);
  });

  it('answers a bare mention with a hint, and ignores what is not for it', () => {
    const hint = replyToMessage(message(`<@${BOT}>`), policy, new FloodGuard(), kb);
    expect(hint?.embeds[0]?.description).toContain('Please type a question in words');
    expect(replyToMessage(message('hello all'), policy, new FloodGuard(), kb)).toBeUndefined();
  });

  it('sends one cooldown notice, as a reply, then nothing', () => {
    const guard = new FloodGuard();
    expect(replyToMessage(message(`<@${BOT}> first?`), policy, guard, kb)?.embeds).toHaveLength(1);
    const notice = replyToMessage(message(`<@${BOT}> second?`), policy, guard, kb);
    expect(notice?.embeds[0]?.description).toBe(COOLDOWN_NOTICE);
    expectWithinDiscordRules(notice);
    expect(replyToMessage(message(`<@${BOT}> third?`), policy, guard, kb)).toBeUndefined();
  });

  it('answers hostile questions safely', () => {
    for (const text of [
      '@everyone @here what is osteocalcin?',
      '<@&123456789012345678> what is cortisol?',
      `${'x'.repeat(6000)}?`,
      '\u200b\u200b\u202e?',
    ]) {
      const reply = replyToMessage(message(`<@${BOT}> ${text}`), policy, new FloodGuard(), kb);
      expectWithinDiscordRules(reply);
      expect(renderableMentions(visibleText(reply as never).replace(/\\./g, ''))).toEqual([]);
    }
  });
});
