/**
 * Tab completion in the offline console offers what Discord offers: command and option names,
 * and for an autocompleted option the choices of the command's own `autocomplete` (fuzzy, so
 * typos complete too). What goes into the line must read back to the same value, and readline
 * must never be told to rewrite the line into something the user did not pick.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createAnswerer } from '../../src/answer/answerer.js';
import type { Answerer } from '../../src/answer/types.js';
import { defineCommand, slashCommand, type Command } from '../../src/bot/command.js';
import { resolveCommandLine } from '../../src/bot/command-line.js';
import { completeLine } from '../../src/console/complete.js';
import { parseDataset } from '../../src/dataset/load.js';
import {
  REFERENCE_DATE,
  allCommands,
  bundledAnswerer,
  syntheticAnswerer,
  syntheticDataset,
} from '../commands/helpers.js';

let answerer: Answerer;
let commands: Map<string, Command>;
beforeAll(async () => {
  answerer = await bundledAnswerer();
  commands = await allCommands();
});

const complete = (line: string, using: Answerer = answerer) => completeLine(line, commands, using);

/** Three people whose names start alike: two senators named Jeff, and Jeffrey Lord. */
function namesakes(): Answerer {
  const dataset = syntheticDataset({ speaker: 'Jeff Sessions' });
  const person = (id: string, name: string, roles: { title: string; former: boolean }[]) => ({
    id,
    kind: 'person',
    name,
    aliases: [],
    roles,
    eventIds: [],
  });
  const people = [
    ...dataset.people,
    person('person-jeff-flake', 'Jeff Flake', [{ title: 'Senator', former: false }]),
    person('person-jeffrey-lord', 'Jeffrey Lord', []),
  ];
  return createAnswerer(parseDataset(JSON.stringify({ ...dataset, people }), 'namesakes'), {
    referenceDate: REFERENCE_DATE,
  });
}

/** The line after one Tab with a single completion, as readline edits it. */
function afterTab(line: string, [completions, replaced]: [string[], string]): string {
  expect(completions).toHaveLength(1);
  expect(line.endsWith(replaced)).toBe(true);
  return line.slice(0, line.length - replaced.length) + (completions[0] ?? '');
}

/**
 * Readline replaces the typed text with the completions' common prefix unless that prefix is
 * already the start of what was typed; a listing must leave the line alone.
 */
function leavesLineAlone([completions, replaced]: [string[], string]): boolean {
  const shown = completions.filter((completion) => completion !== '');
  let prefix = shown[0] ?? '';
  for (const completion of shown)
    while (!completion.startsWith(prefix)) prefix = prefix.slice(0, -1);
  return replaced.startsWith(prefix);
}

describe('completing a command name', () => {
  it('completes /wh to /who and a space, ready for its options', () => {
    expect(complete('/wh')).toEqual([['/who '], '/wh']);
    expect(complete('  /WH')).toEqual([['/who '], '/WH']);
  });

  it('lists every command after a bare slash, and the slash on an empty line', () => {
    const all = [...commands.keys()].map((name) => `/${name} `);
    expect(complete('/')).toEqual([all, '/']);
    expect(complete('')).toEqual([all, '']);
  });

  it('forgives one typo in a name of three letters or more', () => {
    expect(complete('/hwo')).toEqual([['/who '], '/hwo']);
    expect(complete('/tiemline')).toEqual([['/timeline '], '/tiemline']);
    expect(complete('/xyz')).toEqual([[], '/xyz']);
  });
});

describe('completing an option name', () => {
  it("offers the command's options, leaving out those already given", () => {
    expect(complete('/who ')).toEqual([['name:', 'private:'], '']);
    expect(complete('/who n')).toEqual([['name:'], 'n']);
    expect(complete('/who name:sessions ')).toEqual([['private:'], '']);
    expect(complete('/quote search:"honest and correct" ')).toEqual([['speaker:', 'private:'], '']);
  });

  it('offers the next option after the words of a free-text option', () => {
    expect(complete('/quote search:honest sp')).toEqual([['speaker:'], 'sp']);
    expect(complete('/quote search:honest and')[0]).toEqual([]);
  });

  it('completes nothing on an unknown command, option or a repeated option', () => {
    expect(complete('/nope x:')).toEqual([[], '']);
    expect(complete('/who nme:jef')).toEqual([[], '']);
    expect(complete('/who name:a name:b')).toEqual([[], '']);
  });
});

