import {
  ApplicationIntegrationType,
  InteractionContextType,
  PermissionFlagsBits,
  REST,
  SlashCommandBuilder,
} from 'discord.js';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineCommand, type Command } from '../../src/bot/command.js';
import { loadCommands } from '../../src/bot/load-commands.js';
import { parseConfig } from '../../src/config/env.js';
import {
  HELP,
  parseDeployArgs,
  resolveScope,
  USAGE_LINE,
  UsageError,
} from '../../src/cli/deploy-args.js';
import {
  planDeploy,
  type CommandDefinition,
  type RegisteredCommand,
} from '../../src/cli/deploy-plan.js';
import {
  definitionsOf,
  deployCommands,
  main,
  type CommandRegistry,
  type DeployDependencies,
} from '../../src/cli/deploy.js';
import { APPLICATION_ID, BOT_TOKEN, GUILD_ID } from '../bot/fake-discord.js';
import { ISSUE_COMMAND_NAMES } from '../commands/names.js';

const OTHER_GUILD = '900000000000000200';

function command(name: string): Command {
  return defineCommand({
    data: new SlashCommandBuilder()
      .setName(name)
      .setDescription(`The ${name} command`)
      .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
      .setIntegrationTypes(ApplicationIntegrationType.GuildInstall)
      .addStringOption((o) => o.setName('text').setDescription('Some text').setRequired(true))
      .addStringOption((o) =>
        o.setName('speaker').setDescription('Who said it').setAutocomplete(true),
      ),
    options: z.object({ text: z.string() }),
    execute: () => ({ embeds: [], components: [] }),
  });
}

const commands = new Map([
  ['ask', command('ask')],
  ['who', command('who')],
]);

let nextId = 1000;

/**
 * A definition as Discord returns it: server-set fields added, defaults written out, `required:
 * false` and empty localizations left out, arrays in its own order.
 */
function asDiscordReturnsIt(definition: CommandDefinition, guildId?: string): RegisteredCommand {
  const returned = JSON.parse(JSON.stringify(definition)) as RegisteredCommand & {
    options?: { required?: boolean }[];
  };
  for (const option of returned.options ?? []) {
    if (option.required === false) delete option.required;
  }
  return {
    ...returned,
    id: `9000000000000${String(nextId++)}`,
    application_id: APPLICATION_ID,
    version: `9100000000000${String(nextId++)}`,
    ...(guildId === undefined ? {} : { guild_id: guildId }),
    default_member_permissions: definition.default_member_permissions ?? null,
    nsfw: false,
    dm_permission: true,
    name_localizations: definition.name_localizations ?? null,
    description_localizations: definition.description_localizations ?? null,
    contexts: definition.contexts ? [...definition.contexts].reverse() : null,
  } as RegisteredCommand;
}

/** Commands registered per scope, served like Discord's GET and bulk-overwrite PUT. */
function memoryRegistry(initial: Record<string, CommandDefinition[]> = {}) {
  const scopes = new Map<string, RegisteredCommand[]>(
    Object.entries(initial).map(([route, list]) => [
      route,
      list.map((definition) => asDiscordReturnsIt(definition)),
    ]),
  );
  const calls: string[] = [];
  const registry: CommandRegistry = {
    get: (route) => {
      calls.push(`GET ${route}`);
      return Promise.resolve(scopes.get(route) ?? []);
    },
    put: (route, { body }) => {
      calls.push(`PUT ${route}`);
      const stored = (body as CommandDefinition[]).map((definition) =>
        asDiscordReturnsIt(definition),
      );
      scopes.set(route, stored);
      return Promise.resolve(stored);
    },
  };
  return { registry, scopes, calls };
}

const guildRoute = `/applications/${APPLICATION_ID}/guilds/${GUILD_ID}/commands`;
const globalRoute = `/applications/${APPLICATION_ID}/commands`;

