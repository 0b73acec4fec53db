import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SlashCommandBuilder } from 'discord.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { privateOption, serverCommand, slashCommand } from '../../src/bot/command.js';
import { CommandLoadError, checkCommand, loadCommands } from '../../src/bot/load-commands.js';
import { ISSUE_COMMAND_NAMES } from '../commands/names.js';

describe('loadCommands on commands/', () => {
  it('loads exactly the commands the issue names, keyed by their Discord names', async () => {
    const commands = await loadCommands();
    expect([...commands.keys()].sort()).toEqual(ISSUE_COMMAND_NAMES);
    for (const [name, command] of commands) expect(command.data.toJSON().name).toBe(name);
  });
});

const valid = () => ({
  data: slashCommand('ok', 'fine').addBooleanOption(privateOption),
  options: z.object({}),
  execute: () => ({ embeds: [], components: [] }),
});

describe('checkCommand', () => {
  it('accepts a module whose default export follows the contract', () => {
    const command = valid();
    expect(checkCommand({ default: command }, 'commands/ok.ts')).toBe(command);
  });

  it('accepts a server-settings command: servers only, a member permission, subcommands', () => {
    const command = {
      ...valid(),
      data: serverCommand('admin', 'fine', 32n).addSubcommand((sub) =>
        sub
          .setName('zone')
          .setDescription('x')
          .addStringOption((o) => o.setName('name').setDescription('x').setAutocomplete(true)),
      ),
      autocomplete: () => [],
    };
    expect(checkCommand({ default: command }, 'commands/admin.ts')).toBe(command);
  });

  it.each([
    ['no default export', {}, /commands\/bad\.ts: needs a default export made with defineCommand/],
    [
      'execute that is not a function',
      { default: { ...valid(), execute: 'nope' } },
      /commands\/bad\.ts: the default export's execute must be a function/,
    ],
    [
      'options that are not a schema',
      { default: { ...valid(), options: {} } },
      /the default export's options must be a zod schema/,
    ],
    [
      'a definition without the shared contexts',
      {
        default: {
          ...valid(),
          data: new SlashCommandBuilder()
            .setName('ok')
            .setDescription('fine')
            .addBooleanOption(privateOption),
        },
      },
      /must set contexts to Guild, BotDM and PrivateChannel/,
    ],
    [
      'servers-only contexts without a member permission',
      {
        default: {
          ...valid(),
          data: serverCommand('ok', 'fine', 32n).setDefaultMemberPermissions(null),
        },
      },
      /must set contexts to Guild, BotDM and PrivateChannel/,
    ],
    [
      'a subcommand option marked for autocomplete without an autocomplete function',
      {
        default: {
          ...valid(),
          data: serverCommand('ok', 'fine', 32n).addSubcommand((sub) =>
            sub
              .setName('zone')
              .setDescription('x')
              .addStringOption((o) => o.setName('name').setDescription('x').setAutocomplete(true)),
          ),
        },
      },
      /marks name for autocomplete but has no autocomplete function/,
    ],
    [
      'no private option',
      { default: { ...valid(), data: slashCommand('ok', 'fine') } },
      /needs an optional boolean "private" option/,
    ],
    [
      'an autocomplete option without an autocomplete function',
      {
        default: {
          ...valid(),
          data: slashCommand('ok', 'fine')
            .addStringOption((o) => o.setName('who').setDescription('x').setAutocomplete(true))
            .addBooleanOption(privateOption),
        },
      },
      /marks who for autocomplete but has no autocomplete function/,
    ],
    [
      'a definition discord.js refuses (no description)',
      { default: { ...valid(), data: new SlashCommandBuilder().setName('ok') } },
      /commands\/bad\.ts: has an invalid definition/,
    ],
  ])('fails loudly, naming the file, on %s', (_what, module, message) => {
    expect(() => checkCommand(module, 'commands/bad.ts')).toThrow(CommandLoadError);
    expect(() => checkCommand(module, 'commands/bad.ts')).toThrow(message);
  });
});

describe('loadCommands on a directory of broken modules', () => {
  let directory: string;
  beforeEach(async () => {
    directory = await mkdtemp(path.join(tmpdir(), 'commands-'));
  });
  afterEach(async () => {
    await rm(directory, { recursive: true, force: true });
  });

  it('names a file whose module cannot even be imported', async () => {
    await writeFile(path.join(directory, 'broken.js'), 'export default {;\n');
    await expect(loadCommands(directory)).rejects.toThrow(/broken\.js: cannot be loaded/);
  });

  it('names a file without a default export', async () => {
    await writeFile(path.join(directory, 'empty.js'), 'export const command = 1;\n');
    await expect(loadCommands(directory)).rejects.toThrow(/empty\.js: needs a default export/);
  });

  it('names the file a compiled command must have, with its own extension', async () => {
    // What dist/commands/ holds once built: plain JavaScript defining /ok, here in the wrong file.
    const definition = slashCommand('ok', 'fine').addBooleanOption(privateOption).toJSON();
    await writeFile(
      path.join(directory, 'wrong.js'),
      `const json = ${JSON.stringify(definition)};\n` +
        'export default { data: { name: json.name, toJSON: () => json }, ' +
        'options: { safeParse: () => ({ success: true, data: {} }) }, execute: () => ({}) };\n',
    );
    await expect(loadCommands(directory)).rejects.toThrow(
      /wrong\.js: defines \/ok, but the file must be named ok\.js/,
    );
  });

  it('says so when the directory holds no commands at all', async () => {
    await writeFile(path.join(directory, 'notes.txt'), 'not a module');
    await expect(loadCommands(directory)).rejects.toThrow(/no command modules found/);
  });
});
