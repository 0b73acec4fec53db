/**
 * The dataset file changes under the running bot, as `npm run ingest` or a copy would change it:
 * a corrupt version is rejected (logged) and the last good one keeps answering; a valid new
 * version is swapped in without a restart. Files are replaced atomically (write, then rename),
 * as tools do, and finally the dataset's whole folder is swapped for another, as a deployment
 * does (`mv data data.old && mv data.new data`).
 */
import { mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from './harness.js';
import type { LogLine } from './harness.js';
import {
  deprecationWarnings,
  newUserId,
  startBotSession,
  unknownRoutes,
} from './fixtures/bot-session.js';
import type { BotSession } from './fixtures/bot-session.js';

interface SeedPerson {
  id: string;
  name: string;
}

let folder: string;
/** The dataset's own folder, swapped for another at the end. */
let dataFolder: string;
let datasetPath: string;
let seedText: string;
let session: BotSession;

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'e2e-dataset-'));
  dataFolder = path.join(folder, 'data');
  await mkdir(dataFolder);
  datasetPath = path.join(dataFolder, 'events.json');
  seedText = await readFile(path.join(repoRoot, 'data/events.json'), 'utf8');
  await writeFile(datasetPath, seedText);
  session = await startBotSession({ env: { DATASET_PATH: datasetPath }, deploy: false });
});

afterAll(async () => {
  await session.stop();
  await rm(folder, { recursive: true, force: true });
});

/** Replaces the dataset in one step, as `mv` or an atomic writer does. */
async function replaceDataset(content: string): Promise<void> {
  const temporary = path.join(dataFolder, `.events.json.${String(process.hrtime.bigint())}.tmp`);
  await writeFile(temporary, content);
  await rename(temporary, datasetPath);
}

async function whoTitle(name: string): Promise<string | undefined> {
  const { emulator } = session;
  const sent = await emulator.sendSlashCommand({
    name: 'who',
    options: { name },
    userId: newUserId(),
  });
  const response = await emulator.waitForInteractionResponse(sent.id, {
    final: true,
    timeoutMs: 10_000,
  });
  return response.message?.embeds[0]?.title;
}

const newLog =
  (message: string, after: number) =>
  (line: LogLine): boolean =>
    line.json?.msg === message && session.bot.lines.indexOf(line) >= after;

describe('the dataset changing while the bot runs', () => {
  it('keeps answering from the last good dataset when a corrupt one is dropped in, and logs why', async () => {
    expect(await whoTitle('person-jeff-sessions')).toBe('Jeff Sessions');
    const from = session.bot.lines.length;

    await replaceDataset('{"events": [ this is not JSON');
    const rejected = await session.bot.waitForLog(
      newLog('dataset change rejected; keeping the last good one', from),
    );

    expect(rejected.json).toMatchObject({ file: datasetPath });
    expect(String(rejected.json?.reason)).toMatch(/not valid JSON/);
    expect(await whoTitle('person-jeff-sessions')).toBe('Jeff Sessions');
    expect(
      session.bot.lines.slice(from).some((line) => line.json?.msg === 'dataset reloaded'),
    ).toBe(false);
  });

  it('rejects a dataset that is valid JSON but breaks the schema, naming the field', async () => {
    const from = session.bot.lines.length;

    await replaceDataset(JSON.stringify({ ...JSON.parse(seedText), people: 'nobody' }));
    const rejected = await session.bot.waitForLog(
      newLog('dataset change rejected; keeping the last good one', from),
    );

    expect(String(rejected.json?.reason)).toMatch(/people/);
    expect(await whoTitle('person-jeff-sessions')).toBe('Jeff Sessions');
  });

  it('swaps in a valid changed dataset and answers from it', async () => {
    const dataset = JSON.parse(seedText) as { people: SeedPerson[] } & Record<string, unknown>;
    const renamed = 'Jefferson Beauregard Sessions III';
    const people = dataset.people.map((person) =>
      person.id === 'person-jeff-sessions' ? { ...person, name: renamed } : person,
    );
    const from = session.bot.lines.length;

    await replaceDataset(JSON.stringify({ ...dataset, people }, null, 2));
    const reloaded = await session.bot.waitForLog(newLog('dataset reloaded', from));

    expect(reloaded.json).toMatchObject({ file: datasetPath });
    expect(await whoTitle('person-jeff-sessions')).toBe(renamed);
  });

  it('follows its folder swapped for a new one, and then sees changes in the new folder', async () => {
    const dataset = JSON.parse(seedText) as { people: SeedPerson[] } & Record<string, unknown>;
    const named = (name: string): string =>
      JSON.stringify({
        ...dataset,
        people: dataset.people.map((person) =>
          person.id === 'person-jeff-sessions' ? { ...person, name } : person,
        ),
      });
    const fresh = path.join(folder, 'data.new');
    await mkdir(fresh);
    await writeFile(path.join(fresh, 'events.json'), named('Sessions From The New Folder'));
    const from = session.bot.lines.length;

    await rename(dataFolder, path.join(folder, 'data.old'));
    await rename(fresh, dataFolder);
    await session.bot.waitForLog(newLog('dataset reloaded', from));

    expect(await whoTitle('person-jeff-sessions')).toBe('Sessions From The New Folder');
    expect(
      session.bot.lines.slice(from).some((line) => line.json?.msg === 'dataset watch re-armed'),
    ).toBe(true);

    const edited = session.bot.lines.length;
    await writeFile(datasetPath, named('Sessions Edited In Place'));
    await session.bot.waitForLog(newLog('dataset reloaded', edited));
    expect(await whoTitle('person-jeff-sessions')).toBe('Sessions Edited In Place');
  });

  it('used only routes Discord has, and the bot printed no deprecation warning', () => {
    expect(unknownRoutes(session.emulator)).toEqual([]);
    expect(deprecationWarnings(session.bot)).toEqual([]);
  });
});
