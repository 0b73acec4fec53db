/**
 * Extraction quality against the hand-labelled gold set in bench/gold/: speakers, quote dates,
 * fact dates and clauses, and people. Run with `npm run bench -- extraction`. It ingests the
 * corpus, the seed and the gold documents exactly as `npm run ingest` would, then compares.
 * Figures, not asserts; the README reports the test half.
 */
import path from 'node:path';
import type { Dataset, Event, Person, When } from '../src/dataset/schema.js';
import { ingestPaths } from '../src/ingest/index.js';
import { CORPUS_PATH } from './ingest.js';
import {
  documentNames,
  DOCUMENTS_DIR,
  loadGold,
  SEED_PATH,
  splitOf,
  type Gold,
  type Split,
} from './gold/gold.js';

interface DocView {
  dataset: Dataset;
  events: Event[];
}

/** Folded for comparison: no accents, no case, no punctuation, single spaces. */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function sameText(a: string, b: string): boolean {
  const x = fold(a);
  const y = fold(b);
  if (x === y) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.length >= 0.6 * long.length && long.includes(short);
}

/** Folded, without middle initials: "Donald J. Trump" and "Donald Trump" are one spelling. */
function nameKey(name: string): string {
  return fold(name)
    .split(' ')
    .filter((word, index, words) => word.length > 1 || index === 0 || index === words.length - 1)
    .join(' ');
}

/**
 * Whether a product person is the gold person: one of its names is the gold name, or one the
 * labels give that person in full ("Wanda Vázquez Garced" for the canonical "Wanda Vázquez").
 */
export function personMatches(
  gold: string,
  person: Person,
  labelledNames: readonly string[] = [],
): boolean {
  const targets = new Set(
    [gold, ...labelledNames.filter((name) => name.includes(' '))].map(nameKey),
  );
  return [person.name, ...person.aliases].some((name) => targets.has(nameKey(name)));
}

const ARTICLES = new Set(['a', 'an', 'the', 'one', 'u', 's']);
function describedMatches(gold: string, name: string): boolean {
  const words = (text: string): Set<string> =>
    new Set(
      fold(text)
        .split(' ')
        .filter((word) => word !== '' && !ARTICLES.has(word)),
    );
  const a = words(gold);
  const b = words(name);
  // "ABA" for "the American Bar Association".
  const initials = (text: string): string =>
    text
      .split(/\s+/)
      .filter((word) => /^\p{Lu}/u.test(word))
      .map((word) => word.charAt(0))
      .join('')
      .toLowerCase();
  if ([...b].join(' ') === initials(gold) || [...a].join(' ') === initials(name)) return true;
  const shared = [...a].filter((word) => b.has(word)).length;
  return shared > 0 && shared / Math.max(a.size, b.size) >= 0.5;
}

/**
 * Whether a quotation's date agrees with the label. A label coarser than a day ("2020-08") says
 * the text gives no day: any day inside that month or year agrees with it (the extractor dates
 * such words by the report that carries them).
 */
function sameWhen(gold: string, when: When): boolean {
  return gold === when.date || (gold.length < 10 && when.date.startsWith(gold));
}

async function docViews(gold: Gold): Promise<Map<string, DocView>> {
  const views = new Map<string, DocView>();
  const corpus = await ingestPaths([CORPUS_PATH]);
  const byLine = new Map<number, Event[]>();
  for (const event of corpus.events) {
    byLine.set(event.origin.line, [...(byLine.get(event.origin.line) ?? []), event]);
  }
  const seed = await ingestPaths([SEED_PATH]);
  const names = documentNames();
  const documents =
    names.length === 0
      ? null
      : await ingestPaths(names.map((name) => path.join(DOCUMENTS_DIR, name)));
  for (const doc of gold.texts.keys()) {
    if (doc.startsWith('corpus:')) {
      views.set(doc, { dataset: corpus, events: byLine.get(Number(doc.slice(7))) ?? [] });
    } else if (doc === 'seed') {
      views.set(doc, { dataset: seed, events: seed.events });
    } else if (documents !== null) {
      const name = doc.slice('documents/'.length);
      const events = documents.events.filter((event) => path.basename(event.origin.file) === name);
      views.set(doc, { dataset: documents, events });
    }
  }
  return views;
}

