/**
 * Message commands (right-click a message → Apps) in the command loader: loaded next to the
 * slash commands from commands/, each checked against its own contract, and a malformed one
 * stops start-up with a message naming its file.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ApplicationCommandType, ContextMenuCommandBuilder } from 'discord.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { messageCommand, messageCommandFileName } from '../../src/bot/command.js';
import {
  CommandLoadError,
  checkMessageCommand,
  loadCommandSet,
  loadCommands,
} from '../../src/bot/load-commands.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

describe('loadCommandSet on commands/', () => {
  it('loads "Verify quotes" as a message command, and only slash commands as commands', async () => {
    const { commands, messageCommands } = await loadCommandSet();
    expect([...messageCommands.keys()]).toEqual(['Verify quotes']);
    expect(messageCommands.get('Verify quotes')?.data.toJSON()).toMatchObject({
      name: 'Verify quotes',
      type: ApplicationCommandType.Message,
      contexts: [0, 1, 2],
      integration_types: [0, 1],
    });
    expect([...(await loadCommands()).keys()]).toEqual([...commands.keys()]);
    for (const command of commands.values()) {
      expect(command.data.toJSON().type ?? 1).toBe(ApplicationCommandType.ChatInput);
    }
  });
});

describe('messageCommandFileName', () => {
  it('is the name in lower case with hyphens for spaces', () => {
    expect(messageCommandFileName('Verify quotes')).toBe('verify-quotes');
  });
});

const valid = () => ({
  data: messageCommand('Check it'),
  execute: () => ({ embeds: [], components: [] }),
});

describe('checkMessageCommand', () => {
  it('accepts a module whose default export follows the contract', () => {
    const command = valid();
    expect(checkMessageCommand({ default: command }, 'commands/check-it.ts')).toBe(command);
  });

  it.each([
    [
      'no default export',
      {},
      /commands\/bad\.ts: needs a default export made with defineMessageCommand/,
    ],
    [
      'execute that is not a function',
      { default: { ...valid(), execute: 'nope' } },
      /commands\/bad\.ts: the default export's execute must be a function/,
    ],
    [
      'options, which a message command does not take',
      { default: { ...valid(), options: z.object({}) } },
      /commands\/bad\.ts: .*options, which a message command does not take/,
    ],
    [
      'a user command',
      {
        default: {
          ...valid(),
          data: messageCommand('Check it').setType(ApplicationCommandType.User),
        },
      },
      /is a user command; only slash and message commands are supported/,
    ],
    [
      'a definition without the shared contexts',
      {
        default: {
          ...valid(),
          data: new ContextMenuCommandBuilder()
            .setName('Check it')
            .setType(ApplicationCommandType.Message),
        },
      },
      /must set contexts to Guild, BotDM and PrivateChannel .*\(use messageCommand\(\)\)/,
    ],
    [
      'a definition discord.js refuses (no type)',
      { default: { ...valid(), data: new ContextMenuCommandBuilder().setName('Check it') } },
      /commands\/bad\.ts: has an invalid definition/,
    ],
  ])('fails loudly, naming the file, on %s', (_what, module, message) => {
    expect(() => checkMessageCommand(module, 'commands/bad.ts')).toThrow(CommandLoadError);
    expect(() => checkMessageCommand(module, 'commands/bad.ts')).toThrow(message);
  });
});

describe('loadCommandSet on a directory of message-command modules', () => {
  let directory: string;
  beforeEach(async () => {
    // Inside the repository, so the modules can import discord.js from its node_modules.
    await mkdir(path.join(repoRoot, '.tmp'), { recursive: true });
    directory = await mkdtemp(path.join(repoRoot, '.tmp', 'message-commands-'));
  });
  afterEach(async () => {
    await rm(directory, { recursive: true, force: true });
  });

  const moduleText = (name: string, extra = ''): string =>
    "import { ApplicationCommandType, ContextMenuCommandBuilder } from 'discord.js';\n" +
    `export default { data: new ContextMenuCommandBuilder().setName(${JSON.stringify(name)})` +
    '.setType(ApplicationCommandType.Message).setContexts(0, 1, 2).setIntegrationTypes(0, 1), ' +
    `execute: () => ({ embeds: [], components: [] })${extra} };\n`;

  it('loads a message command from the file named after it', async () => {
    await writeFile(path.join(directory, 'check-it.mjs'), moduleText('Check it'));
    const { commands, messageCommands } = await loadCommandSet(directory);
    expect(commands.size).toBe(0);
    expect([...messageCommands.keys()]).toEqual(['Check it']);
  });

  it('names the file a message command must have', async () => {
    await writeFile(path.join(directory, 'wrong.mjs'), moduleText('Check it'));
    await expect(loadCommandSet(directory)).rejects.toThrow(
      /wrong\.mjs: defines the message command "Check it", but the file must be named check-it\.mjs/,
    );
  });

  it('names a message-command file that also declares options', async () => {
    await writeFile(path.join(directory, 'check-it.mjs'), moduleText('Check it', ', options: {}'));
    await expect(loadCommandSet(directory)).rejects.toThrow(
      /check-it\.mjs: .*options, which a message command does not take/,
    );
  });
});
