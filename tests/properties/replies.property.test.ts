/**
 * Hostile options through every command in `commands/`, over the bundled dataset: whatever a
 * user types (within what each command's schema accepts), the reply stays within Discord's
 * payload limits and its text can ping no one. The limits are the emulator's schemas, which
 * count as Discord does.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ApplicationCommandOptionType } from 'discord.js';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAnswerer } from '../../src/answer/answerer.js';
import type { Answerer } from '../../src/answer/types.js';
import type { Command, Reply } from '../../src/bot/command.js';
import { loadCommands } from '../../src/bot/load-commands.js';
import { loadDataset } from '../../src/dataset/load.js';
import {
  autocompleteChoicesSchema,
  checkMessageBody,
  isEmptyMessage,
} from '../emulator/message-limits.js';
import {
  DATASET_WORDS,
  hostileText,
  isoDayWithAnyYear,
  MAX_CALL_MS,
  PING,
  SEED,
  timed,
} from './arbitraries.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const REFERENCE = new Date(Date.UTC(2017, 2, 2, 12));
const NOW = new Date('2024-05-01T12:00:00Z');

const commands = await loadCommands();

function commandNamed(name: string): Command {
  const command = commands.get(name);
  if (command === undefined) throw new Error(`no command /${name}`);
  return command;
}
let answerer: Answerer;
let knownIds: string[] = [];

beforeAll(async () => {
  const dataset = await loadDataset(path.join(repoRoot, 'data/events.json'));
  answerer = createAnswerer(dataset, { referenceDate: REFERENCE });
  knownIds = [
    ...dataset.people.slice(0, 20).map((person) => person.id),
    ...dataset.events.slice(0, 20).map((event) => event.id),
  ];
});

interface StringOption {
  name: string;
  required: boolean;
  maxLength: number;
  autocomplete: boolean;
}

/** A way to call a command: a subcommand (or none) and the string options it declares. */
interface Variant {
  subcommand: string | null;
  options: StringOption[];
  /** Channel options, given a channel id. */
  channels: { name: string; required: boolean }[];
}

type DeclaredOption = NonNullable<ReturnType<Command['data']['toJSON']>['options']>[number];

function variantOf(subcommand: string | null, declared: readonly DeclaredOption[]): Variant {
  return {
    subcommand,
    options: declared.flatMap((option) =>
      option.type === ApplicationCommandOptionType.String
        ? [
            {
              name: option.name,
              required: option.required ?? false,
              maxLength: option.max_length ?? 6000,
              autocomplete: 'autocomplete' in option && option.autocomplete === true,
            },
          ]
        : [],
    ),
    channels: declared.flatMap((option) =>
      option.type === ApplicationCommandOptionType.Channel
        ? [{ name: option.name, required: option.required ?? false }]
        : [],
    ),
  };
}

/** Each way to call the command: one per subcommand, or the command itself. */
function variantsOf(command: Command): Variant[] {
  const declared = command.data.toJSON().options ?? [];
  const subcommands = declared.filter(
    (option) => option.type === ApplicationCommandOptionType.Subcommand,
  );
  if (subcommands.length === 0) return [variantOf(null, declared)];
  return subcommands.map((subcommand) =>
    variantOf(subcommand.name, 'options' in subcommand ? (subcommand.options ?? []) : []),
  );
}

/** The string options a command declares, in any of its subcommands. */
function stringOptions(command: Command): StringOption[] {
  return variantsOf(command).flatMap((variant) => variant.options);
}

/** What a user can type into one option: hostile text, dataset words, or ids autocomplete offers. */
function valueFor(option: StringOption): fc.Arbitrary<string> {
  return fc
    .oneof(
      { weight: 4, arbitrary: hostileText },
      { weight: 1, arbitrary: fc.constantFrom(...DATASET_WORDS) },
      // Ids are only known once the dataset is loaded, so pick by index at run time.
      {
        weight: 1,
        arbitrary: fc.nat().map((i) => knownIds[i % Math.max(1, knownIds.length)] ?? ''),
      },
    )
    .chain((text) =>
      // Discord enforces max_length before the bot sees the text; keep most values within it.
      fc.constantFrom(text.slice(0, option.maxLength), text.slice(0, option.maxLength), text),
    );
}

