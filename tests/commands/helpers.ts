/**
 * Running the real command modules the way the router does: options validated by the command's
 * schema through `runCommand`, the real answering core over a dataset, replies as data.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { expect } from 'vitest';
import { createAnswerer } from '../../src/answer/answerer.js';
import type { Answerer } from '../../src/answer/types.js';
import type { Command, Reply } from '../../src/bot/command.js';
import { runCommand } from '../../src/bot/interactions.js';
import { loadCommands } from '../../src/bot/load-commands.js';
import { loadDataset, parseDataset } from '../../src/dataset/load.js';
import type { Dataset } from '../../src/dataset/schema.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** "Today" for relative dates in questions: fixed, so date answers do not drift. */
export const REFERENCE_DATE = new Date('2024-01-01T00:00:00Z');
export const NOW = new Date('2024-05-01T12:00:00Z');
export const USER = '812345678901234567';

let commands: Promise<Map<string, Command>> | undefined;
let bundled: Promise<Answerer> | undefined;

export async function getCommand(name: string): Promise<Command> {
  commands ??= loadCommands();
  const command = (await commands).get(name);
  if (command === undefined) throw new Error(`no command /${name}`);
  return command;
}

export async function allCommands(): Promise<Map<string, Command>> {
  commands ??= loadCommands();
  return commands;
}

/** The real core over the bundled dataset (data/events.json, built from the seed). */
export function bundledAnswerer(): Promise<Answerer> {
  bundled ??= loadDataset(path.join(repoRoot, 'data/events.json')).then((dataset) =>
    createAnswerer(dataset, { referenceDate: REFERENCE_DATE }),
  );
  return bundled;
}

export interface RunOptions {
  page?: number;
  userId?: string;
  now?: Date;
}

/** Validates `raw` with the command's schema and runs it; fails the test on an option problem. */
export function run(
  command: Command,
  raw: Record<string, unknown>,
  answerer: Answerer,
  options: RunOptions = {},
): Reply {
  const result = runCommand(command, raw, {
    answerer,
    userId: options.userId ?? USER,
    page: options.page ?? 0,
    now: options.now ?? NOW,
  });
  if (!result.ok) throw new Error(`unexpected option problem: ${result.problem}`);
  return result.reply;
}

/** The problem message for options the command's schema refuses. */
export function optionProblem(
  command: Command,
  raw: Record<string, unknown>,
  answerer: Answerer,
): string {
  const result = runCommand(command, raw, { answerer, userId: USER, page: 0, now: NOW });
  if (result.ok) throw new Error('expected the options to be refused');
  return result.problem;
}

/** All the text of a reply's embeds, as Discord would show it (markdown left in). */
export function replyText(reply: Reply): string {
  return reply.embeds
    .flatMap((embed) => [
      embed.title ?? '',
      embed.description ?? '',
      ...(embed.fields ?? []).flatMap((field) => [field.name, field.value]),
      embed.footer?.text ?? '',
    ])
    .join('\n');
}

export function footerOf(reply: Reply): string | null {
  return reply.embeds[0]?.footer?.text ?? null;
}

/** The custom id of the reply's enabled button with this label, if any. */
export function buttonId(reply: Reply, label: string): string | null {
  for (const row of reply.components) {
    for (const component of row.components) {
      if ('custom_id' in component && 'label' in component && component.label === label) {
        return component.disabled === true ? null : component.custom_id;
      }
    }
  }
  return null;
}

type OptionJson = NonNullable<RESTPostAPIChatInputApplicationCommandsJSONBody['options']>[number];

/** name → { type, required, autocomplete, max_length } of the definition's options. */
export function optionsOf(command: Command): Record<string, Partial<OptionJson>> {
  const json = command.data.toJSON();
  return Object.fromEntries(
    (json.options ?? []).map((option) => [
      option.name,
      {
        type: option.type,
        required: 'required' in option ? (option.required ?? false) : false,
        ...('autocomplete' in option ? { autocomplete: option.autocomplete ?? false } : {}),
        ...('max_length' in option && option.max_length !== undefined
          ? { max_length: option.max_length }
          : {}),
      } as Partial<OptionJson>,
    ]),
  );
}

/** Guild, bot DM and private channel; guild install and user install; an optional `private`. */
export function expectSharedDefinition(command: Command, name: string): void {
  const json = command.data.toJSON();
  expect(json.name).toBe(name);
  expect(json.description.length).toBeGreaterThan(0);
  expect(json.description.length).toBeLessThanOrEqual(100);
  expect(json.contexts).toEqual([0, 1, 2]);
  expect(json.integration_types).toEqual([0, 1]);
  const last = json.options?.at(-1);
  expect(last).toMatchObject({ name: 'private', type: 5 });
  expect(last && 'required' in last ? last.required : false).not.toBe(true);
}

export interface SyntheticOptions {
  events?: number;
  /** The text of the quote in event `i`. */
  quote?: (i: number) => string;
  /** The summary of event `i`. */
  summary?: (i: number) => string;
  speaker?: string;
}

/**
 * A valid dataset (checked by the real loader) of `events` daily events from 1 March 2017, each
 * with one article source and one quote by the same person: enough for several pages of results.
 */
export function syntheticDataset(options: SyntheticOptions = {}): Dataset {
  const count = options.events ?? 30;
  const speaker = options.speaker ?? 'Jane Roe';
  const personId = 'person-jane-roe';
  const day = (i: number) => new Date(Date.UTC(2017, 2, 1 + i)).toISOString().slice(0, 10);
  const indexes = Array.from({ length: count }, (_, i) => i);
  const dataset = {
    version: 2,
    inputs: ['synthetic.txt'],
    attributions: [],
    events: indexes.map((i) => ({
      id: `evt-${i}`,
      date: day(i),
      title: `Budget hearing number ${i}`,
      summary: options.summary?.(i) ?? `Senator ${speaker} spoke at budget hearing number ${i}.`,
      sourceIds: [`src-${i}`],
      personIds: [personId],
      origin: { file: 'synthetic.txt', line: i + 1 },
    })),
    sources: indexes.map((i) => ({
      id: `src-${i}`,
      kind: 'article',
      eventId: `evt-${i}`,
      date: day(i),
      text: `Budget hearing ${i}`,
      publisher: 'Example News',
      url: `https://example.com/news/${i}`,
    })),
    quotes: indexes.map((i) => ({
      id: `evt-${i}-q1`,
      eventId: `evt-${i}`,
      sourceId: `src-${i}`,
      text: options.quote?.(i) ?? `The budget is balanced, hearing ${i}.`,
      speaker: { personId, name: speaker },
      when: { date: day(i), precision: 'day' },
      sentence: `${speaker} said the budget is balanced.`,
      quoteMark: 'double',
      fragment: false,
      qualifier: null,
      negated: false,
    })),
    people: [
      {
        id: personId,
        kind: 'person',
        name: speaker,
        aliases: [speaker, speaker.split(' ').at(-1) ?? speaker],
        roles: [{ title: 'Senator', former: false }],
        eventIds: indexes.map((i) => `evt-${i}`),
      },
    ],
    facts: [],
  };
  return parseDataset(JSON.stringify(dataset), 'synthetic dataset');
}

export function syntheticAnswerer(options: SyntheticOptions = {}): Answerer {
  return createAnswerer(syntheticDataset(options), { referenceDate: REFERENCE_DATE });
}
