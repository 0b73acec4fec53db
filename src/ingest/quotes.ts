/**
 * Direct quotations in a sentence and who said them. Attribution follows the shapes news text
 * uses: `AG Jeff Sessions: "..."`, `"...," Sessions said today.`, `Sessions said that he "..."`,
 * `A White House official dismissed the story as "..."`, and `he said` for the person last named.
 */
import type { Mention } from './mentions.js';
import {
  findDoubleQuoteSpans,
  findSingleQuoteSpans,
  type QuoteMark,
  type QuoteSpan,
} from './quote-marks.js';

/**
 * Who said it. A person speaker lists candidate mentions, best first: whether a mention is a
 * person ("Sessions" yes, "Bagram Airfield" no) is only known once the whole dataset is read, so
 * the builder takes the first candidate that resolves to one.
 */
export type SpeakerRef =
  { kind: 'person'; candidates: Mention[] } | { kind: 'described'; name: string };

export interface FoundQuote {
  text: string;
  mark: QuoteMark;
  span: QuoteSpan;
  speaker: SpeakerRef | null;
  fragment: boolean;
}

/** A quotation of this many words or fewer is a fragment inside someone else's sentence. */
const FRAGMENT_MAX_WORDS = 5;

const SPEECH_VERB =
  'coins|coined|denounces|denounced|defends|defended|demands|demanded|touts|touted|reiterates|reiterated|contends|contending|confirms|confirmed|describing|referring|lashes out|said|says|say|saying|told|tells|tweeted|tweets|tweeting|wrote|writes|writing|stated|states|stating|added|adds|adding|called|calls|calling|described|describes|dismissed|dismisses|claimed|claims|declared|declares|announced|announces|insisted|insists|argued|argues|warned|warns|asked|asks|replied|replies|responded|responds|texted|texts|denied|denies|admitted|admits|labeled|labels|labelled|branded|brands|accused|accuses|promised|promises|vowed|vows|urged|urges|praised|praises|criticized|criticizes|referred|refers|testified|testifies|remarked|explained|explains|noted|notes|suggested|suggests|threatened|threatens|predicted|predicts|blasted|blasts|mocked|mocks|slammed|slams|deemed|deems|characterized|characterizes';