function optionsFor(command: Command): fc.Arbitrary<Record<string, unknown>> {
  return fc.constantFrom(...variantsOf(command)).chain((variant) => {
    const texts = variant.options.map((option) =>
      (option.required ? valueFor(option) : fc.option(valueFor(option), { nil: undefined })).map(
        (value) => [option.name, value] as const,
      ),
    );
    // A channel option's value is the picked channel's id (the router resolves the channel).
    const channels = variant.channels.map((option) =>
      (option.required
        ? fc.stringMatching(/^\d{17,20}$/)
        : fc.option(fc.stringMatching(/^\d{17,20}$/), { nil: undefined })
      ).map((value) => [option.name, value] as const),
    );
    return fc.tuple(...texts, ...channels).map((pairs) => ({
      ...Object.fromEntries(pairs.filter(([, value]) => value !== undefined)),
      ...(variant.subcommand === null ? {} : { subcommand: variant.subcommand }),
    }));
  });
}

/** The text Discord renders with markdown and mentions: everything but the footer. */
function renderedText(reply: Reply): string[] {
  return [
    reply.content ?? '',
    ...reply.embeds.flatMap((embed) => [
      embed.title ?? '',
      embed.description ?? '',
      embed.author?.name ?? '',
      ...(embed.fields ?? []).flatMap((field) => [field.name, field.value]),
    ]),
  ];
}

function expectDiscordAccepts(reply: Reply): void {
  const checked = checkMessageBody({
    content: reply.content,
    embeds: reply.embeds,
    components: reply.components,
  });
  expect(checked.ok ? null : checked.error).toBeNull();
  if (checked.ok) expect(isEmptyMessage(checked.body)).toBe(false);
  // The same limits spelt out, so a failure names the one broken.
  expect((reply.content ?? '').length).toBeLessThanOrEqual(2000);
  expect(reply.embeds.length).toBeLessThanOrEqual(10);
  expect(reply.components.length).toBeLessThanOrEqual(5);
  for (const row of reply.components) {
    for (const component of row.components) {
      if ('custom_id' in component) expect(component.custom_id.length).toBeLessThanOrEqual(100);
    }
  }
}

const context = fc.record({
  userId: fc.oneof(fc.constant('812345678901234567'), fc.stringMatching(/^\d{17,20}$/)),
  page: fc.oneof(fc.integer({ min: 0, max: 6 }), fc.constantFrom(-1, 1_000, 2.5)),
});

describe.each([...commands.keys()])('/%s with hostile options', (name) => {
  const command = commandNamed(name);

  it('replies within every Discord limit, and its text can ping no one', () => {
    fc.assert(
      fc.property(optionsFor(command), context, (raw, { userId, page }) => {
        const parsed = command.options.safeParse(raw);
        // Options the command's schema refuses never reach execute (the router answers instead).
        fc.pre(parsed.success);
        const { result: reply, ms } = timed(() =>
          command.execute(parsed.data, {
            answerer,
            userId,
            page,
            now: NOW,
          }),
        );
        expect(ms).toBeLessThan(MAX_CALL_MS);
        expectDiscordAccepts(reply);
        for (const text of renderedText(reply)) expect(text).not.toMatch(PING);
      }),
      { seed: SEED, numRuns: stringOptions(command).length === 0 ? 5 : 300 },
    );
  });

  const autocompleted = stringOptions(command).filter((option) => option.autocomplete);
  // Only commands with autocomplete options get this property (no skipped placeholders).
  if (autocompleted.length === 0) return;
  it('offers autocomplete choices Discord accepts', () => {
    fc.assert(
      fc.property(fc.constantFrom(...autocompleted), hostileText, (option, value) => {
        const { result: choices, ms } = timed(
          () => command.autocomplete?.({ name: option.name, value }, { answerer }) ?? [],
        );
        expect(ms).toBeLessThan(MAX_CALL_MS);
        const checked = autocompleteChoicesSchema.safeParse({ choices });
        expect(checked.success ? null : checked.error.issues).toBeNull();
      }),
      { seed: SEED, numRuns: 200 },
    );
  });
});

describe('/date on years at the edges of the calendar', () => {
  // Regression: years 0000-0099 were shown as 1900-1999 ("0050-03-02" read "2 March 1950").
  it.runIf(commands.has('date'))('names the year that was asked, or none', () => {
    const command = commandNamed('date');
    const day = isoDayWithAnyYear(9999).map(({ year, text }) => ({ year, when: text }));
    fc.assert(
      fc.property(day, ({ year, when }) => {
        const reply = command.execute({ when }, { answerer, userId: '1', page: 0, now: NOW });
        // A refusal names no year; an answer names the asked one, never another century's.
        const years = (reply.embeds[0]?.title ?? '').match(/\d{3,}/g) ?? [];
        for (const shown of years) expect(Number(shown)).toBe(year);
      }),
      { seed: SEED, numRuns: 200 },
    );
  });
});
