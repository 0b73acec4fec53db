import { PassThrough } from 'node:stream';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Answerer } from '../../src/answer/types.js';
import { runConsole } from '../../src/console/console.js';
import { NOW, allCommands, bundledAnswerer, syntheticAnswerer } from '../commands/helpers.js';

let answerer: Answerer;
beforeAll(async () => {
  answerer = await bundledAnswerer();
});

afterEach(() => {
  vi.restoreAllMocks();
});

/** Pipes `lines` into the console as a script would and returns everything it printed. */
async function script(
  lines: string[],
  options: { tty?: boolean; locale?: string; answerer?: Answerer } = {},
): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  if (options.tty === true) Object.assign(input, { isTTY: true });
  let printed = '';
  output.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  const done = runConsole({
    answerer: () => options.answerer ?? answerer,
    input,
    output,
    commands: await allCommands(),
    now: () => NOW,
    locale: options.locale,
  });
  input.end(lines.map((line) => `${line}\n`).join(''));
  await done;
  return printed;
}

/** A console fed chunk by chunk, as keys are pressed: each is handled before the next is sent. */
async function session(options: { tty: boolean; answerer?: () => Answerer }) {
  const input = new PassThrough();
  const output = new PassThrough();
  if (options.tty) Object.assign(input, { isTTY: true });
  let printed = '';
  output.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  const done = runConsole({
    answerer: options.answerer ?? (() => answerer),
    input,
    output,
    commands: await allCommands(),
    now: () => NOW,
  });
  return {
    printed: () => printed,
    async send(text: string): Promise<void> {
      input.write(text);
      await new Promise(setImmediate);
    },
    async end(): Promise<string> {
      input.end();
      await done;
      return printed;
    },
  };
}

