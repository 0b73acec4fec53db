import { once } from 'node:events';
import { Resvg } from '@resvg/resvg-js';
import {
  ActionRowBuilder,
  ButtonBuilder,
  ButtonStyle,
  Client,
  DiscordAPIError,
  GatewayIntentBits,
  Partials,
  type Interaction,
  type TextChannel,
} from 'discord.js';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { pngSize } from './attachments.js';
import { DiscordEmulator, takeUnreportedViolations } from './discord-emulator.js';
import { discordSpec } from './discord-spec.js';

beforeAll(() => {
  discordSpec();
}, 60_000);

let emulator: DiscordEmulator | undefined;
let client: Client | undefined;

afterEach(async () => {
  await client?.destroy();
  await emulator?.stop();
  client = undefined;
  emulator = undefined;
  expect(takeUnreportedViolations()).toEqual([]);
});

async function connect(): Promise<{ discord: DiscordEmulator; bot: Client }> {
  emulator = await DiscordEmulator.start({ heartbeatIntervalMs: 500 });
  client = new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.DirectMessages],
    partials: [Partials.Channel],
    rest: { api: emulator.apiUrl },
  });
  const ready = once(client, 'clientReady');
  await client.login(emulator.token);
  await ready;
  return { discord: emulator, bot: client };
}

/** A real PNG of that size, drawn by resvg. */
function png(width: number, height: number): Buffer {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="#123456"/></svg>`;
  return new Resvg(svg).render().asPng();
}

const errors: unknown[] = [];
function onInteraction(bot: Client, handler: (interaction: Interaction) => Promise<unknown>): void {
  bot.on('interactionCreate', (interaction) => {
    handler(interaction).catch((error: unknown) => errors.push(error));
  });
}

describe('files on messages in the emulator', () => {
  it('reads a PNG size from its IHDR chunk, and nothing from other bytes', () => {
    expect(pngSize(png(7, 3))).toEqual({ width: 7, height: 3 });
    expect(pngSize(Buffer.from('GIF89a not a png at all'))).toBeNull();
  });

  it('keeps the bytes of a file sent in an interaction callback, and shows it in the embed that names it', async () => {
    const { discord, bot } = await connect();
    const picture = png(40, 20);
    onInteraction(bot, async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      await interaction.reply({
        embeds: [{ title: 'chart', image: { url: 'attachment://chart.png' } }],
        files: [{ attachment: picture, name: 'chart.png', description: 'a chart' }],
      });
    });

    const sent = await discord.sendSlashCommand({ name: 'timeline' });
    const response = await discord.waitForInteractionResponse(sent.id);

    const [attachment] = response.message?.attachments ?? [];
    expect(attachment).toMatchObject({
      filename: 'chart.png',
      description: 'a chart',
      size: picture.length,
      width: 40,
      height: 20,
    });
    expect(discord.attachmentBytes(attachment?.id ?? '')?.equals(picture)).toBe(true);
    expect(response.message?.embeds[0]?.image?.url).toBe(attachment?.url);
    expect(errors).toEqual([]);
  });

  it('keeps the file on an update without files, replaces it with attachments: [] and new files, and drops it with attachments: [] alone', async () => {
    const { discord, bot } = await connect();
    const first = png(10, 10);
    const second = png(20, 10);
    const row = new ActionRowBuilder<ButtonBuilder>().addComponents(
      ...['keep', 'replace', 'drop'].map((id) =>
        new ButtonBuilder().setCustomId(id).setLabel(id).setStyle(ButtonStyle.Secondary),
      ),
    );
    const image = { url: 'attachment://chart.png' };
    onInteraction(bot, async (interaction) => {
      if (interaction.isChatInputCommand()) {
        await interaction.reply({
          embeds: [{ title: 'page 1', image }],
          components: [row],
          files: [{ attachment: first, name: 'chart.png' }],
        });
      } else if (interaction.isButton() && interaction.customId === 'keep') {
        await interaction.update({ embeds: [{ title: 'page 2', image }] });
      } else if (interaction.isButton() && interaction.customId === 'replace') {
        await interaction.update({
          embeds: [{ title: 'page 3', image }],
          attachments: [],
          files: [{ attachment: second, name: 'chart.png' }],
        });
      } else if (interaction.isButton()) {
        await interaction.update({ embeds: [{ title: 'page 4' }], attachments: [] });
      }
    });

    const sent = await discord.sendSlashCommand({ name: 'timeline' });
    const message = (await discord.waitForInteractionResponse(sent.id)).message;
    if (message === undefined) throw new Error('expected a message');
    const original = message.attachments[0];

    const keep = await discord.clickButton({ customId: 'keep', message });
    const kept = (await discord.waitForInteractionResponse(keep.id)).message;
    expect(kept?.attachments).toEqual([original]);
    expect(kept?.embeds[0]).toMatchObject({ title: 'page 2', image: { url: original?.url } });

    const replace = await discord.clickButton({ customId: 'replace', message });
    const replaced = (await discord.waitForInteractionResponse(replace.id)).message;
    const [added] = replaced?.attachments ?? [];
    expect(replaced?.attachments).toHaveLength(1);
    expect(added?.id).not.toBe(original?.id);
    expect(discord.attachmentBytes(added?.id ?? '')?.equals(second)).toBe(true);
    expect(replaced?.embeds[0]?.image?.url).toBe(added?.url);

    const drop = await discord.clickButton({ customId: 'drop', message });
    const dropped = (await discord.waitForInteractionResponse(drop.id)).message;
    expect(dropped?.attachments).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('refuses an edit that lists a file it did not upload', async () => {
    const { discord, bot } = await connect();
    let failure: unknown;
    onInteraction(bot, async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      await interaction.deferReply();
      try {
        await interaction.editReply({ content: 'x', attachments: [{ id: '5' }] as never });
      } catch (error) {
        failure = error;
      }
    });

    const sent = await discord.sendSlashCommand({ name: 'timeline' });
    await discord.waitForInteractionResponse(sent.id);
    await expect.poll(() => failure, { timeout: 3_000 }).toBeInstanceOf(DiscordAPIError);
    expect((failure as DiscordAPIError).code).toBe(50035);
  });

  it('keeps the bytes of a file sent to a channel (a DM answer goes the same way)', async () => {
    const { discord, bot } = await connect();
    const picture = png(12, 6);
    const channel = (await bot.channels.fetch(discord.guildChannelId)) as TextChannel;

    const message = await channel.send({ files: [{ attachment: picture, name: 'chart.png' }] });

    const stored = message.attachments.first();
    expect(stored).toMatchObject({ name: 'chart.png', width: 12, height: 6 });
    expect(discord.attachmentBytes(stored?.id ?? '')?.equals(picture)).toBe(true);
  });
});
