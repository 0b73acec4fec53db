/**
 * Replies for a German Discord user (locale "de") are German all through: the real commands, page
 * controls, the Go to… form and refusals are rendered for "de", and no fixed English text of the
 * string table (a title, a verdict, a hint, a count, a button) is left in them. Only the data (the
 * dataset's events and quotes, names) and the command lines the bot reads back stay as they are.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createAnswerer } from '../../../src/answer/answerer.js';
import type { Answerer } from '../../../src/answer/types.js';
import type { Reply } from '../../../src/bot/command.js';
import { de } from '../../../src/bot/i18n/de.js';
import { en } from '../../../src/bot/i18n/en.js';
import { runCommand } from '../../../src/bot/interactions.js';
import { cooldownMessage } from '../../../src/bot/cooldown.js';
import { renderMessageCheck } from '../../../src/bot/render/claims.js';
import { resolvePageButton } from '../../../src/bot/render/pagination.js';
import {
  bundledAnswerer,
  getCommand,
  NOW,
  REFERENCE_DATE,
  syntheticDataset,
  USER,
} from '../../commands/helpers.js';

const LOCALE = 'de';

/** The leaves of a table, but commands' names (the canonical ones appear in command lines). */
function texts(table: unknown, path = ''): [string, unknown][] {
  if (typeof table !== 'object' || table === null || Array.isArray(table)) return [[path, table]];
  return Object.entries(table).flatMap(([key, value]) =>
    ['commands', 'privateOption', 'messageCommands'].includes(key) && path === ''
      ? []
      : texts(value, path === '' ? key : `${path}.${key}`),
  );
}

function leafAt(table: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], table);
}

/**
 * The English words of every fixed text, without its values: "Page ⟦0⟧ of ⟦1⟧" gives "Page"
 * and "of". Pieces German shares (a "Version") are left out, and so are short ones that words
 * of the data could hold by chance.
 */
function englishPieces(): string[] {
  const mark = (i: number) => `⟦${i}⟧`;
  const noun = { one: mark(8), many: mark(9), gender: 'neuter' };
  const call = (leaf: unknown): string => {
    if (typeof leaf === 'function') {
      const args = Array.from({ length: leaf.length }, (_, i) => (i === 2 ? noun : mark(i)));
      return String((leaf as (...values: unknown[]) => unknown)(...args));
    }
    return Array.isArray(leaf) ? leaf.join('\n') : String(leaf);
  };
  const pieces = new Set<string>();
  for (const [path, leaf] of texts(en)) {
    const german = call(leafAt(de, path));
    for (const piece of call(leaf).split(/⟦\d⟧|\n/)) {
      const words = piece.trim();
      if (words.length >= 8 && /\p{L}{3}/u.test(words) && !german.includes(words)) {
        pieces.add(words);
      }
    }
  }
  return [...pieces];
}

/**
 * Every text of a reply a user reads, but the footer's command line and /help's example questions
 * (questions are read in English, so they are offered in English).
 */
function shownText(reply: Reply): string {
  const heading = de.info.tryAsking.replace(/[()]/g, '\\$&');
  const examples = new RegExp(`\\*\\*${heading}\\*\\*(\\n• .*)+`, 'u');
  const offered = new RegExp(`${de.hints.question('')}.*`, 'gu');
  const embeds = reply.embeds.map((embed) => ({
    ...embed,
    description: embed.description?.replace(examples, '').replace(offered, ''),
    footer: embed.footer?.text.replace(/ · \/.*$|^\/.*$/, ''),
  }));
  return JSON.stringify({ content: reply.content, embeds, components: reply.components });
}

let seed: Answerer;
let paged: Answerer;
const pieces = englishPieces();

beforeAll(async () => {
  seed = await bundledAnswerer();
  paged = createAnswerer(syntheticDataset({ events: 30 }), { referenceDate: REFERENCE_DATE });
});

async function reply(
  name: string,
  options: Record<string, unknown>,
  answerer: Answerer = seed,
  page = 0,
): Promise<Reply> {
  const run = runCommand(await getCommand(name), options, {
    answerer,
    userId: USER,
    page,
    now: NOW,
    locale: LOCALE,
  });
  if (!run.ok) throw new Error(run.problem);
  return run.reply;
}

function expectNoEnglish(shown: string): void {
  expect(pieces.length).toBeGreaterThan(200);
  expect(pieces.filter((piece) => shown.includes(piece))).toEqual([]);
}

