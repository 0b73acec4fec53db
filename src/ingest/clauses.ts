/**
 * Which part of a sentence a date governs. A sentence is cut into clauses at punctuation breaks
 * (",", ";", ":", a spaced dash), before a conjunction that starts a new verb ("and became…"),
 * before a subordinating conjunction ("after he started…") and at "that" after a verb ("said
 * that…"). The date governs the clause that holds it, minus the date's own words; a date standing
 * alone between breaks (", in February 2016 and") governs the clause before it.
 *
 * Verbs and nouns come from wink-nlp's part-of-speech tagger (fast, deterministic, pinned model):
 * word lists cannot tell "and became" (a new clause) from "and Serbia" (a list).
 */
import type { PartOfSpeech } from 'wink-nlp';
import { tagTokens, type Token } from '../language/part-of-speech.js';

/** Where a date expression sits in the sentence, and how it relates to its words. */
export interface ExpressionSpan {
  index: number;
  length: number;
  /**
   * `attributive`: a year inside a noun phrase ("the 2016 election"); the year names which
   * election, so the clause is that noun phrase, year included.
   */
  kind?: 'adverbial' | 'attributive';
}

export interface Governed {
  /** The clause the date governs, without the date's own words. */
  clause: string;
  /** The text of the clause the expression stands in, for reading its tense and mood. */
  own: string;
}

const BREAK_PUNCTUATION = new Set([',', ';', ':', '—', '–', '--']);
const QUOTE_MARKS = new Set(['"', '“', '”', "'", '‘', '’']);
const CLAUSE_CONJUNCTIONS = new Set(['and', 'but', 'or', 'yet', 'so']);
/** Subordinators that open a clause of their own even without a comma. */
const SUBORDINATORS = new Set([
  'after',
  'before',
  'while',
  'when',
  'because',
  'although',
  'though',
  'whereas',
  'if',
  'unless',
  'once',
]);
/** Words a clause may start or end with that add nothing to what the date governs. */
const LEADING_FILLER = /^(?:(?:and|but|or|yet|so|then|also|that)\s+)+/i;
const TRAILING_FILLER = /[\s,]+(?:and|or|but)$/i;
const CONTENT: ReadonlySet<PartOfSpeech> = new Set(['NOUN', 'PROPN', 'VERB', 'AUX', 'PRON', 'NUM']);
const NOMINAL: ReadonlySet<PartOfSpeech> = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);
const POSSESSIVES = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);

/**
 * Which tokens lie inside an expression, in one sweep: spans come sorted by offset, so this stays
 * linear however many dates a hostile sentence holds.
 */
function insideOf(tokens: readonly Token[], spans: readonly ExpressionSpan[]): boolean[] {
  const inside = tokens.map(() => false);
  const sorted = [...spans].sort((a, b) => a.index - b.index);
  let i = 0;
  for (const span of sorted) {
    while (i < tokens.length && (tokens[i]?.start ?? 0) < span.index) i += 1;
    for (
      let j = i;
      j < tokens.length && (tokens[j]?.end ?? 0) <= span.index + span.length;
      j += 1
    ) {
      inside[j] = true;
    }
  }
  return inside;
}

/** Token indices at which a new clause starts; punctuation breaks belong to no clause. */
function breaksOf(tokens: readonly Token[], inside: readonly boolean[]): boolean[] {
  const breaks = tokens.map(() => false);
  tokens.forEach((token, i) => {
    if (inside[i] === true) return;
    const word = token.text.toLowerCase();
    // "reported Wednesday night that…": the word before, skipping the date's own words.
    let before = i - 1;
    while (before > 0 && inside[before] === true) before -= 1;
    const previous = tokens[before];
    if (BREAK_PUNCTUATION.has(token.text)) {
      breaks[i] = !(token.text === ',' && isPlaceComma(tokens, i));
    } else if (token.pos === 'CCONJ' && CLAUSE_CONJUNCTIONS.has(word)) {
      // "and became the chair", 'and "having concluded': a new verb after the conjunction.
      const next = tokens
        .slice(i + 1, i + 4)
        .find((candidate) => candidate.pos !== 'ADV' && !QUOTE_MARKS.has(candidate.text));
      if (next !== undefined && (next.pos === 'VERB' || next.pos === 'AUX')) breaks[i] = true;
    } else if (SUBORDINATORS.has(word) && (token.pos === 'SCONJ' || opensClause(tokens, i))) {
      breaks[i] = true;
    } else if (word === 'that' && previous !== undefined && /^(VERB|AUX|ADV)$/.test(previous.pos)) {
      breaks[i] = true;
    }
  });
  return breaks;
}

