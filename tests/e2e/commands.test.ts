/**
 * Every slash command, run by the real bot process against the emulator, answers a question about
 * the seed dataset (data/events.json) with what the dataset says; autocomplete suggests people,
 * page buttons page for their owner only, and `private:true` replies are ephemeral.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { InteractionResponseType, MessageFlags } from 'discord.js';
import type { APIMessage } from 'discord.js';
import { describe, expect, it } from 'vitest';
import type { OptionValue } from '../emulator/discord-emulator.js';
import { repoRoot } from './harness.js';
import {
  buttonsOf,
  deprecationWarnings,
  embedText,
  interactionLog,
  newUserId,
  sharedBotSession,
  unknownRoutes,
  warningsLogged,
} from './fixtures/bot-session.js';
import { ISSUE_COMMAND_NAMES } from '../commands/names.js';

interface SeedDataset {
  events: { id: string; title: string }[];
  quotes: { text: string; speakerId?: string | null }[];
  people: { id: string; kind: string; name: string }[];
  sources: unknown[];
  attributions: { input: string; text: string }[];
}

const seed = JSON.parse(
  readFileSync(path.join(repoRoot, 'data/events.json'), 'utf8'),
) as SeedDataset;
const sessions = seed.people.find((person) => person.name === 'Jeff Sessions');
if (sessions === undefined) throw new Error('the seed dataset must name Jeff Sessions');
const quoteText = (words: string): string => {
  const quote = seed.quotes.find((candidate) => candidate.text.includes(words));
  if (quote === undefined) throw new Error(`no seed quote contains "${words}"`);
  return quote.text;
};

const session = sharedBotSession();

/** Runs a command as a new user and waits for the final reply. */
async function ask(
  name: string,
  options: Record<string, OptionValue> = {},
  userId: string = newUserId(),
): Promise<{ id: string; userId: string; message: APIMessage; callbackType: number }> {
  const { emulator } = session();
  const sent = await emulator.sendSlashCommand({ name, options, userId });
  const response = await emulator.waitForInteractionResponse(sent.id, {
    final: true,
    timeoutMs: 10_000,
  });
  if (response.message === undefined) throw new Error(`/${name} left no message`);
  return { id: sent.id, userId, message: response.message, callbackType: response.callbackType };
}

describe('slash commands on the seed dataset', () => {
  it('/ask "When did Sessions recuse himself?" answers in the interaction callback, in time, with 2 March 2017 and its source', async () => {
    const question = 'When did Sessions recuse himself?';
    const { id, message, callbackType } = await ask('ask', { question });

    expect(callbackType).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(session().emulator.interaction(id)?.edits).toEqual([]);
    expect(session().emulator.interaction(id)?.callback?.latencyMs).toBeLessThan(3_000);
    const embed = message.embeds[0];
    expect(embed?.title).toBe(question);
    expect(embed?.fields?.[0]?.name).toContain('2 March 2017');
    expect(embed?.fields?.[0]?.value).toMatch(/recus/i);
    expect(embedText(message)).toContain('https://t.co/4nTtDyMBID');
    expect(message.flags ?? 0).not.toBe(MessageFlags.Ephemeral);
    expect(session().emulator.messagesIn(session().emulator.guildChannelId)).toContainEqual(
      expect.objectContaining({ id: message.id }),
    );
    expect(await interactionLog(session().bot, { interactionId: id })).toMatchObject({
      kind: 'command',
      command: 'ask',
      outcome: 'answered',
    });
  });

  it("/quote search:honest speaker:<Sessions' id> shows his quote about Senator Franken", async () => {
    const { message } = await ask('quote', { search: 'honest', speaker: sessions.id });

    expect(message.embeds[0]?.title).toBe('Quotes by Jeff Sessions');
    expect(embedText(message)).toContain(quoteText('honest and correct'));
  });

  it("/who name:<Sessions' id> shows his card with his roles and quotes", async () => {
    const { message } = await ask('who', { name: sessions.id });

    expect(message.embeds[0]?.title).toBe('Jeff Sessions');
    const text = embedText(message);
    expect(text).toContain('Attorney General');
    expect(text).toContain(quoteText('honest and correct'));
  });

  it('/date when:"March 2 2017" lists the events of that day', async () => {
    const { message } = await ask('date', { when: 'March 2 2017' });

    expect(message.embeds[0]?.title).toBe('What happened on 2 March 2017');
    expect(embedText(message)).toMatch(/recusing himself/);
  });

  it("/event query:recuse shows the recusal's card with its date and sources", async () => {
    const { message } = await ask('event', { query: 'recuse' });
    const event = seed.events[0];

    expect(message.embeds[0]?.title).toBe(event?.title);
    const text = embedText(message);
    expect(text).toContain('2 March 2017');
    expect(text).toContain(`Sources (${String(seed.sources.length)})`);
  });

  it("/timeline person:<Sessions' id> lists his events and quotes oldest first", async () => {
    const { message } = await ask('timeline', { person: sessions.id });

    expect(message.embeds[0]?.title).toBe('Timeline · Jeff Sessions');
    const dates = (message.embeds[0]?.fields ?? []).map((field) => field.name);
    expect(dates[0]).toContain('January 2017');
    expect(dates.at(-1)).toContain('2 March 2017');
  });

  it('/verify quote:"I have not met with any Russians" confirms the words and shows the real quote', async () => {
    const { message } = await ask('verify', { quote: 'I have not met with any Russians' });

    const text = embedText(message);
    expect(text).toContain('Those words are in the dataset');
    expect(text).toContain(quoteText('I have not met with any Russians'));
  });

  it('/help lists every command', async () => {
    const { message } = await ask('help');

    const text = embedText(message);
    for (const name of ISSUE_COMMAND_NAMES) expect(text).toContain(`/${name}`);
  });

  it("/about reports the dataset's size and the bot's version", async () => {
    const { message } = await ask('about');
    const { version } = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
      version: string;
    };

    const fields = Object.fromEntries(
      (message.embeds[0]?.fields ?? []).map((field) => [field.name, field.value]),
    );
    expect(fields).toMatchObject({
      Events: String(seed.events.length),
      Quotes: String(seed.quotes.length),
      People: String(seed.people.filter((person) => person.kind === 'person').length),
      Version: version,
      'Data credits': seed.attributions.map((attribution) => attribution.text).join('\n'),
    });
  });

  it('autocomplete of /who name:sess offers Jeff Sessions, by id', async () => {
    const { emulator } = session();
    const sent = await emulator.sendAutocomplete({
      name: 'who',
      options: { name: 'sess' },
      focused: 'name',
      userId: newUserId(),
    });
    const response = await emulator.waitForInteractionResponse(sent.id);

    expect(response.callbackType).toBe(
      InteractionResponseType.ApplicationCommandAutocompleteResult,
    );
    expect(response.choices).toContainEqual({
      name: expect.stringContaining('Jeff Sessions') as string,
      value: sessions.id,
    });
  });

  it("answers in the bot's DM and, user-installed, in someone else's DM", async () => {
    const { emulator } = session();
    const userId = newUserId();
    const places = [{ dm: true as const }, { privateChannel: true as const }];
    const titles = await Promise.all(
      places.map(async (place) => {
        const sent = await emulator.sendSlashCommand({
          name: 'who',
          options: { name: sessions.id },
          userId,
          ...place,
        });
        const response = await emulator.waitForInteractionResponse(sent.id, {
          final: true,
          timeoutMs: 10_000,
        });
        return response.message?.embeds[0]?.title;
      }),
    );

    expect(titles).toEqual(['Jeff Sessions', 'Jeff Sessions']);
  });

  it('private:true answers with an ephemeral reply that is not posted in the channel', async () => {
    const { id, message, callbackType } = await ask('who', { name: sessions.id, private: true });

    expect(callbackType).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(session().emulator.interaction(id)?.callback?.data).toMatchObject({
      flags: MessageFlags.Ephemeral,
    });
    expect((message.flags ?? 0) & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect(message.embeds[0]?.title).toBe('Jeff Sessions');
    expect(session().emulator.messagesIn(session().emulator.guildChannelId)).not.toContainEqual(
      expect.objectContaining({ id: message.id }),
    );
  });
});