class Tally {
  private readonly counts = new Map<string, [number, number]>();
  add(name: string, hit: boolean, weight = 1): void {
    const [hits, total] = this.counts.get(name) ?? [0, 0];
    this.counts.set(name, [hits + (hit ? weight : 0), total + weight]);
  }
  line(name: string): string {
    const [hits, total] = this.counts.get(name) ?? [0, 0];
    const percent = total === 0 ? '   –' : `${((100 * hits) / total).toFixed(0).padStart(3)}%`;
    return `${percent} (${hits}/${total})`;
  }
}

function scoreQuotes(
  gold: Gold,
  views: Map<string, DocView>,
  split: Split | 'all',
  tally: Tally,
): void {
  const labels = gold.quotes.filter((label) => split === 'all' || splitOf(label.doc) === split);
  const labelledNames = new Map<string, string[]>();
  for (const label of gold.people) {
    if (label.person === null) continue;
    const key = `${label.doc}\u0000${label.person}`;
    labelledNames.set(key, [...(labelledNames.get(key) ?? []), label.surface]);
  }
  const used = new Set<string>();
  for (const label of labels) {
    const view = views.get(label.doc);
    if (view === undefined) continue;
    const eventIds = new Set(view.events.map((event) => event.id));
    const found = view.dataset.quotes.find(
      (quote) =>
        eventIds.has(quote.eventId) && !used.has(quote.id) && sameText(quote.text, label.quote),
    );
    tally.add('quotes found', found !== undefined);
    if (found === undefined) {
      if (label.speaker !== null) {
        tally.add('speaker recall', false);
        tally.add(
          `speaker recall: ${label.speaker.kind === 'person' ? 'named persons' : 'described/organisations'}`,
          false,
        );
      }
      continue;
    }
    used.add(found.id);
    const dateRight = sameWhen(label.said, found.when);
    tally.add('quote dates right', dateRight);
    if (!dateRight && split !== 'all' && process.env.EXTRACTION_MISSES === split) {
      console.log(
        `  date ${label.doc}: "${label.quote.slice(0, 50)}" gold=${label.said} got=${found.when.date}`,
      );
    }
    const speaker = found.speaker;
    let right: boolean;
    if (label.speaker === null) right = speaker === null;
    else if (speaker === null) right = false;
    else if (speaker.personId !== null) {
      const person = view.dataset.people.find((candidate) => candidate.id === speaker.personId);
      // Organisations and described speakers are speaker entries too; they match by their words.
      right =
        person !== undefined &&
        (person.kind === 'person'
          ? label.speaker.kind === 'person' &&
            personMatches(
              label.speaker.name,
              person,
              labelledNames.get(`${label.doc}\u0000${label.speaker.name}`),
            )
          : describedMatches(label.speaker.name, speaker.name));
    } else right = describedMatches(label.speaker.name, speaker.name);
    if (!right && split !== 'all' && process.env.EXTRACTION_MISSES === split) {
      console.log(
        `  miss ${label.doc}: "${label.quote.slice(0, 50)}" gold=${label.speaker?.name ?? 'none'} got=${speaker?.name ?? 'none'}`,
      );
    }
    if (speaker !== null) tally.add('speaker precision', right);
    if (label.speaker !== null) {
      tally.add('speaker recall', right);
      const kind = label.speaker.kind === 'person' ? 'named persons' : 'described/organisations';
      tally.add(`speaker recall: ${kind}`, right);
    }
  }
}

function inTweetSignature(text: string, expression: string): boolean {
  const escaped = expression.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`\\(@\\w+\\)\\s*${escaped}`).test(text);
}

