/**
 * The timeline picture, end to end: the real bot answers `/timeline` and `/who` in the interaction
 * callback with a PNG file (a multipart body Discord's spec accepts) that its embed shows, keeps
 * that picture when a page button turns the page, and sends it in a DM answer too.
 */
import { InteractionResponseType } from 'discord.js';
import type { APIAttachment, APIMessage } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { pngSize } from '../emulator/attachments.js';
import type { OptionValue } from '../emulator/discord-emulator.js';
import {
  buttonsOf,
  newUserId,
  requestsFor,
  sharedBotSession,
  unknownRoutes,
  warningsLogged,
} from './fixtures/bot-session.js';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const session = sharedBotSession();

async function ask(
  name: string,
  options: Record<string, OptionValue>,
  userId = newUserId(),
): Promise<{ id: string; userId: string; message: APIMessage; callbackType: number }> {
  const { emulator } = session();
  const sent = await emulator.sendSlashCommand({ name, options, userId });
  const response = await emulator.waitForInteractionResponse(sent.id, {
    final: true,
    timeoutMs: 15_000,
  });
  if (response.message === undefined) throw new Error(`/${name} left no message`);
  return { id: sent.id, userId, message: response.message, callbackType: response.callbackType };
}

/** The message's one picture, after checking that its bytes are a PNG of the size Discord says. */
function thePicture(message: APIMessage): APIAttachment {
  expect(message.attachments).toHaveLength(1);
  const [picture] = message.attachments;
  if (picture === undefined) throw new Error('no attachment');
  const bytes = session().emulator.attachmentBytes(picture.id);
  expect(bytes?.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  expect(pngSize(bytes ?? Buffer.alloc(0))).toEqual({
    width: picture.width,
    height: picture.height,
  });
  expect(picture.width).toBeGreaterThanOrEqual(1000);
  expect(picture.filename).toBe('timeline.png');
  expect(picture.description).toMatch(/a bar chart of events/);
  return picture;
}

describe('the timeline picture', () => {
  it('/timeline answers in the interaction callback with a PNG its embed shows, sent as multipart', async () => {
    const { id, message, callbackType } = await ask('timeline', {});

    expect(callbackType).toBe(InteractionResponseType.ChannelMessageWithSource);
    const picture = thePicture(message);
    expect(message.embeds[0]?.image?.url).toBe(picture.url);
    const [callback] = requestsFor(session().emulator, id);
    expect(callback?.headers['content-type']).toMatch(/^multipart\/form-data/);
    expect((callback?.body as { __files?: string[] }).__files).toEqual(['files[0]']);
  });

  it('a page turn keeps the picture on the message without sending it again', async () => {
    const { emulator } = session();
    const owner = newUserId();
    const first = await ask('timeline', {}, owner);
    const picture = thePicture(first.message);
    const next = buttonsOf(first.message).find((button) => button.label.startsWith('Next'));
    expect(next, 'the seed timeline has two pages').toBeDefined();

    const click = await emulator.clickButton({
      customId: next?.customId ?? '',
      message: first.message,
      userId: owner,
    });
    const turned = await emulator.waitForInteractionResponse(click.id, { timeoutMs: 15_000 });

    expect(turned.callbackType).toBe(InteractionResponseType.UpdateMessage);
    expect(turned.message?.attachments).toEqual([picture]);
    expect(turned.message?.embeds[0]?.image?.url).toBe(picture.url);
    const [update] = requestsFor(emulator, click.id);
    expect(update?.headers['content-type']).toMatch(/^application\/json/);
  });

  it("/who shows the person's events over time on their card", async () => {
    const { message } = await ask('who', { name: 'sessions' });
    const picture = thePicture(message);
    expect(picture.description).toMatch(/^Jeff Sessions: events over time/);
    expect(message.embeds[0]?.image?.url).toBe(picture.url);
  });

  it('a DM written as /timeline gets the picture too', async () => {
    const { emulator } = session();
    const question = await emulator.sendDirectMessage({
      content: '/timeline person:sessions',
      userId: newUserId(),
    });
    const reply = await emulator.waitForChannelMessage(question.channel_id, {
      predicate: (message) =>
        message.author.id === emulator.botUserId &&
        message.message_reference?.message_id === question.id,
      timeoutMs: 15_000,
    });
    const picture = thePicture(reply);
    expect(reply.embeds[0]?.image?.url).toBe(picture.url);
  });

  it('used only routes Discord has and logged no warning', () => {
    expect(unknownRoutes(session().emulator)).toEqual([]);
    expect(warningsLogged(session().bot)).toEqual([]);
  });
});
