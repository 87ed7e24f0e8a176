/**
 * Message routes of the fake REST API: channel messages, interaction callbacks and the interaction webhook
 * (`@original` and follow-ups). Messages are stored in the fake's state, so a reply can be fetched, edited or
 * deleted later, and bot messages are echoed on the gateway like Discord does.
 */
import { ChannelType, InteractionResponseType, InteractionType, MessageFlags, PermissionFlagsBits } from 'discord.js';
import type { JsonObject } from './fake-discord-model.js';
import type { Reply, Route, RouteContext } from './fake-discord-rest.js';
import type { ChannelRecord, FakeMessage, InteractionRecord } from './fake-discord-state.js';
import { normalizeCommands, RestError, unknown, validateMessageBody, validateModal } from './fake-discord-validate.js';

const ok = (body: unknown): Reply => ({ status: 200, body });
const noContent: Reply = { status: 204 };

/** Application command routes, global or per guild (bulk overwrite keeps ids of unchanged names). */
export function commandRoutes(scope: 'global' | 'guild'): Route[] {
  const base = scope === 'global' ? '/applications/:app/commands' : '/applications/:app/guilds/:guild/commands';
  const store = ({ params, state }: RouteContext) => {
    if (params.app !== state.applicationId) throw unknown('Application', 10002);
    if (scope === 'guild' && !state.guild(params.guild)) throw new RestError(403, 'Missing Access', 50001);
    const key = scope === 'guild' ? (params.guild as string) : null;
    if (!state.commands.has(key)) state.commands.set(key, new Map());
    return { key, map: state.commands.get(key) as Map<string, JsonObject> };
  };
  const find = (ctx: RouteContext) => {
    const command = store(ctx).map.get(ctx.params.command as string);
    if (!command) throw unknown('application command', 10063);
    return command;
  };
  return [
    ['GET', base, true, (ctx) => ok([...store(ctx).map.values()])],
    [
      'PUT',
      base,
      true,
      (ctx) => {
        const { key, map } = store(ctx);
        const commands = normalizeCommands(ctx.req.body, map.values(), ctx.state.applicationId, key);
        map.clear();
        for (const command of commands) map.set(String(command.id), command);
        return ok(commands);
      },
    ],
    [
      'POST',
      base,
      true,
      (ctx) => {
        const { key, map } = store(ctx);
        const body = ctx.req.body as JsonObject;
        const [command] = normalizeCommands([body], map.values(), ctx.state.applicationId, key) as [JsonObject];
        const created = !map.has(String(command.id));
        map.set(String(command.id), command);
        return { status: created ? 201 : 200, body: command };
      },
    ],
    ['GET', `${base}/:command`, true, (ctx) => ok(find(ctx))],
    [
      'PATCH',
      `${base}/:command`,
      true,
      (ctx) => {
        const command = Object.assign(find(ctx), ctx.req.body as JsonObject, { version: String(Date.now()) });
        return ok(command);
      },
    ],
    [
      'DELETE',
      `${base}/:command`,
      true,
      (ctx) => {
        store(ctx).map.delete(String(find(ctx).id));
        return { status: 204 };
      },
    ],
  ];
}
const LOADING = 1 << 7; // MessageFlags.Loading

const THREADS: ReadonlySet<unknown> = new Set([
  ChannelType.PublicThread,
  ChannelType.PrivateThread,
  ChannelType.AnnouncementThread,
]);

