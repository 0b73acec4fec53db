import { describe, expect, it } from 'vitest';
import { usageOf } from '../../src/bot/render/info.js';
import {
  allCommands,
  bundledAnswerer,
  expectSharedDefinition,
  getCommand,
  run,
} from './helpers.js';

describe('/help', () => {
  it('lists every loaded command with its options, required ones bare, optional ones bracketed', async () => {
    const help = await getCommand('help');
    expectSharedDefinition(help, 'help');
    const reply = run(help, {}, await bundledAnswerer());
    const names = reply.embeds[0]?.fields?.map((field) => field.name) ?? [];
    const commands = [...(await allCommands()).values()];
    expect(names.slice().sort()).toEqual(commands.map((command) => usageOf(command)).sort());
    expect(names).toContain('/quote search:<text> [speaker:<text>]');
    expect(names).toContain('/timeline [person:<text>] [from:<text>] [to:<text>]');
  });
});