// Case-sensitive: the verbs are lower case, so "The United States" never reads as "states".
const VERB_IN_TEXT = new RegExp(`\\b(?:${SPEECH_VERB})\\b`, 'g');
const AFTER_SUBJECT_VERB = new RegExp(
  `^[\\s,]*((?:[\\p{L}.'’-]+\\s+){0,7}?)(?:${SPEECH_VERB})\\b`,
  'u',
);
const AFTER_VERB_SUBJECT = new RegExp(`^[\\s,]*(?:${SPEECH_VERB})\\s+(.+?)(?=[,.;]|$)`, 'u');
const PRONOUN = /^(he|she|they)$/i;
/** Described speakers: "A White House official", "A Department of Justice spokeswoman". */
const DESCRIBED =
  /^(?:a|an|the|one|two|three|several|some|many)\s+(?:(?!(?:against|out|to|for|with|in|on|at|by|from|that|who|which)\s)[\p{L}'’.-]+\s+){0,5}?(?:officials?|spokes(?:man|woman|person|people)|aides?|sources?|advis[eo]rs?|lawyers?|attorneys?|staffers?|employees?|officers?|members?|lawmakers?|reporters?|analysts?|experts?|critics?|diplomats?|prosecutors?|investigators?|statement|report|memo|letter|House|Department|Kremlin|Pentagon|Ministry|Administration|administration|Committee|Office|Agency|Bureau|Court|court|Government|government|Embassy|Commission|Council|President|president|campaign|Campaign)$/iu;
/** Adverbs that trail a subject before its verb: "The White House later states". */
const TRAILING_ADVERBS = /(?:\s+(?:later|also|then|again|now|still|soon|first|\p{Ll}+ly))+$/u;

/**
 * How far from a quotation its speaker is looked for. Attributions sit next to the quote; the
 * bound keeps a sentence full of quotation marks linear instead of rescanning it for each one.
 */
const SPEAKER_WINDOW = 300;

/**
 * `mentions` are the sentence's name mentions (offsets in the sentence); `earlier` are the names
 * mentioned before this sentence in the same source, most recent first, for pronouns.
 */
export function findQuotes(
  sentence: string,
  mentions: readonly Mention[],
  earlier: readonly Mention[],
): FoundQuote[] {
  const doubles = findDoubleQuoteSpans(sentence);
  const singles = findSingleQuoteSpans(sentence);
  const spans = [...doubles, ...singles].sort((a, b) => a.open - b.open);
  const context = sentenceContext(sentence, doubles, singles, mentions, earlier);
  const found: FoundQuote[] = [];
  let previousSpeaker: SpeakerRef | null = null;
  // Whether only quotation marks and spaces stand outside the quotations so far.
  let onlyQuotesSoFar = true;
  let previousClose = -1;
  for (const span of spans) {
    onlyQuotesSoFar &&= /^[\s"“‘']*$/.test(sentence.slice(previousClose + 1, span.open));
    previousClose = span.close;
    const inner = sentence.slice(span.open + 1, span.close).trim();
    // The lookbehind keeps a long run of commas inside a quotation from being retried per comma.
    const text = inner.replace(/(?<![,;:])[,;:]+$/, '').trim();
    if (text === '') continue;
    const nested = span.mark === 'single' && insideAny(doubles, span.open);
    const speaker: SpeakerRef | null =
      (nested ? null : speakerOf(context, span, onlyQuotesSoFar)) ??
      (previousSpeaker !== null && joinedToPrevious(sentence, span, found.at(-1)?.span)
        ? previousSpeaker
        : null);
    if (speaker !== null) previousSpeaker = speaker;
    found.push({
      text,
      mark: span.mark,
      span,
      speaker,
      fragment: text.split(/\s+/).length <= FRAGMENT_MAX_WORDS,
    });
  }
  return found;
}

/** A sentence with what attribution needs, each computed once rather than once per quotation. */
interface SentenceContext {
  sentence: string;
  doubles: readonly QuoteSpan[];
  singles: readonly QuoteSpan[];
  mentions: readonly Mention[];
  earlier: readonly Mention[];
  /** Speech verbs in the sentence, in order, found on first use. */
  verbs: RegExpExecArray[] | null;
  /** For each offset, one past the last comma or semicolon at or before it, found on first use. */
  clauseBreaks: Int32Array | null;
}

function sentenceContext(
  sentence: string,
  doubles: readonly QuoteSpan[],
  singles: readonly QuoteSpan[],
  mentions: readonly Mention[],
  earlier: readonly Mention[],
): SentenceContext {
  return { sentence, doubles, singles, mentions, earlier, verbs: null, clauseBreaks: null };
}

/** `"..." and "..."`: a second quotation continues the first speaker's words. */
function joinedToPrevious(sentence: string, span: QuoteSpan, previous?: QuoteSpan): boolean {
  if (previous === undefined) return false;
  return /^[\s,]*(and|or|but)?\s*$/i.test(sentence.slice(previous.close + 1, span.open));
}

/** `quoteOpensSentence`: nothing but quotation marks and spaces stands before the quotation. */
function speakerOf(
  context: SentenceContext,
  span: QuoteSpan,
  quoteOpensSentence: boolean,
): SpeakerRef | null {
  const { sentence, mentions, earlier } = context;
  // `AG Jeff Sessions: "..."`
  const colon = colonSubject(sentence, span.open);
  if (colon !== null) {
    const subject = subjectIn(sentence, colon.start, colon.end, mentions, earlier);
    if (subject !== null) return subject;
  }
  if (quoteOpensSentence) return speakerAfter(sentence, span, mentions, earlier);

  // `Sessions said that he "..."`: the nearest speech verb before the quotation whose subject
  // is a person or a described speaker.
  context.verbs ??= [...sentence.matchAll(VERB_IN_TEXT)];
  const verbs = context.verbs;
  let next = lastStartingBefore(verbs, span.open);
  for (; next >= 0; next -= 1) {
    const verb = verbs[next];
    if (verb === undefined || verb.index < span.open - SPEAKER_WINDOW) break;
    // Verbs are letters and spaces, so one that starts before the quotation mark ends before it.
    if (insideAny(context.doubles, verb.index) || insideAny(context.singles, verb.index)) continue;
    context.clauseBreaks ??= clauseBreaksOf(sentence);
    const clauseStart = Math.max(
      context.clauseBreaks[verb.index] ?? 0,
      lastClosing(context.doubles, context.singles, verb.index),
    );
    const subject = subjectIn(sentence, clauseStart, verb.index, mentions, earlier);
    if (subject !== null) return subject;
  }
  return speakerAfter(sentence, span, mentions, earlier);
}

/**
 * The subject before a colon that ends the text before the quotation, as
 * `/([^.,;:"“”]*?)\s*:\s*$/` finds it, scanning back from the quotation instead of trying every
 * start offset (that regex is quadratic on a long sentence).
 */
function colonSubject(sentence: string, end: number): { start: number; end: number } | null {
  let colon = end - 1;
  while (colon >= 0 && /\s/.test(sentence.charAt(colon))) colon -= 1;
  if (colon < 0 || sentence.charAt(colon) !== ':') return null;
  let start = colon;
  while (start > 0 && !/[.,;:"“”]/.test(sentence.charAt(start - 1))) start -= 1;
  let subjectEnd = colon;
  while (subjectEnd > start && /\s/.test(sentence.charAt(subjectEnd - 1))) subjectEnd -= 1;
  return { start, end: subjectEnd };
}

/** Index of the last match starting before `offset`, or -1 (matches are in order). */
function lastStartingBefore(matches: readonly RegExpExecArray[], offset: number): number {
  let low = 0;
  let high = matches.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((matches[middle]?.index ?? offset) < offset) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}

function clauseBreaksOf(sentence: string): Int32Array {
  const breaks = new Int32Array(sentence.length + 1);
  let last = 0;
  for (let index = 0; index < sentence.length; index += 1) {
    const char = sentence.charAt(index);
    if (char === ',' || char === ';') last = index + 1;
    breaks[index] = last;
  }
  breaks[sentence.length] = last;
  return breaks;
}

/** `"...," Sessions said today.` or `"...," said Sessions.` */
function speakerAfter(
  sentence: string,
  span: QuoteSpan,
  mentions: readonly Mention[],
  earlier: readonly Mention[],
): SpeakerRef | null {
  const start = span.close + 1;
  const after = sentence.slice(start, start + SPEAKER_WINDOW);
  const subjectVerb = AFTER_SUBJECT_VERB.exec(after);
  if (subjectVerb !== null) {
    const offset = start + (subjectVerb[0].length - subjectVerb[0].trimStart().length);
    const subjectText = subjectVerb[1] ?? '';
    const subjectStart = start + after.indexOf(subjectText, offset - start);
    const subject = subjectIn(
      sentence,
      subjectStart,
      subjectStart + subjectText.length,
      mentions,
      earlier,
    );
    if (subject !== null) return subject;
  }
  const verbSubject = AFTER_VERB_SUBJECT.exec(after);
  if (verbSubject !== null) {
    const subjectText = verbSubject[1] ?? '';
    const subjectStart = start + after.indexOf(subjectText);
    return subjectIn(sentence, subjectStart, subjectStart + subjectText.length, mentions, earlier);
  }
  return null;
}

/** The speaker named by sentence[start, end): a person, a described speaker or a pronoun. */
function subjectIn(
  sentence: string,
  start: number,
  end: number,
  mentions: readonly Mention[],
  earlier: readonly Mention[],
): SpeakerRef | null {
  const inside = mentions.filter((mention) => mention.start >= start && mention.end <= end);
  if (inside.length > 0) return { kind: 'person', candidates: [...inside].reverse() };
  const phrase = sentence
    .slice(start, end)
    .trim()
    .replace(/^(?:and|but|while|then)\s+/i, '')
    .replace(TRAILING_ADVERBS, '');
  if (PRONOUN.test(phrase)) {
    const before = mentions.filter((mention) => mention.end <= start).reverse();
    const candidates = [...before, ...earlier];
    return candidates.length === 0 ? null : { kind: 'person', candidates };
  }
  if (DESCRIBED.test(phrase)) {
    return { kind: 'described', name: phrase.charAt(0).toUpperCase() + phrase.slice(1) };
  }
  return null;
}

/** True when `index` falls strictly inside one of `spans`, which are in order and disjoint. */
function insideAny(spans: readonly QuoteSpan[], index: number): boolean {
  const last = lastClosedBefore(spans, index + 1);
  const candidate = spans[last + 1];
  return candidate !== undefined && candidate.open < index && index < candidate.close;
}

/** Index of the last span (in order, disjoint) that closes before `offset`, or -1. */
function lastClosedBefore(spans: readonly QuoteSpan[], offset: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((spans[middle]?.close ?? offset) < offset) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}

/**
 * Just past the quotation closed before `offset` that opened last (not the one that closed last:
 * a single-quoted span may sit inside a double-quoted one), or 0.
 */
function lastClosing(
  doubles: readonly QuoteSpan[],
  singles: readonly QuoteSpan[],
  offset: number,
): number {
  const double = doubles[lastClosedBefore(doubles, offset)];
  const single = singles[lastClosedBefore(singles, offset)];
  const last =
    double === undefined
      ? single
      : single === undefined
        ? double
        : single.open > double.open
          ? single
          : double;
  return last === undefined ? 0 : last.close + 1;
}