/**
 * "Guadalajara, Mexico on Sunday", "Orlando, Florida": a comma inside a place name, between two
 * proper nouns where no verb follows the second (unlike "In Washington, Trump said").
 */
function isPlaceComma(tokens: readonly Token[], at: number): boolean {
  if (tokens[at - 1]?.pos !== 'PROPN' || tokens[at + 1]?.pos !== 'PROPN') return false;
  let i = at + 1;
  while (tokens[i]?.pos === 'PROPN' && i < at + 4) i += 1;
  const after = tokens[i];
  return after === undefined || !['VERB', 'AUX', 'PRON', 'PROPN'].includes(after.pos);
}

/**
 * The tagger often reads "after" as a preposition even before a clause ("after he started"): a
 * verb within the next few words, before any punctuation, shows the clause.
 */
function opensClause(tokens: readonly Token[], at: number): boolean {
  for (let i = at + 1; i <= at + 4; i += 1) {
    const token = tokens[i];
    if (token === undefined || token.pos === 'PUNCT') return false;
    if (token.pos === 'VERB' || token.pos === 'AUX') return true;
  }
  return false;
}

interface Segment {
  from: number;
  to: number;
  /** Whether it has a noun, verb or pronoun outside every date expression. */
  content: boolean;
  /** Whether it has a verb: a clause, not just a phrase between commas. */
  verb: boolean;
}

/** Clauses as token ranges, with punctuation breaks dropped. */
function segmentsOf(
  tokens: readonly Token[],
  breaks: readonly boolean[],
  inside: readonly boolean[],
): Segment[] {
  const segments: Segment[] = [];
  let from = 0;
  let content = false;
  let verb = false;
  const close = (to: number): void => {
    if (to > from) segments.push({ from, to, content, verb });
  };
  tokens.forEach((token, i) => {
    if (breaks[i] === true) {
      close(i);
      from = BREAK_PUNCTUATION.has(token.text) ? i + 1 : i;
      content = false;
      verb = false;
    }
    if (inside[i] !== true && CONTENT.has(token.pos) && !BREAK_PUNCTUATION.has(token.text)) {
      content = true;
      verb ||= token.pos === 'VERB' || token.pos === 'AUX';
    }
  });
  close(tokens.length);
  return segments;
}

/** Index of the first item whose key is at least `target`, in a list sorted by key. */
function lowerBound<T>(items: readonly T[], target: number, key: (item: T) => number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    const item = items[middle];
    if (item !== undefined && key(item) < target) low = middle + 1;
    else high = middle;
  }
  return low;
}

interface Parsed {
  sentence: string;
  /** The expressions to cut out of clauses, by offset. */
  cuts: ExpressionSpan[];
  tokens: Token[];
  segments: Segment[];
  /** For each segment, the nearest segment at or before it with content (-1 if none); likewise after. */
  contentBefore: number[];
  contentAfter: number[];
}

/**
 * For each expression, the clause it governs. The sentence is tagged once and each look-up is a
 * binary search, so the cost stays linear in its length whatever the number of expressions.
 */