describe('runConsole', () => {
  it('runs slash commands and plain questions, printing each reply as text', async () => {
    const printed = await script([
      '/who name:sessions',
      '/date when:2017-03',
      'When did Sessions recuse himself?',
    ]);
    expect(printed).toContain('== Jeff Sessions ==\n\nRoles: Attorney General; former Senator');
    expect(printed).toContain('== What happened in March 2017 ==');
    expect(printed).toMatch(
      /== When did Sessions recuse himself\? ==\n\n2 March 2017: Attorney General Jeff Sessions is recusing himself[^\n]*\n.*best first\.\n\n1\. 2 March 2017 · Event\n {3}Attorney General Jeff Sessions is recusing himself.*\n {3}Source: @ABCPolitics <https:\/\/t\.co\/4nTtDyMBID>/,
    );
    expect(printed).toContain('-- Page 1 of ');
    expect(printed).toContain('[Next ▶]');
  });

  it('reads quoted options', async () => {
    const printed = await script(['/quote search:"honest and correct" speaker:Sessions']);
    expect(printed).toContain('== Quotes by Jeff Sessions ==');
    expect(printed).toContain(
      '“My reply to the question of Senator Franken was honest and correct',
    );
  });

  it('pages the last result with next and prev, as the buttons would', async () => {
    const printed = await script(['When did Sessions recuse himself?', 'next', 'prev', 'prev']);
    const footers = printed.match(/^-- Page \d+ of \d+/gm) ?? [];
    expect(footers.map((footer) => footer.replace(/ of \d+$/, ''))).toEqual([
      '-- Page 1',
      '-- Page 2',
      '-- Page 1',
    ]);
    expect(printed).toContain('[◀ Previous] [Next ▶]');
    expect(printed).toContain('Error: there is no previous page.');
  });

  it('goes to the first and last pages, and to a page or a date with "page", as the buttons and Go to… would', async () => {
    const previous = answerer;
    answerer = syntheticAnswerer();
    try {
      const printed = await script([
        '/timeline',
        'first',
        'last',
        'next',
        'first',
        'page 3',
        'page 2017-03-15',
        'page 40',
        'page',
        'page soon',
      ]);
      const footers = printed.match(/^-- Page \d+ of \d+/gm) ?? [];
      expect(footers).toEqual([
        '-- Page 1 of 12',
        '-- Page 12 of 12',
        '-- Page 1 of 12',
        '-- Page 3 of 12',
        '-- Page 6 of 12',
        '-- Page 12 of 12',
      ]);
      expect(printed).toContain('[Next ▶] [Last ⏭] [Go to…]');
      expect(printed).toContain('[⏮ First] [◀ Previous] [Go to…]');
      expect(printed).toContain(
        'There is no page 40: this list has 12 pages, and this is the last.',
      );
      const errors = printed.split('\n').filter((line) => line.startsWith('Error: '));
      expect(errors).toEqual([
        'Error: this is the first page.',
        'Error: there is no next page.',
        'Error: say which page: "page 3", or a date: "page 2017-03-02".',
        "Error: I couldn't read “soon” as a page number or a date. Type a page number from 1 to 12, or a date such as 2017-03-02.",
      ]);
    } finally {
      answerer = previous;
    }
  });

  it('refuses a date for a list that goes to page numbers only', async () => {
    const printed = await script([
      'When did Sessions recuse himself?',
      'page 2017-03-02',
      'page 2',
    ]);
    expect(printed).toContain('Error: This list goes to page numbers only, not to dates.');
    expect(printed).toMatch(/^-- Page 2 of \d+ · \/ask/m);
  });

  it('prints a clear error line naming an unknown command or a bad option, and carries on', async () => {
    const printed = await script([
      '/nope x:1',
      '/who nme:sessions',
      '/who',
      `/ask question:${'why '.repeat(100)}`,
      '/who name:sessions',
    ]);
    const errors = printed.split('\n').filter((line) => line.startsWith('Error: '));
    expect(errors).toEqual([
      expect.stringMatching(/^Error: Unknown command \/nope\. Commands: .*\/who/),
      'Error: /who has no option "nme": its options are name, private.',
      'Error: /who needs the option name, e.g. /who name:…',
      'Error: The option `question` is not valid: use at most 300 characters.',
    ]);
    expect(printed).toContain('== Jeff Sessions ==');
  });

  it('answers /onthisday offline, and says server settings need a server', async () => {
    const printed = await script([
      '/onthisday date:March 2',
      '/settings show',
      '/settings daily channel:#news',
    ]);
    expect(printed).toContain('== On this day: 2 March ==');
    expect(printed).toContain('2 March 2017 · Event');
    expect(printed.match(/Error: \/settings works in a Discord server only/g)).toHaveLength(2);
  });

  it('answers in the language CONSOLE_LOCALE names, turning its pages and reading its commands', async () => {
    const printed = await script(['/zeitleiste', 'next', 'page 40', '/hilfe', '/wer name:roe'], {
      locale: 'de',
      answerer: syntheticAnswerer({ events: 30 }),
    });
    expect(printed).toContain('== Zeitleiste ==');
    expect(printed).toContain('-- Seite 1 von 12 · /timeline');
    expect(printed).toContain('[Weiter ▶] [Ende ⏭] [Gehe zu…]');
    expect(printed).toContain('-- Seite 2 von 12 · /timeline');
    expect(printed).toContain('Eine Seite 40 gibt es nicht');
    expect(printed).toContain('== Was ich beantworten kann ==');
    expect(printed).toMatch(/Angezeigt: die neuesten \d+ Zitate von insgesamt 30, danach/);
  });

  it('answers "help" with /help and stops reading at "quit"', async () => {
    const printed = await script(['help', 'quit', '/who name:sessions']);
    expect(printed).toContain('== What I can answer ==');
    expect(printed).not.toContain('Jeff Sessions');
  });

  it('shows no prompt or greeting when reading from a pipe', async () => {
    const printed = await script(['/about']);
    expect(printed.startsWith('== About this bot ==')).toBe(true);
    expect(printed).not.toContain('> ');
  });

  it('greets and prompts on a terminal', async () => {
    const printed = await script(['/about'], { tty: true });
    expect(printed).toMatch(/^Offline console\./);
    expect(printed).toContain('Tab completes commands, options and names');
    expect(printed).toContain('> ');
    expect(printed).toContain('== About this bot ==');
  });

  it('writes only to the output it was given', async () => {
    const stdout = vi.spyOn(process.stdout, 'write');
    await script(['/who name:sessions']);
    const leaked = stdout.mock.calls.filter(([chunk]) => String(chunk).includes('Jeff Sessions'));
    expect(leaked).toEqual([]);
  });

  it('answers each line from the answerer current at that line, so a reloaded dataset answers the next', async () => {
    let current = answerer;
    const typing = await session({ tty: false, answerer: () => current });
    await typing.send('/who name:sessions\n');
    await vi.waitFor(() => {
      expect(typing.printed()).toContain('== Jeff Sessions ==');
    });

    current = syntheticAnswerer({ speaker: 'Jefferson Sessions' });
    await typing.send('/who name:sessions\n');
    const printed = await typing.end();
    expect(printed).toContain('== Jefferson Sessions ==');
  });

  it('completes with Tab on a terminal, through the real readline, and runs the completed line', async () => {
    const typing = await session({ tty: true });
    await typing.send('/wh');
    await typing.send('\t');
    await typing.send('name:jef sesions');
    await typing.send('\t');
    expect(typing.printed()).toContain('> /who name:person-jeff-sessions ');
    await typing.send('\r');
    const printed = await typing.end();
    expect(printed).toContain('== Jeff Sessions ==');
  });

  it('lists several choices on a second Tab and leaves the line as typed', async () => {
    const typing = await session({ tty: true });
    await typing.send('/who name:');
    await typing.send('\t');
    expect(typing.printed()).not.toContain('choices');
    await typing.send('\t');
    const printed = await typing.end();
    // Readline lists one choice a line on an output with no width, then redraws the line.
    expect(printed).toContain(
      '(5 choices: type more to narrow them down)\r\n\r\nDonald Trump\r\nFranken (Senator)\r\n',
    );
    expect(printed.split('White House official')[1]).toContain('> /who name:');
  });
});
