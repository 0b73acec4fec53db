/**
 * Steering pages on the real bot process, against the emulator: a /timeline of twelve pages goes
 * to its last page and back to its first, its Go to… button opens a form (a MODAL held to
 * Discord's spec), and the date typed into it brings up the page holding that date, in the same
 * message. A stranger cannot open the form, and text that is neither a page nor a date is
 * answered privately without touching the list.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { InteractionResponseType, Locale, MessageFlags } from 'discord.js';
import type { APIMessage } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticDataset } from '../commands/helpers.js';
import {
  buttonsOf,
  interactionLog,
  newUserId,
  startBotSession,
  unknownRoutes,
  type BotSession,
} from './fixtures/bot-session.js';

let folder: string;
let session: BotSession;

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'e2e-paging-'));
  const datasetPath = path.join(folder, 'events.json');
  // One event and one quote a day from 1 March 2017: sixty entries, twelve pages of five.
  await writeFile(datasetPath, JSON.stringify(syntheticDataset({ events: 30 })));
  session = await startBotSession({ env: { DATASET_PATH: datasetPath } });
});

afterAll(async () => {
  await session.stop();
  await rm(folder, { recursive: true, force: true });
});

const footerOf = (message: APIMessage | undefined): string =>
  message?.embeds[0]?.footer?.text ?? '';

function buttonId(message: APIMessage | undefined, label: string): string {
  const button = buttonsOf(message).find((candidate) => candidate.label.includes(label));
  if (button === undefined) throw new Error(`no "${label}" button on "${footerOf(message)}"`);
  return button.customId;
}

describe('page controls on the real bot', () => {
  it('go to the last page, the first, and through Go to… to the page holding a date', async () => {
    const { emulator, bot } = session;
    const owner = newUserId();
    const sent = await emulator.sendSlashCommand({ name: 'timeline', userId: owner });
    const list = (await emulator.waitForInteractionResponse(sent.id, { final: true })).message;
    if (list === undefined) throw new Error('/timeline left no message');
    expect(footerOf(list)).toBe('Page 1 of 12 · /timeline');
    expect(list.embeds[0]?.description).toMatch(/^60 entries .*oldest first\.$/);

    const press = async (label: string, userId = owner) => {
      const click = await emulator.clickButton({
        customId: buttonId(list, label),
        message: list,
        userId,
      });
      return { click, response: await emulator.waitForInteractionResponse(click.id) };
    };

    const last = await press('Last');
    expect(last.response.callbackType).toBe(InteractionResponseType.UpdateMessage);
    expect(last.response.message?.id).toBe(list.id);
    expect(footerOf(last.response.message)).toBe('Page 12 of 12 · /timeline');
    const disabled = buttonsOf(last.response.message)
      .filter((button) => button.disabled)
      .map((button) => button.label);
    expect(disabled).toEqual(['Next ▶', 'Last ⏭']);

    const back = await press('First');
    expect(footerOf(back.response.message)).toBe('Page 1 of 12 · /timeline');

    const stranger = await press('Go to', newUserId());
    expect(stranger.response.callbackType).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(stranger.response.data?.flags).toBe(MessageFlags.Ephemeral);
    expect(stranger.response.data?.content).toMatch(/only the person who ran this command/i);

    const opened = await press('Go to');
    expect(opened.response.callbackType).toBe(InteractionResponseType.Modal);
    expect(opened.response.data).toMatchObject({
      custom_id: buttonId(list, 'Go to'),
      title: 'Go to a page or a date',
      components: [
        {
          type: 18,
          label: 'Page number or date, e.g. 3 or 2017-03-02',
          component: { type: 4, style: 1, required: true },
        },
      ],
    });
    const input = (opened.response.data?.components as { component: { custom_id: string } }[])[0]
      ?.component.custom_id;

    const garbage = await emulator.submitModal({
      interactionId: opened.click.id,
      values: { [input ?? '']: 'sometime' },
    });
    const refusal = await emulator.waitForInteractionResponse(garbage.id);
    expect(refusal.callbackType).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(refusal.data?.flags).toBe(MessageFlags.Ephemeral);
    expect(refusal.data?.content).toMatch(/couldn't read “sometime” as a page number or a date/);
    expect(footerOf(emulator.interaction(sent.id)?.original)).toBe('Page 1 of 12 · /timeline');

    const submit = await emulator.submitModal({
      interactionId: opened.click.id,
      values: { [input ?? '']: '2017-03-15' },
    });
    const jumped = await emulator.waitForInteractionResponse(submit.id);
    expect(jumped.callbackType).toBe(InteractionResponseType.UpdateMessage);
    expect(jumped.message?.id).toBe(list.id);
    // Entries 29 and 30, the 15th's event and quote, are on page 6.
    expect(footerOf(jumped.message)).toBe('Page 6 of 12 · /timeline');
    const names = jumped.message?.embeds[0]?.fields?.map((field) => field.name) ?? [];
    expect(names.filter((name) => name.includes('15 March 2017'))).toHaveLength(2);
    expect(jumped.message?.content).toBe('');
    expect(await interactionLog(bot, { interactionId: submit.id })).toMatchObject({
      kind: 'button',
      command: 'timeline',
      outcome: 'answered',
    });
    expect(unknownRoutes(emulator)).toEqual([]);
  });

  it('answers a German Discord user in German, dates and buttons too, from commands registered in German, French and Spanish', async () => {
    const { emulator } = session;
    // `npm run deploy` registered the commands; the emulator held their localizations to the spec.
    const timeline = emulator
      .registeredCommands(emulator.guildId)
      .find((c) => c.name === 'timeline');
    expect(timeline).toMatchObject({
      name_localizations: { de: 'zeitleiste', fr: 'chronologie', 'es-ES': 'cronología' },
      description_localizations: {
        de: 'Ereignisse und Zitate nach Datum, für alle oder eine Person',
      },
    });
    const owner = newUserId();
    const sent = await emulator.sendSlashCommand({
      name: 'timeline',
      userId: owner,
      locale: Locale.German,
    });
    const list = (await emulator.waitForInteractionResponse(sent.id, { final: true })).message;
    if (list === undefined) throw new Error('/timeline left no message');
    expect(list.embeds[0]?.title).toBe('Zeitleiste');
    expect(footerOf(list)).toBe('Seite 1 von 12 · /timeline');
    expect(list.embeds[0]?.description).toBe(
      '60 Einträge (1. März 2017 bis 30. März 2017), die ältesten zuerst.',
    );
    expect(list.embeds[0]?.fields?.[0]?.name).toMatch(/^1\\\. 1\. März 2017 · /);
    expect(buttonsOf(list).map((button) => button.label)).toEqual([
      '⏮ Anfang',
      '◀ Zurück',
      'Weiter ▶',
      'Ende ⏭',
      'Gehe zu…',
    ]);

    const next = await emulator.clickButton({
      customId: buttonId(list, 'Weiter'),
      message: list,
      userId: owner,
      locale: Locale.German,
    });
    const turned = await emulator.waitForInteractionResponse(next.id);
    expect(footerOf(turned.message)).toBe('Seite 2 von 12 · /timeline');

    const stranger = await emulator.clickButton({
      customId: buttonId(list, 'Weiter'),
      message: list,
      userId: newUserId(),
      locale: Locale.German,
    });
    expect((await emulator.waitForInteractionResponse(stranger.id)).data?.content).toMatch(
      /^Nur wer den Befehl ausgeführt hat, kann hier blättern\./,
    );

    const goTo = await emulator.clickButton({
      customId: buttonId(list, 'Gehe zu'),
      message: list,
      userId: owner,
      locale: Locale.German,
    });
    const form = await emulator.waitForInteractionResponse(goTo.id);
    expect(form.data).toMatchObject({ title: 'Zu einer Seite oder einem Datum' });
    const input = (form.data?.components as { component: { custom_id: string } }[])[0]?.component
      .custom_id;
    // The form is submitted by the same German client.
    const submit = await emulator.submitModal({
      interactionId: goTo.id,
      values: { [input ?? '']: '99' },
    });
    const jumped = await emulator.waitForInteractionResponse(submit.id);
    expect(footerOf(jumped.message)).toBe('Seite 12 von 12 · /timeline');
    expect(jumped.message?.content).toBe(
      'Eine Seite 99 gibt es nicht: Die Liste hat 12 Seiten, das hier ist die letzte.',
    );
    expect(unknownRoutes(emulator)).toEqual([]);
  });
});