export function governedClauses(sentence: string, spans: readonly ExpressionSpan[]): Governed[] {
  if (spans.length === 0) return [];
  const tokens = tagTokens(sentence);
  const inside = insideOf(tokens, spans);
  const segments = segmentsOf(tokens, breaksOf(tokens, inside), inside);
  const contentBefore: number[] = [];
  let last = -1;
  segments.forEach((segment, i) => {
    if (segment.content) last = i;
    contentBefore.push(last);
  });
  const contentAfter: number[] = new Array<number>(segments.length).fill(-1);
  last = -1;
  for (let i = segments.length - 1; i >= 0; i -= 1) {
    if (segments[i]?.content === true) last = i;
    contentAfter[i] = last;
  }
  const cuts = spans
    .filter((span) => span.kind !== 'attributive')
    .sort((a, b) => a.index - b.index);
  const parsed: Parsed = { sentence, cuts, tokens, segments, contentBefore, contentAfter };
  return spans.map((span) => governedBy(parsed, span));
}

function governedBy(parsed: Parsed, span: ExpressionSpan): Governed {
  const { sentence, tokens, segments } = parsed;
  const at = Math.max(
    0,
    lowerBound(segments, span.index, (segment) => tokens[segment.to - 1]?.end ?? 0),
  );
  const segment = segments[at];
  if (segment === undefined) {
    const own = window(parsed, 0, sentence.length, span);
    return { clause: own, own };
  }
  const own = textOf(parsed, segment, segment, span);

  const phrase = nounPhraseOf(parsed, span);
  if (phrase !== null) return { clause: phrase, own };
  if (segment.content && (segment.verb || at > 0)) return { clause: own, own };
  if (segment.content) {
    // An opening phrase without a verb ("At 9 p.m. on Saturday, a judge issued…", "During his
    // hearing in January, Sessions said…") sets the time of the clause it leads into.
    const verb = nextVerb(segments, at);
    return { clause: textOf(parsed, segment, segments[verb] ?? segment, span), own };
  }
  // Alone between breaks: the date belongs to what came before it, or else to what follows
  // ("On Sunday night, youths in the suburb, set vehicles alight": on through the first verb).
  const before = segments[parsed.contentBefore[at] ?? -1];
  if (before !== undefined) return { clause: orWhole(textOf(parsed, before, before, span)), own };
  const first = parsed.contentAfter[at] ?? -1;
  const after = segments[first];
  if (after === undefined) return { clause: orWhole(own), own };
  const last = nextVerb(segments, first);
  return { clause: orWhole(textOf(parsed, after, segments[last] ?? after, span)), own };

  /** A sentence that is nothing but a date ("Friday, January 1, 2021") governs itself. */
  function orWhole(clause: string): string {
    return clause === '' ? tidy(sentence.slice(0, MAX_CLAUSE)) : clause;
  }
}

/** The first segment from `at` on that has a verb, looking a few segments ahead at most. */
function nextVerb(segments: readonly Segment[], at: number): number {
  for (let i = at; i < Math.min(segments.length, at + 4); i += 1) {
    if (segments[i]?.verb === true) return i;
  }
  return at;
}

function textOf(parsed: Parsed, first: Segment, last: Segment, span: ExpressionSpan): string {
  const start = parsed.tokens[first.from]?.start ?? 0;
  const end = parsed.tokens[last.to - 1]?.end ?? parsed.sentence.length;
  return window(parsed, start, end, span);
}

/** Real clauses are far shorter; the cap keeps hostile run-on text from costing n² to copy. */
const MAX_CLAUSE = 400;

/**
 * The text from `start` to `end`, at most MAX_CLAUSE characters around the expression, with every
 * date expression cut out: each date is a fact of its own, and the clause says what happened.
 * Years inside a noun phrase stay ("the 2016 election" is what happened).
 */
