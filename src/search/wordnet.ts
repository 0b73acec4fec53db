/**
 * General English synonyms from WordNet, for the words the news table (synonyms.ts) does not
 * cover. The table is generated once by `npm run synonyms` (scripts/wordnet-synonyms.ts) from the
 * most frequent senses of each word; nothing here reads WordNet itself, so start-up only parses
 * a JSON file and a query only looks words up.
 */
import table from './wordnet-synonyms.json' with { type: 'json' };
import { PARTICLES } from './wordnet-words.js';
import { stem } from './text.js';

const EMPTY: readonly string[] = [];

/**
 * One of the generated tables, its entries split on first use: start-up pays only for parsing the
 * JSON, and a query for the few words it looks up.
 */
class Table {
  private readonly split = new Map<string, readonly string[]>();

  constructor(private readonly entries: Readonly<Record<string, string>>) {}

  get(key: string): readonly string[] {
    let found = this.split.get(key);
    if (found === undefined) {
      // Only keys the table has are cached, so the cache is bounded by its size.
      if (!Object.hasOwn(this.entries, key)) return EMPTY;
      found = (this.entries[key] ?? '').split(' ');
      this.split.set(key, found);
    }
    return found;
  }
}

const byWord = new Table(table.words);
const byPhrase = new Table(table.phrases);
const byPlace = new Table(table.places);
const byOpposite = new Table(table.antonyms);
const placeByNickname = new Table(table.nicknames);
const containerOfPlace = new Table(table.containers);
const kinOfWord = new Table(table.kin);
const broaderOfWord = new Table(table.broader);
const narrowerOfWord = new Table(table.narrower);
const broaderOfPhrase = new Table(table.phraseBroader);

/**
 * Every nickname, longest first so "old dominion state" wins over "old dominion". Built on first
 * use: start-up only parses the table.
 */
let nicknamePattern: RegExp | undefined;
function nicknames(): RegExp {
  nicknamePattern ??= new RegExp(
    `\\b(?:${Object.keys(table.nicknames)
      .sort((a, b) => b.length - a.length)
      .map((nickname) => nickname.replace(/ /g, '[\\s-]+'))
      .join('|')})\\b`,
    'giu',
  );
  return nicknamePattern;
}
/**
 * Nicknames that read as ordinary words unless capitalised ("a land of opportunity"); those
 * ending in one of these words are nicknames however they are written ("the buckeye state").
 */
const NICKNAME_HEAD = /\b(?:state|city|capital)$/iu;

/** WordNet synonyms of a stem (never the stem itself); empty when none are worth adding. */
export function wordnetSynonymsOf(termStem: string): readonly string[] {
  return byWord.get(termStem);
}

/**
 * Looser kin of a stem than its synonyms: the mates of its other common senses, similar
 * adjectives and derivations ("unseen" → "invisible", "speech" → "speak"). For judging whether a
 * text says a claim in other words, never for widening a search.
 */
export function wordnetKinOf(termStem: string): readonly string[] {
  return kinOfWord.get(termStem);
}

/**
 * The words of the kinds a stem's common senses are (WordNet's hypernyms: "lunch" → "meal",
 * "resign" → "quit"): one who says the specific word says the general. For judging whether a text
 * says a claim in other words, and as a faint hint in a search.
 */
export function wordnetBroaderOf(termStem: string): readonly string[] {
  return broaderOfWord.get(termStem);
}

/** The kinds of a stem's common senses (WordNet's hyponyms: "meal" → "lunch"), read the same way. */
export function wordnetNarrowerOf(termStem: string): readonly string[] {
  return narrowerOfWord.get(termStem);
}

/** A table read the other way: each value to the keys holding it. */
function reversed(entries: Readonly<Record<string, string>>): Map<string, string[]> {
  const result = new Map<string, string[]>();
  for (const [key, values] of Object.entries(entries)) {
    for (const value of values.split(' ')) result.set(value, [...(result.get(value) ?? []), key]);
  }
  return result;
}

/**
 * The phrasal verbs in a text with what each says in one word, its mates and its kinds, by the
 * verb's stem: "drop in on the troops" gives "drop" → "visit". For judging a claim.
 */