function channelOf({ params, state }: RouteContext, wanted: bigint): ChannelRecord {
  const record = state.channels.get(params.channel as string);
  if (!record) throw unknown('Channel', 10003);
  const guild = state.guild(record.guildId);
  // In a thread, sending takes Send Messages in Threads; an archived or locked thread takes nothing new.
  const inThread = THREADS.has(record.channel.type);
  const sends = (wanted & PermissionFlagsBits.SendMessages) !== 0n;
  const need =
    inThread && sends
      ? (wanted & ~PermissionFlagsBits.SendMessages) | PermissionFlagsBits.SendMessagesInThreads
      : wanted;
  const metadata = record.channel.thread_metadata as { archived?: boolean; locked?: boolean } | undefined;
  if (inThread && sends && (metadata?.archived || metadata?.locked))
    throw new RestError(400, 'Thread is archived', 50083);
  if (guild && ((guild.everyonePermissions | guild.botPermissions) & need) !== need) {
    throw need === PermissionFlagsBits.ViewChannel
      ? new RestError(403, 'Missing Access', 50001)
      : new RestError(403, 'Missing Permissions', 50013);
  }
  return record;
}

function channelMessage(ctx: RouteContext): { channel: ChannelRecord; message: FakeMessage } {
  const channel = channelOf(ctx, PermissionFlagsBits.ViewChannel | PermissionFlagsBits.ReadMessageHistory);
  const message = channel.messages.get(ctx.params.message as string);
  if (!message) throw unknown('Message', 10008);
  return { channel, message };
}

/** Applies a PATCH body to a stored message (content, embeds, components, flags, attachments). */
function applyEdit(ctx: RouteContext, message: FakeMessage, prefix: string[] = []): FakeMessage {
  const body = (ctx.req.body ?? {}) as JsonObject;
  validateMessageBody(body, ctx.req.files.length, prefix, true);
  for (const key of ['content', 'embeds', 'components', 'flags'] as const) {
    if (key in body) (message as JsonObject)[key] = body[key] ?? (key === 'content' ? '' : key === 'flags' ? 0 : []);
  }
  const fresh = ctx.attachments(message.channel_id);
  if (Array.isArray(body.attachments)) {
    const keep = new Set((body.attachments as JsonObject[]).map((a) => String(a.id)));
    message.attachments = [...(message.attachments as JsonObject[]).filter((a) => keep.has(String(a.id))), ...fresh];
  } else if (fresh.length > 0) {
    message.attachments = [...(message.attachments as JsonObject[]), ...fresh];
  }
  message.flags = (message.flags as number) & ~LOADING;
  message.edited_timestamp = new Date().toISOString();
  return message;
}

const isEphemeral = (m: FakeMessage) => ((m.flags as number) & MessageFlags.Ephemeral) !== 0;

function echo(ctx: RouteContext, event: 'MESSAGE_CREATE' | 'MESSAGE_UPDATE' | 'MESSAGE_DELETE', m: FakeMessage): void {
  if (!isEphemeral(m)) ctx.hooks.onBotMessage(event, m);
}

/** The message an interaction response/follow-up creates, with webhook and interaction metadata. */
function responseMessage(
  ctx: RouteContext,
  rec: InteractionRecord,
  body: JsonObject,
  extra: JsonObject = {},
): FakeMessage {
  const p = rec.payload;
  const user = (p.member as JsonObject | undefined)?.user ?? p.user;
  const isCommand = p.type === InteractionType.ApplicationCommand;
  const metadata = {
    id: p.id,
    type: p.type,
    user,
    authorizing_integration_owners: p.authorizing_integration_owners,
    ...(isCommand ? { name: p.data.name, command_type: p.data.type } : {}),
    ...(p.type === InteractionType.MessageComponent ? { interacted_message_id: rec.originalMessageId } : {}),
    ...extra,
  };
  return ctx.state.botMessage(p.channel_id, body, ctx.attachments(p.channel_id), {
    type: isCommand ? (p.data.type === 1 ? 20 : 23) : 0,
    webhook_id: ctx.state.applicationId,
    application_id: ctx.state.applicationId,
    interaction_metadata: metadata,
    interaction: { id: p.id, type: p.type, name: p.data.name ?? p.data.custom_id, user },
  });
}

const invalidType = () =>
  new RestError(400, 'Invalid Form Body', 50035, {
    type: {
      _errors: [{ code: 'INTERACTION_RESPONSE_TYPE_INVALID', message: 'Interaction response type is invalid.' }],
    },
  });