describe('a German user', () => {
  it('gets a verdict, its labels and dates in German', async () => {
    const shown = shownText(await reply('verify', { quote: 'I have not met with any Russians' }));
    expect(shown).toContain('Hat irgendwer das gesagt?');
    expect(shown).toContain('**Ja.** Genau diese Worte stehen im Datensatz.');
    expect(shown).toContain('2. März 2017');
    expect(shown).toContain('Quelle: Artikel');
    expectNoEnglish(shown);
  });

  it('gets a paged list with German counts, page label and buttons', async () => {
    const first = await reply('timeline', {}, paged);
    const shown = shownText(first);
    expect(first.embeds[0]?.title).toBe('Zeitleiste');
    expect(first.embeds[0]?.footer?.text).toBe('Seite 1 von 12 · /timeline');
    expect(first.embeds[0]?.description).toMatch(
      /^60 Einträge \(1\. März 2017 bis 30\. März 2017\)/,
    );
    const labels = first.components.flatMap((row) =>
      row.components.map((button) => ('label' in button ? button.label : '')),
    );
    expect(labels).toEqual(['⏮ Anfang', '◀ Zurück', 'Weiter ▶', 'Ende ⏭', 'Gehe zu…']);
    expectNoEnglish(shown);
    const pastTheEnd = await reply('timeline', {}, paged, 20);
    expect(pastTheEnd.content).toBe(
      'Eine Seite 21 gibt es nicht: Die Liste hat 12 Seiten, das hier ist die letzte.',
    );
  });

  it('gets German refusals, and a German Go to… form', async () => {
    const list = await reply('timeline', {}, paged);
    const buttons = list.components.flatMap((row) => row.components);
    const goTo = buttons.at(-1);
    const press = (userId: string, input?: string) =>
      resolvePageButton({
        customId: goTo !== undefined && 'custom_id' in goTo ? goTo.custom_id : '',
        footer: list.embeds[0]?.footer?.text ?? null,
        userId,
        ownerId: USER,
        now: NOW,
        input,
        locale: LOCALE,
      });
    const form = press(USER);
    expect(form).toMatchObject({ ok: true, form: { title: 'Zu einer Seite oder einem Datum' } });
    expect(JSON.stringify(form)).toContain('Angezeigt: Seite 1 von 12.');
    expect(press('someone-else')).toMatchObject({
      ok: false,
      message: de.pages.refusals['not-owner'],
    });
    expect(press(USER, 'blue')).toMatchObject({ ok: false, reason: 'unreadable' });
    expectNoEnglish(JSON.stringify([form, press(USER, 'blue'), press('someone-else')]));
    expect(cooldownMessage(2_000, LOCALE)).toBe(
      'Du fragst etwas zu schnell. Versuch es in 2 Sekunden noch einmal.',
    );
  });

  it('gets help, cards and notices in German', async () => {
    const replies = await Promise.all([
      reply('help', {}),
      reply('about', {}),
      reply('who', { name: 'sessions' }),
      reply('event', { query: 'recuse' }),
      reply('date', { when: '1999' }),
      reply('date', { when: 'blursday' }),
      reply('ask', { question: 'Who is Zorblax?' }),
      reply('ask', { question: 'hi' }),
      reply('quote', { search: 'zzzqqq', speaker: 'sessions' }),
      reply('onthisday', { date: 'March 2' }),
      reply('onthisday', { date: 'February 30' }),
      reply('timeline', { from: 'blursday' }),
      reply('settings', { subcommand: 'show' }),
    ]);
    const shown = replies.map(shownText).join('\n');
    for (const german of [
      'Was ich beantworten kann',
      '/wer name:',
      'Über diesen Bot',
      'Ämter:',
      'Nichts gefunden für 1999',
      'Der Datensatz reicht vom 2. März 2017 bis zum 2. März 2017.',
      'Hallo!',
      'An diesem Tag: 2. März',
      'Der Februar hat höchstens 29 Tage.',
      'Servereinstellungen gehören zu einem Discord-Server',
    ]) {
      expect(shown).toContain(german);
    }
    expectNoEnglish(shown);
  });

  it('is told what is wrong with an option in German, naming it as German Discord does', async () => {
    const problem = async (name: string, options: Record<string, unknown>) => {
      const run = runCommand(await getCommand(name), options, {
        answerer: seed,
        userId: USER,
        page: 0,
        now: NOW,
        locale: LOCALE,
      });
      return run.ok ? null : run.problem;
    };
    expect(await problem('quote', { search: 'x'.repeat(201) })).toBe(
      'Die Option `suche` ist ungültig: höchstens 200 Zeichen.',
    );
    expect(await problem('settings', { subcommand: 'daily', channel: '1', time: '25:99' })).toBe(
      'Die Option `kanal` ist ungültig: wähl einen Kanal aus der Liste.',
    );
    expect(await problem('who', {})).toBe('Die Option `name` fehlt.');
  });

  it('gets "Verify quotes" on a message in German', () => {
    const check = seed.verifyMessage(
      'Sessions said "I have not met with any Russians at any time"',
    );
    const shown = shownText(renderMessageCheck(check, { locale: LOCALE }));
    expect(shown).toContain('Ich habe die eine Aussage in dieser Nachricht geprüft.');
    expect(shown).toContain('✅ Gesagt, Wort für Wort');
    expectNoEnglish(shown);
  });
});
