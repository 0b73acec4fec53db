import { Writable } from 'node:stream';
import { Collection, DiscordAPIError, type FetchApplicationCommandOptions } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { fetchCommandIds, type CommandLister } from '../../src/bot/command-ids.js';
import { createLogger } from '../../src/log.js';

const GUILD = '900000000000000100';

/** Registered commands per scope (`global` or a guild id); a scope set to an error fails. */
function lister(scopes: Record<string, [string, string][] | Error>): {
  lister: CommandLister;
  asked: FetchApplicationCommandOptions[];
} {
  const asked: FetchApplicationCommandOptions[] = [];
  return {
    asked,
    lister: {
      fetch(options) {
        asked.push(options);
        const registered = scopes[options.guildId ?? 'global'] ?? [];
        if (registered instanceof Error) return Promise.reject(registered);
        return Promise.resolve(
          new Collection(registered.map(([name, id]) => [id, { id, name }] as const)),
        );
      },
    },
  };
}

function capturedLogger(): { logger: ReturnType<typeof createLogger>; lines: string[] } {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  return { logger: createLogger({ level: 'info', destination }), lines };
}

describe('fetchCommandIds', () => {
  it('maps the global commands by name, asking no guild when none is configured', async () => {
    const { lister: commands, asked } = lister({
      global: [
        ['who', '1100000000000000001'],
        ['help', '1100000000000000002'],
      ],
    });
    const ids = await fetchCommandIds(commands, { logger: capturedLogger().logger });
    expect(Object.fromEntries(ids)).toEqual({
      who: '1100000000000000001',
      help: '1100000000000000002',
    });
    expect(asked).toEqual([{}]);
  });

  it("prefers the development guild's commands, where deploy registers them", async () => {
    const { lister: commands } = lister({
      global: [
        ['who', '1100000000000000001'],
        ['about', '1100000000000000003'],
      ],
      [GUILD]: [['who', '1200000000000000001']],
    });
    const ids = await fetchCommandIds(commands, {
      guildId: GUILD,
      logger: capturedLogger().logger,
    });
    expect(Object.fromEntries(ids)).toEqual({
      who: '1200000000000000001',
      about: '1100000000000000003',
    });
  });

  it('keeps what it could fetch and warns when Discord refuses a scope', async () => {
    const refused = new DiscordAPIError(
      { code: 50001, message: 'Missing Access' },
      50001,
      403,
      'GET',
      `/applications/1/guilds/${GUILD}/commands`,
      {},
    );
    const { lister: commands } = lister({
      global: [['who', '1100000000000000001']],
      [GUILD]: refused,
    });
    const { logger, lines } = capturedLogger();
    const ids = await fetchCommandIds(commands, { guildId: GUILD, logger });
    expect(Object.fromEntries(ids)).toEqual({ who: '1100000000000000001' });
    expect(lines.join('')).toContain('could not fetch the registered commands');
    expect(lines.join('')).toContain('Missing Access');
  });
});