function callback(ctx: RouteContext): Reply {
  const { params, req, state, hooks } = ctx;
  const rec = state.interactions.get(params.interaction as string);
  if (!rec || rec.payload.token !== params.token) throw unknown('interaction', 10062);
  if (rec.callbacks.length > 0) throw new RestError(400, 'Interaction has already been acknowledged.', 40060);
  const late = hooks.interactionDeadlineMs !== undefined && Date.now() - rec.createdAt > hooks.interactionDeadlineMs;
  if (late) throw unknown('interaction', 10062);
  const body = (req.body ?? {}) as JsonObject;
  const type = Number(body.type);
  const data = (body.data ?? {}) as JsonObject;
  const kind = rec.payload.type;
  const onMessage = kind === InteractionType.MessageComponent || kind === InteractionType.ModalSubmit;
  let message: FakeMessage | undefined;
  switch (type) {
    case InteractionResponseType.ChannelMessageWithSource:
      if (kind === InteractionType.ApplicationCommandAutocomplete) throw invalidType();
      validateMessageBody(data, req.files.length, ['data']);
      message = responseMessage(ctx, rec, data);
      echo(ctx, 'MESSAGE_CREATE', message);
      break;
    case InteractionResponseType.DeferredChannelMessageWithSource:
      if (kind === InteractionType.ApplicationCommandAutocomplete) throw invalidType();
      message = responseMessage(ctx, rec, { flags: ((data.flags as number | undefined) ?? 0) | LOADING });
      echo(ctx, 'MESSAGE_CREATE', message);
      break;
    case InteractionResponseType.DeferredMessageUpdate:
    case InteractionResponseType.UpdateMessage: {
      const original = rec.originalMessageId ? state.messages.get(rec.originalMessageId) : undefined;
      if (!onMessage || !original) throw invalidType();
      message = original;
      if (type === InteractionResponseType.UpdateMessage) {
        applyEdit({ ...ctx, req: { ...req, body: data } }, original, ['data']);
        echo(ctx, 'MESSAGE_UPDATE', original);
      }
      break;
    }
    case InteractionResponseType.ApplicationCommandAutocompleteResult:
      if (kind !== InteractionType.ApplicationCommandAutocomplete) throw invalidType();
      if (!Array.isArray(data.choices) || data.choices.length > 25) {
        throw new RestError(400, 'Invalid Form Body', 50035, {
          data: { choices: { _errors: [{ code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 25 or fewer in length.' }] } },
        });
      }
      break;
    case InteractionResponseType.Modal:
      if (kind === InteractionType.ApplicationCommandAutocomplete || kind === InteractionType.ModalSubmit) {
        throw invalidType();
      }
      validateModal(data);
      break;
    default:
      throw invalidType();
  }
  rec.callbacks.push({ type, ...(body.data !== undefined ? { data } : {}) });
  // @original is the response message (type 4/5), or the component's message (type 6/7).
  if (message) rec.originalMessageId = message.id;
  if (req.query.with_response !== 'true') return noContent;
  return ok({
    interaction: {
      id: rec.payload.id,
      type: kind,
      ...(message
        ? {
            response_message_id: message.id,
            response_message_loading: ((message.flags as number) & LOADING) !== 0,
            response_message_ephemeral: isEphemeral(message),
          }
        : {}),
    },
    resource: { type, ...(message ? { message } : {}) },
  });
}

function webhookInteraction({ params, state }: RouteContext): InteractionRecord {
  const rec = params.app === state.applicationId ? state.interactionByToken(params.token as string) : undefined;
  if (!rec) throw unknown('Webhook', 10015);
  return rec;
}

function webhookMessage(ctx: RouteContext): FakeMessage {
  const rec = webhookInteraction(ctx);
  const wanted = ctx.params.message as string;
  const id = wanted === '@original' ? rec.originalMessageId : wanted;
  const message = id ? ctx.state.messages.get(id) : undefined;
  if (!message) throw unknown('Message', 10008);
  return message;
}

export const messageRoutes: Route[] = [
  ['GET', '/channels/:channel', true, (ctx) => ok(channelOf(ctx, PermissionFlagsBits.ViewChannel).channel)],
  [
    'POST',
    '/channels/:channel/typing',
    true,
    (ctx) => {
      channelOf(ctx, PermissionFlagsBits.SendMessages);
      return noContent;
    },
  ],
  [
    'GET',
    '/channels/:channel/messages',
    true,
    (ctx) => {
      const channel = channelOf(ctx, PermissionFlagsBits.ViewChannel | PermissionFlagsBits.ReadMessageHistory);
      const limit = Math.min(100, Number(ctx.req.query.limit ?? 50));
      return ok([...channel.messages.values()].reverse().slice(0, limit));
    },
  ],
  [
    'POST',
    '/channels/:channel/messages',
    true,
    (ctx) => {
      const channel = channelOf(ctx, PermissionFlagsBits.ViewChannel | PermissionFlagsBits.SendMessages);
      const body = (ctx.req.body ?? {}) as JsonObject;
      validateMessageBody(body, ctx.req.files.length);
      const ref = body.message_reference as JsonObject | undefined;
      if (ref?.message_id && !channel.messages.has(String(ref.message_id)) && ref.fail_if_not_exists !== false) {
        throw new RestError(400, 'Invalid Form Body', 50035, {
          message_reference: { _errors: [{ code: 'MESSAGE_REFERENCE_UNKNOWN_MESSAGE', message: 'Unknown message' }] },
        });
      }
      const channelId = String(channel.channel.id);
      const message = ctx.state.botMessage(channelId, body, ctx.attachments(channelId));
      echo(ctx, 'MESSAGE_CREATE', message);
      return ok(message);
    },
  ],
  ['GET', '/channels/:channel/messages/:message', true, (ctx) => ok(channelMessage(ctx).message)],
  [
    'PATCH',
    '/channels/:channel/messages/:message',
    true,
    (ctx) => {
      const { message } = channelMessage(ctx);
      if ((message.author as JsonObject).id !== ctx.state.botUser.id) {
        throw new RestError(403, 'Cannot edit a message authored by another user', 50005);
      }
      echo(ctx, 'MESSAGE_UPDATE', applyEdit(ctx, message));
      return ok(message);
    },
  ],
  [
    'DELETE',
    '/channels/:channel/messages/:message',
    true,
    (ctx) => {
      const { message } = channelMessage(ctx);
      ctx.state.deleteMessage(message);
      echo(ctx, 'MESSAGE_DELETE', message);
      return noContent;
    },
  ],
  ['POST', '/interactions/:interaction/:token/callback', false, callback],
  [
    'POST',
    '/webhooks/:app/:token',
    false,
    (ctx) => {
      const rec = webhookInteraction(ctx);
      if (rec.callbacks.length === 0) throw unknown('Webhook', 10015);
      const body = (ctx.req.body ?? {}) as JsonObject;
      validateMessageBody(body, ctx.req.files.length);
      const message = responseMessage(ctx, rec, body, { original_response_message_id: rec.originalMessageId });
      echo(ctx, 'MESSAGE_CREATE', message);
      return ctx.req.query.wait === 'true' ? ok(message) : noContent;
    },
  ],
  ['GET', '/webhooks/:app/:token/messages/:message', false, (ctx) => ok(webhookMessage(ctx))],
  [
    'PATCH',
    '/webhooks/:app/:token/messages/:message',
    false,
    (ctx) => {
      const message = applyEdit(ctx, webhookMessage(ctx));
      echo(ctx, 'MESSAGE_UPDATE', message);
      return ok(message);
    },
  ],
  [
    'DELETE',
    '/webhooks/:app/:token/messages/:message',
    false,
    (ctx) => {
      const message = webhookMessage(ctx);
      ctx.state.deleteMessage(message);
      echo(ctx, 'MESSAGE_DELETE', message);
      return noContent;
    },
  ],
];
