/**
 * Direct quotations in a sentence and who said them. Attribution follows the shapes news text
 * uses: `AG Jeff Sessions: "..."`, `"...," Sessions said today.`, `Sessions said that he "..."`,
 * `A White House official dismissed the story as "..."`, and `he said` for the person last named.
 */
import type { Mention } from './mentions.js';
import {
  findDoubleQuoteSpans,
  findSingleQuoteSpans,
  insideSpan,
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
  const found: FoundQuote[] = [];
  let previousSpeaker: SpeakerRef | null = null;
  for (const span of spans) {
    const inner = sentence.slice(span.open + 1, span.close).trim();
    const text = inner.replace(/[,;:]+$/, '').trim();
    if (text === '') continue;
    const nested = span.mark === 'single' && insideSpan(doubles, span.open);
    const speaker: SpeakerRef | null =
      (nested ? null : speakerOf(sentence, span, spans, mentions, earlier)) ??
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

/** `"..." and "..."`: a second quotation continues the first speaker's words. */
function joinedToPrevious(sentence: string, span: QuoteSpan, previous?: QuoteSpan): boolean {
  if (previous === undefined) return false;
  return /^[\s,]*(and|or|but)?\s*$/i.test(sentence.slice(previous.close + 1, span.open));
}

function speakerOf(
  sentence: string,
  span: QuoteSpan,
  spans: readonly QuoteSpan[],
  mentions: readonly Mention[],
  earlier: readonly Mention[],
): SpeakerRef | null {
  const before = sentence.slice(0, span.open);
  // `AG Jeff Sessions: "..."`
  const colon = /([^.,;:"“”]*?)\s*:\s*$/.exec(before);
  if (colon !== null) {
    const subject = subjectIn(
      sentence,
      colon.index,
      colon.index + (colon[1] ?? '').length,
      mentions,
      earlier,
    );
    if (subject !== null) return subject;
  }
  const quoteOpensSentence = /^[\s"“‘']*$/.test(stripSpans(before, spans));
  if (quoteOpensSentence) return speakerAfter(sentence, span, mentions, earlier);

  // `Sessions said that he "..."`: the nearest speech verb before the quotation whose subject
  // is a person or a described speaker.
  const verbs = [...before.matchAll(VERB_IN_TEXT)].reverse();
  for (const verb of verbs) {
    if (insideSpan(spans, verb.index)) continue;
    const clauseStart = Math.max(
      before.lastIndexOf(',', verb.index) + 1,
      before.lastIndexOf(';', verb.index) + 1,
      lastClosing(before, spans, verb.index),
    );
    const subject = subjectIn(sentence, clauseStart, verb.index, mentions, earlier);
    if (subject !== null) return subject;
  }
  return speakerAfter(sentence, span, mentions, earlier);
}

/** `"...," Sessions said today.` or `"...," said Sessions.` */
function speakerAfter(
  sentence: string,
  span: QuoteSpan,
  mentions: readonly Mention[],
  earlier: readonly Mention[],
): SpeakerRef | null {
  const start = span.close + 1;
  const after = sentence.slice(start);
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

function stripSpans(text: string, spans: readonly QuoteSpan[]): string {
  let result = '';
  let position = 0;
  for (const span of spans) {
    if (span.open >= text.length) break;
    result += text.slice(position, span.open);
    position = Math.min(text.length, span.close + 1);
  }
  return result + text.slice(position);
}

function lastClosing(text: string, spans: readonly QuoteSpan[], before: number): number {
  let last = 0;
  for (const span of spans)
    if (span.close < before && span.close < text.length) last = span.close + 1;
  return last;
}