function run(
  args: string[],
  options: {
    env?: Record<string, string>;
    registry?: CommandRegistry;
    commands?: ReadonlyMap<string, Command>;
  } = {},
) {
  const out: string[] = [];
  const err: string[] = [];
  const dependencies: DeployDependencies = {
    loadConfig: () =>
      parseConfig(
        { DISCORD_TOKEN: BOT_TOKEN, DISCORD_CLIENT_ID: APPLICATION_ID, ...options.env },
        'deploy',
      ),
    createRest: () => options.registry ?? memoryRegistry().registry,
    loadCommands: () => Promise.resolve(options.commands ?? commands),
  };
  const code = main(args, { stdout: (t) => out.push(t), stderr: (t) => err.push(t) }, dependencies);
  return code.then((exit) => ({ code: exit, stdout: out.join('\n'), stderr: err.join('\n') }));
}

describe('parseDeployArgs', () => {
  it('reads no flags as a deploy to the default scope', () => {
    expect(parseDeployArgs([])).toEqual({
      kind: 'deploy',
      dryRun: false,
      scope: { kind: 'default' },
    });
  });

  it('reads --help and -h as help, whatever else is given', () => {
    expect(parseDeployArgs(['--help'])).toEqual({ kind: 'help' });
    expect(parseDeployArgs(['-h'])).toEqual({ kind: 'help' });
    expect(parseDeployArgs(['--clear', '--help'])).toEqual({ kind: 'help' });
  });

  it('reads --dry-run, --list and --clear with their scope', () => {
    expect(parseDeployArgs(['--dry-run', '--global'])).toEqual({
      kind: 'deploy',
      dryRun: true,
      scope: { kind: 'global' },
    });
    expect(parseDeployArgs(['--list', '--guild', GUILD_ID])).toEqual({
      kind: 'list',
      scope: { kind: 'guild', guildId: GUILD_ID },
    });
    expect(parseDeployArgs([`--guild=${GUILD_ID}`, '--clear'])).toEqual({
      kind: 'clear',
      dryRun: false,
      scope: { kind: 'guild', guildId: GUILD_ID },
    });
    expect(parseDeployArgs(['--clear', '--dry-run'])).toMatchObject({
      kind: 'clear',
      dryRun: true,
    });
  });

  it('refuses an unknown flag or a positional argument, naming it', () => {
    expect(() => parseDeployArgs(['--force'])).toThrow(new UsageError("Unknown option '--force'"));
    expect(() => parseDeployArgs(['-x'])).toThrow(/Unknown option '-x'/);
    expect(() => parseDeployArgs(['list'])).toThrow(/Unexpected argument 'list'/);
    expect(() => parseDeployArgs(['--dry-run=yes'])).toThrow(/'--dry-run' does not take/);
  });

  it('refuses --guild with --global, since they name two scopes', () => {
    expect(() => parseDeployArgs(['--guild', GUILD_ID, '--global'])).toThrow(
      /--guild and --global cannot be used together/,
    );
  });

  it('refuses a --guild that is missing or not a Discord id, naming the flag', () => {
    expect(() => parseDeployArgs(['--guild'])).toThrow(/--guild <value>' argument missing/);
    expect(() => parseDeployArgs(['--guild', 'my-server'])).toThrow(
      '--guild must be a Discord id (17 to 20 digits), got "my-server"',
    );
  });

  it('refuses --list with --clear or --dry-run', () => {
    expect(() => parseDeployArgs(['--list', '--clear'])).toThrow(/--list and --clear/);
    expect(() => parseDeployArgs(['--list', '--dry-run'])).toThrow(/--dry-run .* --list/);
  });
});

describe('resolveScope', () => {
  it('uses DISCORD_GUILD_ID unless a flag names the scope', () => {
    expect(resolveScope({ kind: 'default' }, GUILD_ID)).toEqual({
      kind: 'guild',
      guildId: GUILD_ID,
    });
    expect(resolveScope({ kind: 'default' }, undefined)).toEqual({ kind: 'global' });
    expect(resolveScope({ kind: 'global' }, GUILD_ID)).toEqual({ kind: 'global' });
    expect(resolveScope({ kind: 'guild', guildId: OTHER_GUILD }, GUILD_ID)).toEqual({
      kind: 'guild',
      guildId: OTHER_GUILD,
    });
  });
});

describe('planDeploy', () => {
  const ours = definitionsOf(commands);
  const [ask, who] = ours as [CommandDefinition, CommandDefinition];

  it('sorts commands into added, updated, removed and unchanged', () => {
    const registered = [
      asDiscordReturnsIt(ask),
      asDiscordReturnsIt({ ...who, description: 'Old words' }),
      asDiscordReturnsIt({ name: 'stale', description: 'Gone', type: 1 }),
    ];
    const plan = planDeploy(registered, [...ours, { name: 'new', description: 'Fresh', type: 1 }]);
    expect(plan.add).toEqual(['new']);
    expect(plan.update).toEqual([{ name: 'who', id: registered[1]?.id, fields: ['description'] }]);
    expect(plan.remove).toEqual([{ name: 'stale', id: registered[2]?.id }]);
    expect(plan.unchanged).toEqual(['ask']);
  });

  it('ignores what Discord sets or fills in: ids, version, defaults, order of sets', () => {
    const registered = ours.map((definition) => asDiscordReturnsIt(definition, GUILD_ID));
    expect(Object.keys(registered[0] ?? {})).toEqual(
      expect.arrayContaining(['id', 'version', 'application_id', 'guild_id', 'nsfw']),
    );
    expect(planDeploy(registered, ours)).toEqual({
      add: [],
      update: [],
      remove: [],
      unchanged: ['ask', 'who'],
    });
  });

  it('names each field that differs, options by name', () => {
    const options = ask.options ?? [];
    const changed: CommandDefinition = {
      ...ask,
      options: [
        { ...options[0], required: false } as NonNullable<CommandDefinition['options']>[number],
        { ...options[1], autocomplete: false } as NonNullable<CommandDefinition['options']>[number],
        { type: 5, name: 'private', description: 'Only you see it' },
      ],
      contexts: [InteractionContextType.Guild],
      default_member_permissions: '8',
      nsfw: true,
      description_localizations: { fr: 'La commande' },
    };
    const [update] = planDeploy([asDiscordReturnsIt(ask)], [changed]).update;
    expect(update?.fields).toEqual([
      'options[text].required',
      'options[speaker].autocomplete',
      'options[private] added',
      'contexts',
      'default_member_permissions',
      'nsfw',
      'description_localizations.fr',
    ]);
  });

  it('treats a translation equal to the default as Discord does (absent), and sees a new one', () => {
    const [first, ...rest] = ask.options ?? [];
    const localized = {
      ...ask,
      name_localizations: { de: 'fragen', fr: 'ask' },
      options: [{ ...first, name_localizations: { de: first?.name ?? '' } }, ...rest],
    } as CommandDefinition;
    // Discord ignores translations equal to the default and does not send them back.
    const registered = asDiscordReturnsIt({ ...localized, name_localizations: { de: 'fragen' } });
    const registeredOptions = (registered.options ?? []).map((option) => ({
      ...option,
      name_localizations: null,
    }));
    const returned = { ...registered, options: registeredOptions } as RegisteredCommand;
    expect(planDeploy([returned], [localized]).unchanged).toEqual(['ask']);
    const renamed = { ...localized, name_localizations: { de: 'frag' } } as CommandDefinition;
    expect(planDeploy([returned], [renamed]).update[0]?.fields).toEqual(['name_localizations.de']);
  });

  it('sees options removed and reordered', () => {
    const [first, second] = ask.options ?? [];
    const swapped = { ...ask, options: [second, first] } as CommandDefinition;
    expect(planDeploy([asDiscordReturnsIt(ask)], [swapped]).update[0]?.fields).toEqual([
      'options order',
    ]);
    const fewer = { ...ask, options: [first] } as CommandDefinition;
    expect(planDeploy([asDiscordReturnsIt(ask)], [fewer]).update[0]?.fields).toEqual([
      'options[speaker] removed',
    ]);
  });

  it('keeps a user command apart from a slash command of the same name', () => {
    const userCommand = asDiscordReturnsIt({ name: 'ask', type: 2 });
    const plan = planDeploy([userCommand], [ask]);
    expect(plan.add).toEqual(['ask']);
    expect(plan.remove).toEqual([{ name: 'ask', id: userCommand.id }]);
  });
});

describe('deployCommands through discord.js REST', () => {
  it('reads the scope with its localizations, then overwrites it, with the bot token', async () => {
    const requests: { method: string; url: string; auth: string | null }[] = [];
    const rest = new REST({
      api: 'http://127.0.0.1:9/api',
      makeRequest: (url: string, init: RequestInit) => {
        requests.push({
          method: init.method ?? 'GET',
          url,
          auth: new Headers(init.headers).get('authorization'),
        });
        const body =
          init.method === 'PUT' ? (JSON.parse(init.body as string) as CommandDefinition[]) : [];
        return Promise.resolve(
          new Response(JSON.stringify(body.map((definition) => asDiscordReturnsIt(definition))), {
            headers: { 'content-type': 'application/json' },
          }),
        );
      },
    }).setToken(BOT_TOKEN);
    const result = await deployCommands(
      { rest, clientId: APPLICATION_ID, scope: { kind: 'guild', guildId: GUILD_ID } },
      definitionsOf(commands),
    );
    expect(result.names).toEqual(['ask', 'who']);
    expect(result.plan.add).toEqual(['ask', 'who']);
    const base = `http://127.0.0.1:9/api/v10/applications/${APPLICATION_ID}/guilds/${GUILD_ID}`;
    expect(requests).toEqual([
      { method: 'GET', url: `${base}/commands?with_localizations=true`, auth: `Bot ${BOT_TOKEN}` },
      { method: 'PUT', url: `${base}/commands`, auth: `Bot ${BOT_TOKEN}` },
    ]);
  });
});

describe('npm run deploy (main)', () => {
  it('prints the help without reading the configuration or calling Discord', async () => {
    const out: string[] = [];
    const code = await main(
      ['--help'],
      { stdout: (t) => out.push(t), stderr: (t) => out.push(t) },
      {
        loadConfig: () => {
          throw new Error('read the configuration');
        },
        createRest: () => {
          throw new Error('called Discord');
        },
        loadCommands: () => Promise.reject(new Error('loaded commands')),
      },
    );
    expect(code).toBe(0);
    expect(out.join('\n')).toBe(HELP);
    expect(HELP).toContain('duplicates next to the global ones');
    expect(HELP).toContain('--clear --guild <id>');
  });

  it('exits 2 on an unknown flag, naming it, with the usage line', async () => {
    const result = await run(['--froce']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("deploy: Unknown option '--froce'");
    expect(result.stderr).toContain(USAGE_LINE);
    expect(result.stdout).toBe('');
  });

  it('deploys to DISCORD_GUILD_ID and says what changed', async () => {
    const { registry, calls } = memoryRegistry({
      [guildRoute]: [{ name: 'stale', description: 'Gone', type: 1 }],
    });
    const result = await run([], { env: { DISCORD_GUILD_ID: GUILD_ID }, registry });
    expect(result.code, result.stderr).toBe(0);
    expect(calls).toEqual([`GET ${guildRoute}`, `PUT ${guildRoute}`]);
    expect(result.stdout).toBe(
      [
        `Registered 2 commands in guild ${GUILD_ID}: /ask, /who`,
        '  + /ask (added)',
        '  + /who (added)',
        '  - /stale (removed)',
      ].join('\n'),
    );
  });

  it('says nothing changed when deploying what is registered', async () => {
    const { registry } = memoryRegistry({ [globalRoute]: definitionsOf(commands) });
    const result = await run([], { registry });
    expect(result.stdout).toBe(
      'Registered 2 commands globally: /ask, /who\nNothing changed: all 2 were already up to date.',
    );
  });

  it('--dry-run prints the plan field by field and changes nothing', async () => {
    const [ask] = definitionsOf(commands);
    const { registry, calls } = memoryRegistry({
      [globalRoute]: [{ ...ask, description: 'Old' } as CommandDefinition],
    });
    const result = await run(['--dry-run', '--global'], {
      env: { DISCORD_GUILD_ID: GUILD_ID },
      registry,
    });
    expect(result.code, result.stderr).toBe(0);
    expect(calls).toEqual([`GET ${globalRoute}`]);
    expect(result.stdout).toBe(
      [
        'Dry run against the 1 commands registered globally (nothing was changed):',
        '  + /who (to add)',
        '  ~ /ask (to update: description)',
      ].join('\n'),
    );
  });

  it('--list shows name, id and description; --clear removes them and counts them', async () => {
    const memory = memoryRegistry({ [guildRoute]: definitionsOf(commands) });
    const listed = await run(['--list', '--guild', GUILD_ID], { registry: memory.registry });
    const ids = memory.scopes.get(guildRoute)?.map((c) => c.id) ?? [];
    expect(listed.stdout).toBe(
      [
        `2 commands registered in guild ${GUILD_ID}:`,
        `  /ask  ${ids[0] ?? ''}  The ask command`,
        `  /who  ${ids[1] ?? ''}  The who command`,
      ].join('\n'),
    );

    const dry = await run(['--clear', '--dry-run', '--guild', GUILD_ID], {
      registry: memory.registry,
    });
    expect(dry.stdout).toContain(`--clear would remove 2 commands in guild ${GUILD_ID}`);
    expect(memory.scopes.get(guildRoute)).toHaveLength(2);

    const cleared = await run(['--clear', '--guild', GUILD_ID], { registry: memory.registry });
    expect(cleared.stdout).toBe(`Removed 2 commands in guild ${GUILD_ID}: /ask, /who`);
    expect(memory.scopes.get(guildRoute)).toEqual([]);
    expect(memory.calls.filter((call) => call.startsWith('PUT'))).toEqual([`PUT ${guildRoute}`]);

    const again = await run(['--clear', '--guild', GUILD_ID], { registry: memory.registry });
    expect(again.stdout).toBe(`Nothing to clear: no commands registered in guild ${GUILD_ID}.`);
  });

  it('exits 1 saying why Discord could not be reached', async () => {
    const unreachable: CommandRegistry = {
      get: () =>
        Promise.reject(
          new TypeError('fetch failed', { cause: new Error('connect ECONNREFUSED 127.0.0.1:9') }),
        ),
      put: () => Promise.reject(new Error('not reached')),
    };
    const result = await run(['--list'], { registry: unreachable });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('Deploy failed: fetch failed (connect ECONNREFUSED 127.0.0.1:9)');
  });

  it('exits 1 naming the variable when DISCORD_TOKEN is missing', async () => {
    const result = await run(['--list'], { env: { DISCORD_TOKEN: '' } });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^Configuration error: DISCORD_TOKEN is required/);
  });
});

describe('deploying the real commands', () => {
  it('registers all eleven, usable in servers, bot DMs and private channels, installed either way', async () => {
    const definitions = definitionsOf(await loadCommands());
    expect(definitions.map((definition) => definition.name).sort()).toEqual([
      ...ISSUE_COMMAND_NAMES,
    ]);
    // Server settings: in servers only, for members with Manage Server unless an admin says so.
    const settings = definitions.find((definition) => definition.name === 'settings');
    expect(settings).toMatchObject({
      contexts: [InteractionContextType.Guild],
      integration_types: [ApplicationIntegrationType.GuildInstall],
      default_member_permissions: String(PermissionFlagsBits.ManageGuild),
    });
    for (const definition of definitions.filter((definition) => definition !== settings)) {
      expect(definition.contexts).toEqual([
        InteractionContextType.Guild,
        InteractionContextType.BotDM,
        InteractionContextType.PrivateChannel,
      ]);
      expect(definition.integration_types).toEqual([
        ApplicationIntegrationType.GuildInstall,
        ApplicationIntegrationType.UserInstall,
      ]);
      expect(definition.options).toContainEqual(
        expect.objectContaining({ name: 'private', type: 5 }),
      );
    }
  });

  it('are unchanged once registered as Discord returns them', () => {
    return loadCommands().then((loaded) => {
      const definitions = definitionsOf(loaded);
      const registered = definitions.map((definition) => asDiscordReturnsIt(definition));
      expect(planDeploy(registered, definitions).unchanged).toHaveLength(definitions.length);
    });
  });
});
