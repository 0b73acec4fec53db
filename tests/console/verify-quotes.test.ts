/**
 * "Verify quotes" in the offline console: `verify-quotes <message>` runs the message command on
 * the text after the word, as Apps → Verify quotes does on Discord; by default the console loads
 * it with the slash commands from commands/.
 */
import { PassThrough } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/types.js';
import { runConsole } from '../../src/console/console.js';
import { NOW, bundledAnswerer } from '../commands/helpers.js';

let answerer: Answerer;
beforeAll(async () => {
  answerer = await bundledAnswerer();
});

/** Pipes `lines` into a console with the default commands and returns what it printed. */
async function script(lines: string[]): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = '';
  output.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  const done = runConsole({ answerer: () => answerer, input, output, now: () => NOW });
  input.end(lines.map((line) => `${line}\n`).join(''));
  await done;
  return printed;
}

describe('the console word verify-quotes', () => {
  it('checks the quotations of the text after it, with verdicts, real words and sources', async () => {
    const printed = await script([
      'verify-quotes Trump said "My reply to the question of Senator Franken was honest and correct"',
    ]);
    expect(printed).toContain('== Verify quotes ==');
    expect(printed).toContain('1. ↔️ Said, but by someone else');
    expect(printed).toContain('Said by: Jeff Sessions, 2 March 2017');
    expect(printed).toContain('Source: @ABCPolitics');
  });

  it('is read in any case, and explains a message with nothing to check', async () => {
    const printed = await script(['Verify-Quotes ok 👍']);
    expect(printed).toContain('== Nothing to check ==');
  });

  it('asks for the message when none follows', async () => {
    const printed = await script(['verify-quotes']);
    expect(printed).toContain('Error: write the message after the word, e.g. verify-quotes');
  });

  it('leaves a question that merely starts with the words to /ask', async () => {
    const printed = await script(['verify quotes by Sessions']);
    expect(printed).not.toContain('== Verify quotes ==');
  });
});