export function phrasalKinIn(foldedWords: readonly string[]): Map<string, readonly string[]> {
  const found = new Map<string, readonly string[]>();
  for (let i = 0; i + 1 < foldedWords.length; i++) {
    const particle = foldedWords[i + 1] ?? '';
    if (!PARTICLES.has(particle)) continue;
    const verb = stem(foldedWords[i] ?? '');
    const kin = broaderOfPhrase.get(`${verb} ${particle}`);
    if (kin.length > 0) found.set(verb, [...(found.get(verb) ?? []), ...kin]);
  }
  return found;
}

/**
 * The text with each nickname replaced by the place it stands for: "the Buckeye State" → "the
 * ohio". The nickname's own words are no part of the question: kept, "state" would find a text
 * about another state as readily as "ohio" finds one about Ohio.
 */
export function namePlacesOfNicknames(text: string): string {
  return text.replace(nicknames(), (nickname) => {
    const capitalised = nickname
      .split(/[\s-]+/)
      .every((word) => word.length <= 3 || /^\p{Lu}/u.test(word));
    if (!capitalised && !NICKNAME_HEAD.test(nickname)) return nickname;
    const key = nickname
      .toLowerCase()
      .split(/[\s-]+/)
      .join(' ');
    return placeByNickname.get(key).join(' ');
  });
}

/**
 * The words of the place a one-word place name lies in ("pyongyang" → "north", "korea"), empty
 * when WordNet does not know it as a place. For names a dataset never mentions.
 */
export function containingPlaceOf(foldedWord: string): readonly string[] {
  return containerOfPlace.get(foldedWord);
}

/** The stems of WordNet's one-word lemmas its tagged corpus has seen, split on first use. */
let lemmaStems: ReadonlySet<string> | undefined;

/**
 * Whether the stem is a word of WordNet's (a lemma, or a key of its tables): a real English word,
 * never a typo to respell, though the dataset does not use it ("concealed", "aside", "really").
 */
export function isWordnetWord(termStem: string): boolean {
  lemmaStems ??= new Set(table.lemmas.split(' '));
  return (
    lemmaStems.has(termStem) ||
    byWord.get(termStem).length > 0 ||
    byOpposite.get(termStem).length > 0 ||
    kinOfWord.get(termStem).length > 0
  );
}

/**
 * The table's antonyms read the other way too ("attend" → "miss" gives "miss" → "attend"), built
 * on first use: the table keys only the words it has synonyms for.
 */
let reverseOpposites: Map<string, string[]> | undefined;
function oppositesTo(termStem: string): readonly string[] {
  reverseOpposites ??= reversed(table.antonyms);
  return reverseOpposites.get(termStem) ?? EMPTY;
}

/** WordNet antonyms of a stem: "elig" → "inelig", "agre" → "disagre", "miss" → "attend". */
export function wordnetAntonymsOf(termStem: string): readonly string[] {
  const forward = byOpposite.get(termStem);
  const backward = oppositesTo(termStem);
  return backward.length === 0 ? forward : [...new Set([...forward, ...backward])];
}

/** The place a place adjective names, or the other way round: "brazilian" ↔ "brazil". */
export function placeFormsOf(termStem: string): readonly string[] {
  return byPlace.get(termStem);
}

/**
 * Synonyms of the phrasal verbs in a text, by the verb's word: "senators wrapped up" gives
 * "wrapped" the synonyms of "wrap up". Reads folded words, stop words included (particles are).
 */
export function phrasalSynonymsIn(foldedWords: readonly string[]): Map<string, readonly string[]> {
  const found = new Map<string, readonly string[]>();
  for (let i = 0; i + 1 < foldedWords.length; i++) {
    const verb = foldedWords[i] ?? '';
    const particle = foldedWords[i + 1] ?? '';
    if (!PARTICLES.has(particle)) continue;
    const synonyms = byPhrase.get(`${stem(verb)} ${particle}`);
    if (synonyms.length > 0) found.set(verb, [...(found.get(verb) ?? []), ...synonyms]);
  }
  return found;
}