describe('completing an option value', () => {
  it("puts in the value the who command's own autocomplete gives, as Discord would send it", () => {
    const who = commands.get('who');
    const [choice] = who?.autocomplete?.({ name: 'name', value: 'jef' }, { answerer }) ?? [];
    expect(choice).toEqual({
      name: 'Jeff Sessions (Attorney General)',
      value: 'person-jeff-sessions',
    });

    expect(complete('/who name:jef')).toEqual([['person-jeff-sessions '], 'jef']);
    const line = afterTab('/who name:jef', complete('/who name:jef'));
    expect(resolveCommandLine(line, commands)).toMatchObject({
      ok: true,
      options: { name: 'person-jeff-sessions' },
    });
  });

  it('is fuzzy: a misspelt full name completes to the person', () => {
    expect(complete('/who name:jef sesions')).toEqual([['person-jeff-sessions '], 'jef sesions']);
    expect(complete('/quote search:honest speaker:fraken')).toEqual([
      ['person-franken '],
      'fraken',
    ]);
  });

  it('replaces a value still being typed inside quotes, quotes and all', () => {
    expect(complete('/who name:"jef ses')).toEqual([['person-jeff-sessions '], '"jef ses']);
    expect(complete('/who name:"jef ses"')).toEqual([['person-jeff-sessions '], '"jef ses"']);
  });

  it('completes true and false for a boolean option', () => {
    expect(complete('/who name:sessions private:')).toEqual([['true ', 'false '], '']);
    expect(complete('/who name:sessions private:T')).toEqual([['true '], 'T']);
  });

  it('lists several choices under a heading, on the labels Discord shows, and leaves the line as typed', () => {
    const events = syntheticAnswerer({ events: 12 });
    const result = complete('/event query:budget', events);
    const [listed, replaced] = result;
    expect(replaced).toBe('budget');
    expect(listed[0]).toBe('(12 choices: type more to narrow them down)');
    expect(listed.slice(2)).toContain('2017-03-12 · Budget hearing number 11');
    // Every label starts "2017-03-": readline must not turn "budget" into that.
    expect(leavesLineAlone(result)).toBe(true);
  });

  it('picks the only choice whose label starts with what was typed, as clicking it would', () => {
    const people = namesakes();
    const who = commands.get('who');
    const offered = who?.autocomplete?.({ name: 'name', value: 'jeff f' }, { answerer: people });
    expect(offered?.map((choice) => choice.name)).toEqual([
      'Jeff Flake (Senator)',
      'Jeff Sessions (Senator)',
    ]);
    expect(complete('/who name:jeff f', people)).toEqual([['person-jeff-flake '], 'jeff f']);
    expect(complete('/who name:jeffr', people)).toEqual([['person-jeffrey-lord '], 'jeffr']);

    const senators = complete('/who name:sen', people);
    expect(senators[0].slice(2)).toEqual(['Jeff Sessions (Senator)', 'Jeff Flake (Senator)']);
    expect(leavesLineAlone(senators)).toBe(true);
  });
});

describe('what goes into the line reads back as the same value', () => {
  const pick = defineCommand({
    data: slashCommand('pick', 'Picks a thing').addStringOption((option) =>
      option.setName('thing').setDescription('The thing').setAutocomplete(true),
    ),
    options: z.object({ thing: z.string().optional() }),
    execute: () => ({ embeds: [], components: [] }),
    autocomplete: (focused) => {
      if (focused.value === 'broken') throw new Error('suggestions are down');
      return [{ name: 'A tricky one', value: 'two words thing:not-an-option "quoted"' }];
    },
  });
  const picks = new Map<string, Command>([['pick', pick]]);

  it('quotes a value with spaces, an option-like word and quotes so parsing gives it back', () => {
    const line = '/pick thing:tri';
    const completed = afterTab(line, completeLine(line, picks, answerer));
    expect(completed).toBe('/pick thing:"two words thing:not-an-option \\"quoted\\"" ');
    expect(resolveCommandLine(completed, picks)).toMatchObject({
      ok: true,
      options: { thing: 'two words thing:not-an-option "quoted"' },
    });
  });

  it('completes nothing when the autocomplete throws, as the router answers no choices', () => {
    expect(completeLine('/pick thing:broken', picks, answerer)).toEqual([[], '']);
  });
});

describe('completing a plain line', () => {
  it('completes the console words', () => {
    expect(complete('ne')).toEqual([['next'], 'ne']);
    expect(complete('h')).toEqual([['help'], 'h']);
  });

  it('completes the name a question ends with, typos and all', () => {
    expect(complete('What did jef sesions')).toEqual([['Jeff Sessions '], 'jef sesions']);
    expect(complete('tell me about trum')).toEqual([['Donald Trump '], 'trum']);
  });

  it('replaces only the words that read as the name', () => {
    expect(complete('when did franken ask sesions')).toEqual([['Jeff Sessions '], 'sesions']);
  });

  it('leaves titles, other words and a finished word alone', () => {
    expect(complete('What did the attorney general')).toEqual([
      [],
      'What did the attorney general',
    ]);
    expect(complete('what is this')).toEqual([[], 'what is this']);
    expect(complete('What did sessions ')).toEqual([[], '']);
  });
});
