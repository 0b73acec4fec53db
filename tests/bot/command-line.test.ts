import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Command } from '../../src/bot/command.js';
import {
  formatCommandLine,
  parseCommandLine,
  resolveCommandLine,
} from '../../src/bot/command-line.js';
import { loadCommands } from '../../src/bot/load-commands.js';

let commands: Map<string, Command>;
beforeAll(async () => {
  commands = await loadCommands();
});

describe('parseCommandLine', () => {
  it('reads a command name and an unquoted value that runs to the end of the line', () => {
    expect(parseCommandLine('/ask question:When did Sessions recuse himself?')).toEqual({
      ok: true,
      name: 'ask',
      options: { question: 'When did Sessions recuse himself?' },
    });
  });

  it('reads quoted values and splits unquoted ones at the next option', () => {
    expect(parseCommandLine('/quote search:"honest and correct" speaker:Sessions')).toMatchObject({
      ok: true,
      options: { search: 'honest and correct', speaker: 'Sessions' },
    });
    expect(
      parseCommandLine('/quote search:honest and correct speaker:Jeff Sessions'),
    ).toMatchObject({
      ok: true,
      options: { search: 'honest and correct', speaker: 'Jeff Sessions' },
    });
  });

  it('keeps "word:" inside a value as text when only known option names may end it', () => {
    expect(
      parseCommandLine('/ask question:What happened at 10:30 today', ['question']),
    ).toMatchObject({ ok: true, options: { question: 'What happened at 10:30 today' } });
  });

  it('ends an unquoted value at the next option after any run of spaces, tabs or newlines', () => {
    expect(
      parseCommandLine(`/quote search:honest${' '.repeat(50)}\t\n speaker:Sessions`, [
        'search',
        'speaker',
      ]),
    ).toMatchObject({ ok: true, options: { search: 'honest', speaker: 'Sessions' } });
    expect(parseCommandLine(`/ask question:a${' '.repeat(50)}b`, ['question'])).toMatchObject({
      ok: true,
      options: { question: `a${' '.repeat(50)}b` },
    });
  });

  it('decodes escapes inside quotes', () => {
    expect(parseCommandLine(String.raw`/ask question:"say \"hi\"\nback\\slash"`)).toMatchObject({
      ok: true,
      options: { question: 'say "hi"\nback\\slash' },
    });
  });

  it.each([
    ['who name:sessions', /starts with "\/"/],
    ['/who sessions', /found "sessions"/],
    ['/who name:', /name has no value/],
    ['/quote search:"open', /search has an opening " but no closing "/],
    ['/quote search:"a"b', /after the closing " of the option search/],
    ['/who name:a name:b', /option name is given twice/],
  ])('rejects %j with a message naming the problem', (line, message) => {
    const parsed = parseCommandLine(line);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(message);
  });

  it('gives back exactly the options formatCommandLine wrote, whatever the text', () => {
    const name = fc.stringMatching(/^[a-z][a-z_-]{0,10}$/);
    const value = fc.string({ unit: 'grapheme', maxLength: 60 });
    fc.assert(
      fc.property(fc.dictionary(name, value, { maxKeys: 4 }), (options) => {
        const line = formatCommandLine('cmd', options);
        expect(parseCommandLine(line)).toEqual({ ok: true, name: 'cmd', options });
      }),
      { numRuns: 500 },
    );
  });

  it('writes plain values unquoted, as a person would type them', () => {
    expect(formatCommandLine('quote', { search: 'honest and correct', speaker: undefined })).toBe(
      '/quote search:honest and correct',
    );
    expect(formatCommandLine('ask', { question: 'Is note: this ok?' })).toBe(
      '/ask question:"Is note: this ok?"',
    );
  });
});

describe('resolveCommandLine', () => {
  it('finds the command and gives option values their declared types', () => {
    const resolved = resolveCommandLine('/who name:sessions private:true', commands);
    expect(resolved).toMatchObject({
      ok: true,
      name: 'who',
      options: { name: 'sessions', private: true },
    });
    if (resolved.ok) expect(resolved.command).toBe(commands.get('who'));
  });

  it('names an unknown command and lists the real ones', () => {
    const resolved = resolveCommandLine('/whoo name:sessions', commands);
    expect(resolved).toMatchObject({ ok: false });
    if (!resolved.ok) {
      expect(resolved.error).toContain('Unknown command /whoo');
      expect(resolved.error).toContain('/who');
    }
  });

  it('names an unknown option and lists the command’s options', () => {
    const resolved = resolveCommandLine('/who nme:sessions', commands);
    expect(resolved).toEqual({
      ok: false,
      error: '/who has no option "nme": its options are name, private.',
    });
  });

  it('names a missing required option', () => {
    const resolved = resolveCommandLine('/quote speaker:Sessions', commands);
    expect(resolved.ok).toBe(false);
    if (!resolved.ok) expect(resolved.error).toContain('/quote needs the option search');
  });

  it('names a boolean option given something else', () => {
    const resolved = resolveCommandLine('/who name:x private:maybe', commands);
    expect(resolved.ok).toBe(false);
    if (!resolved.ok)
      expect(resolved.error).toBe('The option private must be true or false, not "maybe".');
  });
});
