/**
 * Page controls on every command in `commands/`, over the bundled dataset, whatever a user types
 * into the options: every button's custom id fits Discord's 100 characters and is unique in its
 * row, and pressing an enabled one runs the same command with the same options again and shows
 * the page it promised. State lives only in the custom id and the footer, so this is the whole
 * contract of a button that must keep working across restarts.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ApplicationCommandOptionType, type APIButtonComponentWithCustomId } from 'discord.js';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAnswerer } from '../../src/answer/answerer.js';
import type { Answerer } from '../../src/answer/types.js';
import type { Command, Reply } from '../../src/bot/command.js';
import { loadCommands } from '../../src/bot/load-commands.js';
import {
  GO_TO_LABEL,
  decodePageButton,
  resolvePageButton,
} from '../../src/bot/render/pagination.js';
import { loadDataset } from '../../src/dataset/load.js';
import { DATASET_WORDS, hostileText, SEED } from './arbitraries.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const REFERENCE = new Date(Date.UTC(2017, 2, 2, 12));
const NOW = new Date('2024-05-01T12:00:00Z');

const commands = await loadCommands();
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

/** Values for each string option: hostile text, words of the dataset, ids autocomplete offers. */
function optionsFor(command: Command): fc.Arbitrary<Record<string, unknown>> {
  const entries = (command.data.toJSON().options ?? []).flatMap((option) => {
    if (option.type !== ApplicationCommandOptionType.String) return [];
    const max = option.max_length ?? 6000;
    const value = fc
      .oneof(
        { weight: 3, arbitrary: hostileText },
        { weight: 2, arbitrary: fc.constantFrom(...DATASET_WORDS) },
        { weight: 1, arbitrary: fc.nat().map((i) => knownIds[i % knownIds.length] ?? '') },
      )
      .map((text) => text.slice(0, max));
    const maybe = option.required === true ? value : fc.option(value, { nil: undefined });
    return [maybe.map((text) => [option.name, text] as const)];
  });
  return fc
    .tuple(...entries)
    .map((pairs) => Object.fromEntries(pairs.filter(([, text]) => text !== undefined)));
}

function buttonsOf(reply: Reply): APIButtonComponentWithCustomId[] {
  return reply.components.flatMap((row) =>
    row.components.filter(
      (component): component is APIButtonComponentWithCustomId => 'custom_id' in component,
    ),
  );
}

const footerOf = (reply: Reply): string | null => reply.embeds[0]?.footer?.text ?? null;

const user = fc.oneof(fc.constant('812345678901234567'), fc.stringMatching(/^\d{17,20}$/));

describe.each([...commands.keys()])('/%s page controls', (name) => {
  const command = commands.get(name);
  if (command === undefined) throw new Error(`no command /${name}`);

  it('fit in 100 characters and lead, for the asker, to the page they promise', () => {
    fc.assert(
      fc.property(
        optionsFor(command),
        user,
        fc.integer({ min: 0, max: 6 }),
        (raw, userId, page) => {
          const parsed = command.options.safeParse(raw);
          // Options the schema refuses never reach execute (nor do subcommands' option shapes).
          if (!parsed.success) return;
          const run = (options: Record<string, unknown>, shown: number): Reply => {
            const again = command.options.safeParse(options);
            if (!again.success)
              throw new Error(`the footer's options fail: ${again.error.message}`);
            return command.execute(again.data, { answerer, userId, page: shown, now: NOW });
          };
          const reply = run(raw, page);
          const buttons = buttonsOf(reply);
          const ids = buttons.map((button) => button.custom_id);
          expect(new Set(ids).size).toBe(ids.length);
          for (const button of buttons) {
            expect(button.custom_id.length).toBeLessThanOrEqual(100);
            const decoded = decodePageButton(button.custom_id);
            expect(decoded?.ownerId).toBe(userId);
            if (button.disabled === true || button.label === GO_TO_LABEL) continue;
            const press = resolvePageButton({
              customId: button.custom_id,
              footer: footerOf(reply),
              userId,
              ownerId: userId,
              now: NOW,
            });
            if (!press.ok || 'form' in press) throw new Error(`${button.label} was refused`);
            expect(press.command).toBe(name);
            const turned = run(press.options, press.page);
            expect(footerOf(turned)).toMatch(new RegExp(`^Page ${press.page + 1} of \\d+ · /`));
            // The same list again: the command line in the footer is the one it was run with.
            expect(footerOf(turned)?.replace(/^Page \d+ of \d+ · /, '')).toBe(
              footerOf(reply)?.replace(/^Page \d+ of \d+ · /, ''),
            );
          }
        },
      ),
      { seed: SEED, numRuns: (command.data.toJSON().options ?? []).length > 1 ? 60 : 10 },
    );
  });
});