function window(parsed: Parsed, start: number, end: number, span: ExpressionSpan): string {
  const { sentence, cuts, tokens } = parsed;
  let from = Math.max(start, Math.min(span.index, end) - MAX_CLAUSE / 2);
  let to = Math.min(end, Math.max(span.index + span.length, start) + MAX_CLAUSE / 2);
  // Whole words only: a window edge inside a word moves inwards to the next word boundary.
  const firstToken = tokens[lowerBound(tokens, from, (token) => token.start)];
  if (firstToken !== undefined && firstToken.start > from && firstToken.start <= to) {
    from = firstToken.start;
  }
  const lastToken = tokens[lowerBound(tokens, to + 1, (token) => token.end) - 1];
  if (lastToken !== undefined && lastToken.end < to && lastToken.end >= from) to = lastToken.end;
  const parts: string[] = [];
  let cursor = from;
  for (let i = lowerBound(cuts, from, (cut) => cut.index + cut.length); i < cuts.length; i += 1) {
    const cut = cuts[i];
    if (cut === undefined || cut.index >= to) break;
    if (cut.index > cursor) parts.push(sentence.slice(cursor, cut.index));
    cursor = Math.max(cursor, cut.index + cut.length);
  }
  if (cursor < to) parts.push(sentence.slice(cursor, to));
  return tidy(parts.join(' '));
}

/** Noun phrases are short; a bound on the walk keeps "March March March…" linear. */
const MAX_PHRASE_TOKENS = 12;

/**
 * A year inside a noun phrase governs that phrase ("the 2016 presidential election"), and a date
 * after "of" governs the phrase before it ("his testimony of June 7"). Null otherwise.
 */
function nounPhraseOf(parsed: Parsed, span: ExpressionSpan): string | null {
  const { sentence, tokens } = parsed;
  const first = lowerBound(tokens, span.index, (token) => token.start);
  const end = span.index + span.length;
  if (span.kind === 'attributive') {
    const after = lowerBound(tokens, end, (token) => token.start);
    let j = after;
    while (j < after + MAX_PHRASE_TOKENS) {
      const token = tokens[j];
      if (token === undefined) break;
      const ofName = token.text === 'of' && tokens[j + 1]?.pos === 'PROPN';
      if (NOMINAL.has(token.pos) || token.pos === 'PART' || ofName) j += 1;
      else break;
    }
    if (j === after) return null;
    return tidy(sentence.slice(span.index, tokens[j - 1]?.end ?? end));
  }
  if (!/^of\s/i.test(sentence.slice(span.index, end))) return null;
  let start = -1;
  for (let i = first - 1; i >= Math.max(0, first - MAX_PHRASE_TOKENS); i -= 1) {
    const token = tokens[i];
    if (token === undefined) break;
    if (token.pos === 'DET' || POSSESSIVES.has(token.text.toLowerCase())) {
      start = token.start;
      break;
    }
    if (!NOMINAL.has(token.pos) && token.pos !== 'PART') break;
    start = token.start;
  }
  if (start < 0) return null;
  return tidy(sentence.slice(start, span.index));
}

const EDGE_PUNCTUATION = new Set([' ', ',', ';', ':', '—', '–', '-']);

/** One line, single spaces, no dangling punctuation, leading "and"/"that" or full stop. */
export function tidy(text: string): string {
  const spaced = text.replace(/\s+/g, ' ').replace(/ ([,.;:!?])/g, '$1');
  // Trimmed by hand: a regex anchored at the end rescans long runs of its class (n²).
  let from = 0;
  let to = spaced.length;
  while (from < to && EDGE_PUNCTUATION.has(spaced.charAt(from))) from += 1;
  while (to > from && EDGE_PUNCTUATION.has(spaced.charAt(to - 1))) to -= 1;
  let clause = spaced.slice(from, to).replace(LEADING_FILLER, '').replace(TRAILING_FILLER, '');
  // The sentence's full stop is not the clause's, but "U.S." keeps its own.
  if (/[.!?]$/.test(clause) && !/(?:^|[\s(])(?:\p{L}\.)+$/u.test(clause)) {
    clause = clause.slice(0, -1);
  }
  return clause.trimEnd();
}