describe('page buttons', () => {
  it('turn to the next page for the asker, and refuse anyone else without changing the message', async () => {
    const { emulator } = session();
    const owner = newUserId();
    const first = await ask('ask', { question: 'When did Sessions recuse himself?' }, owner);
    const footer = first.message.embeds[0]?.footer?.text ?? '';
    const pages = /^Page 1 of (\d+) · /.exec(footer);
    expect(pages, `expected a paged reply, got footer "${footer}"`).not.toBeNull();
    const firstPage = first.message.embeds[0]?.fields?.map((field) => field.value);
    const next = buttonsOf(first.message).find((button) => button.label.startsWith('Next'));
    expect(next?.disabled).toBe(false);
    const nextId = next?.customId ?? '';

    const stranger = await emulator.clickButton({
      customId: nextId,
      message: first.message,
      userId: newUserId(),
    });
    const refusal = await emulator.waitForInteractionResponse(stranger.id);
    expect(refusal.callbackType).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(refusal.data?.flags).toBe(MessageFlags.Ephemeral);
    expect(refusal.data?.content).toMatch(/only the person who ran this command/i);
    expect(emulator.interaction(first.id)?.original?.embeds[0]?.footer?.text).toBe(footer);

    const click = await emulator.clickButton({
      customId: nextId,
      message: first.message,
      userId: owner,
    });
    const turned = await emulator.waitForInteractionResponse(click.id);
    expect(turned.callbackType).toBe(InteractionResponseType.UpdateMessage);
    expect(turned.message?.id).toBe(first.message.id);
    const secondFooter = turned.message?.embeds[0]?.footer?.text ?? '';
    expect(secondFooter).toMatch(new RegExp(`^Page 2 of ${pages?.[1] ?? ''} · /ask`));
    expect(turned.message?.embeds[0]?.fields?.map((field) => field.value)).not.toEqual(firstPage);
    const previous = buttonsOf(turned.message).find((button) => button.label.includes('Previous'));
    expect(previous?.disabled).toBe(false);
    expect(await interactionLog(session().bot, { interactionId: click.id })).toMatchObject({
      kind: 'button',
      command: 'ask',
      outcome: 'answered',
    });
  });
});

describe('every reply of the session', () => {
  it('allowed no mentions, used only routes Discord has, and the bot logged no warning or deprecation', () => {
    const { emulator, bot } = session();
    const messageBodies = emulator.receivedRequests
      .filter((request) => request.interactionId !== undefined && request.method !== 'GET')
      .map((request) => {
        const body = request.body as { data?: Record<string, unknown> } & Record<string, unknown>;
        return request.path.endsWith('/callback') ? body.data : body;
      })
      .filter(
        (body): body is Record<string, unknown> =>
          body !== undefined && ('embeds' in body || 'content' in body),
      );

    expect(messageBodies.length).toBeGreaterThan(10);
    for (const body of messageBodies) {
      expect(body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    }
    expect(emulator.allInteractions().every((record) => record.rejected.length === 0)).toBe(true);
    expect(unknownRoutes(emulator)).toEqual([]);
    expect(deprecationWarnings(bot)).toEqual([]);
    expect(warningsLogged(bot)).toEqual([]);
  });
});