function scoreTimes(
  gold: Gold,
  views: Map<string, DocView>,
  split: Split | 'all',
  tally: Tally,
): void {
  const byDoc = new Map<string, typeof gold.times>();
  for (const label of gold.times) {
    if (split !== 'all' && splitOf(label.doc) !== split) continue;
    // A tweet signature's date is when the tweet was posted (the source's date), not a fact.
    if (inTweetSignature(gold.texts.get(label.doc) ?? '', label.expression)) continue;
    byDoc.set(label.doc, [...(byDoc.get(label.doc) ?? []), label]);
  }
  for (const [doc, labels] of byDoc) {
    const view = views.get(doc);
    if (view === undefined) continue;
    const eventIds = new Set(view.events.map((event) => event.id));
    const facts = view.dataset.facts.filter((fact) => eventIds.has(fact.eventId));
    const overlaps = (expression: string, label: string): boolean => {
      const a = fold(expression);
      const b = fold(label);
      return a !== '' && b !== '' && (a.includes(b) || b.includes(a));
    };
    const claimed = new Set<string>();
    for (const label of labels) {
      const matching = facts.filter((fact) => overlaps(fact.expression, label.expression));
      if (label.date === null) {
        tally.add('no date read from a name or duration', matching.length === 0);
        for (const fact of matching) claimed.add(fact.id);
        continue;
      }
      const fact = matching.find((candidate) => !claimed.has(candidate.id)) ?? matching[0];
      tally.add('fact recall', fact?.when.date === label.date);
      if (fact === undefined) continue;
      claimed.add(fact.id);
      tally.add('fact dates right', fact.when.date === label.date);
      if (label.clause !== undefined) {
        const clause = fold(
          'clause' in fact && typeof fact.clause === 'string' ? fact.clause : fact.text,
        );
        const wanted = fold(label.clause).split(' ');
        const covered =
          wanted.filter((word) => clause.split(' ').includes(word)).length / wanted.length;
        // The fact's text holds the governed clause and not much else.
        tally.add(
          'fact clause right',
          covered >= 0.8 && clause.length <= 2 * fold(label.clause).length + 20,
        );
      }
    }
    for (const fact of facts) {
      const right = labels.some(
        (label) =>
          label.date !== null &&
          overlaps(fact.expression, label.expression) &&
          fact.when.date === label.date,
      );
      tally.add('fact precision', right);
    }
  }
}

function datasetNameOf(doc: string): string {
  return doc.startsWith('corpus:') ? 'corpus' : doc === 'seed' ? 'seed' : 'documents';
}

function scorePeople(
  gold: Gold,
  views: Map<string, DocView>,
  split: Split | 'all',
  tally: Tally,
): void {
  const productByGold = new Map<string, Set<string>>();
  /** Each product person the labels touch: the gold people it stands for, and whether a non-person label hit it. */
  const entries = new Map<string, { people: Set<string>; junk: boolean }>();
  for (const label of gold.people) {
    if (split !== 'all' && splitOf(label.doc) !== split) continue;
    const view = views.get(label.doc);
    if (view === undefined) continue;
    const inEvent = new Set(view.events.flatMap((event) => event.personIds));
    const linked = view.dataset.people.filter(
      (person) =>
        person.kind === 'person' && inEvent.has(person.id) && personMatches(label.surface, person),
    );
    if (label.person === null) tally.add('non-persons kept out', linked.length === 0);
    else tally.add('person mentions linked', linked.length > 0);
    for (const person of linked) {
      const productKey = `${datasetNameOf(label.doc)}/${person.id}`;
      const entry = entries.get(productKey) ?? { people: new Set<string>(), junk: false };
      entries.set(productKey, entry);
      if (label.person === null) {
        entry.junk = true;
        continue;
      }
      entry.people.add(fold(label.person));
      const key = `${datasetNameOf(label.doc)}:${fold(label.person)}`;
      productByGold.set(key, (productByGold.get(key) ?? new Set()).add(productKey));
    }
  }
  for (const ids of productByGold.values()) tally.add('people not split in two', ids.size <= 1);
  for (const entry of entries.values()) {
    tally.add('people entries real and distinct', entry.people.size === 1 && !entry.junk);
  }
}

const ROWS = [
  'speaker precision',
  'speaker recall',
  'speaker recall: named persons',
  'speaker recall: described/organisations',
  'quotes found',
  'quote dates right',
  'fact recall',
  'fact precision',
  'fact dates right',
  'fact clause right',
  'no date read from a name or duration',
  'person mentions linked',
  'non-persons kept out',
  'people not split in two',
  'people entries real and distinct',
];

export async function run(): Promise<void> {
  const gold = loadGold();
  const views = await docViews(gold);
  console.log(
    `gold: ${gold.quotes.length} quotes, ${gold.times.length} time expressions, ${gold.people.length} people labels, ${documentNames().length} documents`,
  );
  const splits = ['test', 'dev', 'all'] as const;
  const tallies = splits.map((split) => {
    const tally = new Tally();
    scoreQuotes(gold, views, split, tally);
    scoreTimes(gold, views, split, tally);
    scorePeople(gold, views, split, tally);
    return tally;
  });
  console.log(`${'measure'.padEnd(42)}${splits.map((split) => split.padEnd(20)).join('')}`);
  for (const row of ROWS) {
    console.log(`${row.padEnd(42)}${tallies.map((tally) => tally.line(row).padEnd(20)).join('')}`);
  }
}
