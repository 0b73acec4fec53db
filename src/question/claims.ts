/**
 * The checkable claims in a chat message, for "Verify quotes" on any message: each quotation with
 * the speaker the message gives it to (`Trump said "…"`, `"…," said the attorney general`,
 * `"…" — Mattis`, a Discord block quote signed below), or, with no quotation marks, the message's
 * main claim. Pure text work, no dataset: the answerer checks each claim (answer/verify-message.ts).
 *
 * News text's quotation marks are paired by language/quote-marks.ts; chat text wants more than
 * news text does (« », „ “, block quotes, and code, links and mentions left out), so messages are
 * read here.
 */
import { isStopword, words } from '../search/text.js';

export interface Claim {
  /** The words to check: a quotation without its marks, or the claimed words of a statement. */
  words: string;
  /** Who the message says said them, as written ("Trump", "the attorney general"); null if nobody. */
  speaker: string | null;
  /** The sentence around the words, which a check compares reports of the words with. */
  context: string;
  /** Quoted (quotation marks or a block quote), or the unquoted main claim of the message. */
  kind: 'quotation' | 'statement';
}

export interface FoundClaims {
  /** In the order the message gives them, at most the limit asked for. */
  claims: Claim[];
  /** How many more claims the message holds past the limit (not returned, not checked). */
  more: number;
}

/** Claims checked per message: a reply shows each one, and each check searches the dataset. */
export const MAX_CLAIMS = 5;
/** A claim's words are cut (at a word) to this, the length `/verify` accepts. */
export const MAX_CLAIM_LENGTH = 300;
const MAX_CONTEXT_LENGTH = 400;
/** Discord messages hold at most 4000 characters (with Nitro); nothing past that is read. */
const MAX_MESSAGE_LENGTH = 4000;
/** A message without quotation marks is checked whole only when it is about this short. */
const MAX_STATEMENT_LENGTH = 280;
/** A statement needs this many content words to be a claim ("ok", "lol same" are not). */
const MIN_STATEMENT_WORDS = 3;
/** Words a speaker phrase may have; longer runs are a sentence, not a name. */
const MAX_SPEAKER_WORDS = 5;
/** Characters each side of a quotation read for its attribution. */
const ATTRIBUTION_REACH = 200;
/** Words allowed between a verb of saying and the quotation (`told reporters on Monday that`). */
const MAX_WORDS_BEFORE_QUOTE = 8;

/** Verbs that attribute words to their subject, as chat and news write them. */
const SAY_VERBS = new Set(
  (
    'say says said tweet tweets tweeted write writes wrote tell tells told claim claims claimed ' +
    'state states stated add adds added declare declares declared insist insists insisted ' +
    'announce announces announced argue argues argued ask asks asked call calls called ' +
    'describe describes described deny denies denied admit admits admitted warn warns warned ' +
    'post posts posted reply replies replied respond responds responded explain explains ' +
    'explained note notes noted remark remarks remarked quip quips quipped joke jokes joked ' +
    'promise promises promised vow vows vowed threaten threatens threatened suggest suggests ' +
    'suggested testify testifies testified answer answers answered retort retorts retorted ' +
    'recall recalls recalled yell yells yelled shout shouts shouted mock mocks mocked ' +
    'label labels labeled labelled dub dubs dubbed'
  ).split(' '),
);
/** Participles of saying ("…, saying "…"") take the subject of an earlier verb, if any. */
const SAY_PARTICIPLE = /^(?:saying|telling|calling|writing|adding|claiming|tweeting|insisting)$/i;

/** Words that never name a speaker: "he said" is attributed to whoever the message named last. */
const PRONOUNS = new Set(['he', 'she', 'they', 'him', 'her', 'them']);
const NOBODY = new Set([
  'i',
  'you',
  'we',
  'it',
  'someone',
  'somebody',
  'everyone',
  'everybody',
  'people',
  'nobody',
  'anyone',
  'anybody',
  'who',
  'that',
  'this',
  'which',
  'u',
  'ya',
  'yall',
]);
/** Capitalised words that open a sentence without being part of a name. */
const FILLERS = new Set(
  (
    'so and but then yesterday today tonight also well lol lmao omg wow oh yes yeah no now when ' +
    'because even actually literally apparently remember breaking update here there again ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may ' +
    'june july august september october november december on in at last this after before ' +
    'during since if once just ok okay hey btw imo did does do has have is was why how what where'
  ).split(' '),
);
/** Words and phrases that may sit between a speaker and the verb ("Trump on Monday said"). */
const BETWEEN_SPEAKER_AND_VERB =
  /\s+(?:(?:on|in|at|during|last|this|earlier|later|back\s+in)\s+(?:(?:a|an|the|his|her|their)\s+)?[\p{L}\p{N}]+(?:\s+\d{1,4})?|yesterday|today|tonight|again|also|just|then|once|reportedly|allegedly|publicly|actually|literally|really|never|famously|apparently|basically|even|has|had|have|did|does|himself|herself)$/iu;
/** Name words that may be lower case inside a capitalised name ("Secretary of State"). */
const NAME_CONNECTORS = new Set(['of', 'de', 'del', 'van', 'von', 'bin', 'al', 'la', 'le', 'da']);

const CAPITALISED = /^[\p{Lu}][\p{L}\p{M}'’.-]*$/u;
const WORDLIKE = /^[\p{L}][\p{L}\p{M}'’.-]*$/u;

const CODE_BLOCK = /```[\s\S]*?(?:```|$)/g;
const INLINE_CODE = /`[^`\n]*`/g;
const LINK = /<?\b(?:https?:\/\/|www\.)[^\s>]+>?/gi;
const MARKDOWN_LINK = /\[([^\]\n]*)\]\([^)\n]*\)/g;
const DISCORD_TOKEN = /<(?:@[!&]?|#)\d+>|<a?:\w+:\d+>|<t:-?\d+(?::\w)?>|@(?:everyone|here)\b/g;
const EMPHASIS = /[*~|]+|(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])/gu;
const HEADING = /^[ \t]*(?:-#|#{1,3})[ \t]+/gm;

/** Opening marks and the marks that close each. */
const DOUBLE_CLOSERS: Readonly<Record<string, string>> = {
  '"': '"”',
  '“': '”"',
  '„': '“”"',
  '«': '»',
};
const SINGLE_MARKS = new Set(["'", '‘', '’']);
const BEFORE_SINGLE_OPENING = /[\s([{"“«—–-]/;
const AFTER_SINGLE_CLOSING = /[\s.,;:!?)\]}"”»—–-]/;

interface Span {
  open: number;
  close: number;
}

/** What the claims are found in: chat text without code, links, mentions and emphasis marks. */
export function cleanMessage(text: string): string {
  return text
    .slice(0, MAX_MESSAGE_LENGTH)
    .replace(CODE_BLOCK, '\n')
    .replace(INLINE_CODE, ' ')
    .replace(MARKDOWN_LINK, '$1')
    .replace(LINK, ' ')
    .replace(DISCORD_TOKEN, ' ')
    .replace(HEADING, '')
    .replace(EMPHASIS, '')
    .replace(/[ \t\u00a0]+/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .join('\n');
}

/** The message's claims, quotations first found in order, at most `limit` (see MAX_CLAIMS). */
export function findClaims(text: string, limit: number = MAX_CLAIMS): FoundClaims {
  const cleaned = cleanMessage(text);
  const found: Claim[] = [];
  for (const chunk of chunksOf(cleaned)) {
    found.push(
      ...(chunk.blockQuote ? blockQuoteClaims(chunk) : quotationClaims(chunk.text, found.at(-1))),
    );
  }
  if (found.length === 0) {
    const statement = statementClaim(cleaned);
    if (statement !== null) found.push(statement);
  }
  const unique = dedupe(found);
  const cap = Math.max(0, Math.floor(limit));
  return { claims: unique.slice(0, cap), more: Math.max(0, unique.length - cap) };
}

interface Chunk {
  text: string;
  blockQuote: boolean;
  /** For a block quote: the line above it and the line below it, which may name the speaker. */
  above?: string;
  below?: string;
}

/**
 * The message split into runs of ordinary lines and Discord block quotes (`> …` lines, or
 * everything after `>>> `). A block quote holding quotation marks of its own is a pasted
 * report, read like ordinary text.
 */
function chunksOf(cleaned: string): Chunk[] {
  const lines = cleaned.split('\n');
  const chunks: Chunk[] = [];
  let plain: string[] = [];
  const flushPlain = (): void => {
    if (plain.length > 0) chunks.push({ text: plain.join('\n'), blockQuote: false });
    plain = [];
  };
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    if (!line.startsWith('>')) {
      plain.push(line);
      continue;
    }
    const quoted: string[] = [];
    if (line.startsWith('>>>')) {
      quoted.push(line.slice(3).trim(), ...lines.slice(index + 1));
      index = lines.length;
    } else {
      for (; index < lines.length && (lines[index] ?? '').startsWith('>'); index += 1) {
        quoted.push((lines[index] ?? '').slice(1).trim());
      }
      index -= 1;
    }
    const text = quoted.join('\n').trim();
    const above = plain.filter((candidate) => candidate !== '').at(-1);
    const below = lines.slice(index + 1).find((candidate) => candidate !== '');
    if (findQuoteSpans(text).length > 0) {
      plain.push(text);
      continue;
    }
    flushPlain();
    chunks.push({
      text,
      blockQuote: true,
      ...(above === undefined ? {} : { above }),
      ...(below === undefined ? {} : { below }),
    });
  }
  flushPlain();
  return chunks;
}

/** A block quote is one quotation, signed on the line below (`— Mattis`) or above (`Trump:`). */
function blockQuoteClaims(chunk: Chunk): Claim[] {
  const quoted = oneLine(chunk.text);
  if (!isQuotation(quoted)) return [];
  const speaker =
    (chunk.below === undefined ? null : speakerAfter(` ${chunk.below}`)) ??
    (chunk.above === undefined ? null : speakerBefore(chunk.above));
  return [
    {
      words: cut(quoted, MAX_CLAIM_LENGTH),
      speaker: speaker === null || isPronoun(speaker) ? null : speaker,
      context: cut(quoted, MAX_CONTEXT_LENGTH),
      kind: 'quotation',
    },
  ];
}

/** Each quotation in ordinary text, with its speaker; "he said" takes the previous speaker. */
function quotationClaims(text: string, previous: Claim | undefined): Claim[] {
  const spans = findQuoteSpans(text);
  const ends = sentenceEnds(text, spans);
  const claims: Claim[] = [];
  let last = previous;
  for (const [position, span] of spans.entries()) {
    // "…building," said Mattis: the punctuation inside the marks is the sentence's, not the words'.
    const quoted = oneLine(text.slice(span.open + 1, span.close)).replace(/[\s,;:]+$/, '');
    if (!isQuotation(quoted)) continue;
    const sentence = sentenceAround(text.length, ends, span);
    const earlier = spans[position - 1];
    const sameSentence = earlier !== undefined && earlier.open >= sentence.start;
    // An attribution sits next to its quotation: a few words each side are all that is read.
    const before = text.slice(
      Math.max(sentence.start, sameSentence ? earlier.close + 1 : 0, span.open - ATTRIBUTION_REACH),
      span.open,
    );
    const after = text.slice(
      span.close + 1,
      Math.min(sentence.end, span.close + ATTRIBUTION_REACH),
    );
    // The verb before the quotation names its speaker; a pronoun there yields to a name after it.
    const fromBefore = speakerBefore(before);
    let speaker =
      fromBefore !== null && !isPronoun(fromBefore)
        ? fromBefore
        : (speakerAfter(after) ?? fromBefore);
    // `Trump called him "Rocket Man" and "a sick puppy"`: one verb for both quotations.
    if (speaker === null && sameSentence && last !== undefined) speaker = last.speaker;
    if (speaker !== null && isPronoun(speaker)) speaker = last?.speaker ?? null;
    const context =
      sentence.end - sentence.start <= 2 * MAX_CONTEXT_LENGTH
        ? oneLine(text.slice(sentence.start, sentence.end))
        : '';
    const claim: Claim = {
      words: cut(quoted, MAX_CLAIM_LENGTH),
      speaker,
      context:
        context !== '' && context.length <= MAX_CONTEXT_LENGTH
          ? context
          : cut(quoted, MAX_CONTEXT_LENGTH),
      kind: 'quotation',
    };
    claims.push(claim);
    last = claim;
  }
  return claims;
}

/** A quotation worth checking: a word of two letters or more, and for a single word, a real one. */
function isQuotation(quoted: string): boolean {
  const found = words(quoted);
  return found.some((word) => word.length >= 2 && /\p{L}/u.test(word)) && quoted.length >= 3;
}

/**
 * Paired quotation marks in order, none inside another. Straight double quotes alternate;
 * single quotes share their mark with the apostrophe (Trump's, don’t), so one opens only before
 * a word and closes only after one, and must hold two words ('fake news', not 'cause).
 */
export function findQuoteSpans(text: string): Span[] {
  const doubles: Span[] = [];
  let open: number | null = null;
  let closers = '';
  for (let index = 0; index < text.length; index += 1) {
    const char = text.charAt(index);
    if (open !== null && closers.includes(char)) {
      if (index > open + 1) doubles.push({ open, close: index });
      open = null;
    } else if (char in DOUBLE_CLOSERS) {
      // An opening mark while one is open: the earlier one was never closed.
      open = index;
      closers = DOUBLE_CLOSERS[char] ?? '';
    }
  }
  const singles = findSingleQuoteSpans(text).filter(
    (single) => !doubles.some((double) => single.open > double.open && single.open < double.close),
  );
  return [...doubles, ...singles].sort((a, b) => a.open - b.open);
}

function findSingleQuoteSpans(text: string): Span[] {
  const spans: Span[] = [];
  let open: number | null = null;
  for (let index = 0; index < text.length; index += 1) {
    const char = text.charAt(index);
    if (!SINGLE_MARKS.has(char)) continue;
    const before = index === 0 ? ' ' : text.charAt(index - 1);
    const after = index + 1 < text.length ? text.charAt(index + 1) : ' ';
    const opens = char !== '’' && BEFORE_SINGLE_OPENING.test(before) && /[\p{L}\p{N}]/u.test(after);
    const closes = char !== '‘' && !/\s/.test(before) && AFTER_SINGLE_CLOSING.test(after);
    if (closes && open !== null) {
      if (words(text.slice(open + 1, index)).length >= 2) spans.push({ open, close: index });
      open = null;
    } else if (opens && open === null) {
      open = index;
    }
  }
  return spans;
}

/**
 * Where sentences end in a text: sentence punctuation followed by a space, outside any
 * quotation, or a line break. Computed once per text, so each quotation's sentence is a lookup.
 */
function sentenceEnds(text: string, spans: readonly Span[]): number[] {
  const inside = new Array<boolean>(text.length).fill(false);
  for (const span of spans) inside.fill(true, span.open + 1, span.close);
  const ends: number[] = [];
  for (let index = 0; index < text.length; index += 1) {
    const char = text.charAt(index);
    if (
      char === '\n' ||
      ((char === '.' || char === '!' || char === '?') &&
        /\s/.test(text.charAt(index + 1)) &&
        inside[index] !== true)
    ) {
      ends.push(index);
    }
  }
  return ends;
}

/** The sentence holding a quotation: from after the last sentence end before it to the next. */
function sentenceAround(
  length: number,
  ends: readonly number[],
  span: Span,
): { start: number; end: number } {
  const before = ends[firstAtOrAfter(ends, span.open) - 1];
  const after = ends[firstAtOrAfter(ends, span.close)];
  return {
    start: before === undefined ? 0 : before + 1,
    end: after === undefined ? length : after + 1,
  };
}

/** The position in sorted `values` of the first one at or after `index` (binary search). */
function firstAtOrAfter(values: readonly number[], index: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((values[middle] ?? Infinity) < index) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The speaker of the words that follow `before` (the text from the sentence start to the
 * quotation): the subject of its last verb of saying, with up to a few words between verb and
 * quotation (`Trump told reporters on Monday that "…"`, `Sessions: "…"`).
 */
export function speakerBefore(before: string): string | null {
  const colon = /([^.!?:;]+?)\s*:\s*$/.exec(before);
  if (colon?.[1] !== undefined) {
    const named = speakerPhrase(colon[1]);
    if (named !== null) return named;
  }
  const tokens = before.trim().split(/\s+/);
  for (let index = tokens.length - 1; index >= 0; index -= 1) {
    if (tokens.length - 1 - index > MAX_WORDS_BEFORE_QUOTE) return null;
    const token = bare(tokens[index] ?? '');
    if (SAY_PARTICIPLE.test(token)) continue;
    // The verb nearest the quotation is the one whose subject spoke.
    if (SAY_VERBS.has(token.toLowerCase())) return speakerPhrase(tokens.slice(0, index).join(' '));
  }
  const according = /according to\s+(.+?)\s*,?\s*$/i.exec(before);
  return according?.[1] === undefined ? null : speakerPhrase(according[1], { atEnd: false });
}

/**
 * The speaker named after a quotation: `— Mattis`, `-James Mattis, 2017`, `, Trump said`,
 * `, said the attorney general`, `(Sessions)`.
 */
export function speakerAfter(after: string): string | null {
  const dash = /^[\s,.!?]*(?:—|–|~|-{1,2})\s*@?([^,()\n—–;:]{1,80})/.exec(after);
  if (dash?.[1] !== undefined) return speakerPhrase(dash[1], { atEnd: false });
  const parenthesised = /^\s*\(\s*([^()\n,]{1,60})[,)]/.exec(after);
  if (parenthesised?.[1] !== undefined) {
    const named = speakerPhrase(parenthesised[1], { atEnd: false });
    if (named !== null && /^[\p{Lu}]/u.test(named)) return named;
  }
  // Up to the sentence end or the next quotation, whose own verb comes before it.
  const head = /^[\s,.!?]*([^.!?\n"“”«»„]{0,120})/.exec(after)?.[1] ?? '';
  const tokens = head.split(/\s+/).filter((token) => token !== '');
  if (CONJUNCTIONS.has((tokens[0] ?? '').toLowerCase())) return null;
  const verbAt = tokens.findIndex((token) => SAY_VERBS.has(bare(token).toLowerCase()));
  if (verbAt === -1 || verbAt > MAX_SPEAKER_WORDS) return null;
  if (verbAt === 0) {
    // `"…," said Trump` / `said the attorney general`.
    return speakerPhrase(tokens.slice(1).join(' '), { atEnd: false });
  }
  return speakerPhrase(tokens.slice(0, verbAt).join(' '));
}

/**
 * A speaker phrase at the end (or, `atEnd: false`, the start) of `text`, next to its verb: a
 * capitalised name run ("Attorney General Jeff Sessions", "Secretary of State Tillerson"), a
 * described speaker ("the attorney general", "a White House official", "Trump's spokesperson"),
 * a pronoun (resolved by the caller), or a single lower-case word as chat writes names ("trump").
 */
function speakerPhrase(text: string, options: { atEnd?: boolean } = {}): string | null {
  const atEnd = options.atEnd ?? true;
  let source = text.replace(/[“”"«»„]/g, ' ').trim();
  if (atEnd) {
    // "Trump, in a tweet on Monday, said": what sits between the speaker and the verb goes.
    for (let previous = ''; previous !== source;) {
      previous = source;
      source = source.replace(/[\s,]+$/, '').replace(BETWEEN_SPEAKER_AND_VERB, '');
    }
    source = source.replace(/^.*[.!?;:]\s+/, '');
  }
  const tokens = source
    .split(/\s+/)
    .map(bare)
    .filter((token) => token !== '');
  // Read away from the verb: backwards before it, forwards after it.
  const ordered = atEnd ? [...tokens].reverse() : tokens;
  const next = ordered[0];
  if (next === undefined) return null;
  const lower = next.toLowerCase();
  if (PRONOUNS.has(lower)) return lower;
  if (NOBODY.has(lower)) return null;
  if (ARTICLES.has(lower) && !atEnd) return describedAfter(ordered);
  if (CAPITALISED.test(next)) {
    const name = nameRun(ordered, atEnd);
    if (name !== null) return name;
  }
  if (atEnd) {
    const described = describedBefore(tokens);
    if (described !== null) return described;
  }
  // Chat writes names in lower case: "lol trump said". One word, and a content word.
  const single = atEnd || tokens.length === 1;
  return single &&
    WORDLIKE.test(next) &&
    !isStopword(lower) &&
    !FILLERS.has(lower) &&
    !SAY_VERBS.has(lower) &&
    lower.length >= 3
    ? next
    : null;
}

const ARTICLES = new Set(['the', 'a', 'an']);
/** `"…" and Trump said "…"`: what follows a conjunction is the next quotation's attribution. */
const CONJUNCTIONS = new Set(['and', 'but', 'while', 'whereas', 'or', 'so', 'then', 'yet']);

/** A run of capitalised words (with "of", "de" inside), openers such as "Yesterday" left out. */
function nameRun(ordered: readonly string[], atEnd: boolean): string | null {
  const run: string[] = [];
  for (const token of ordered) {
    if (run.length >= MAX_SPEAKER_WORDS) break;
    if (CAPITALISED.test(token)) run.push(token);
    else if (run.length > 0 && NAME_CONNECTORS.has(token)) run.push(token);
    else break;
  }
  const name = atEnd ? run.reverse() : run;
  while (name.length > 0 && NAME_CONNECTORS.has(name.at(-1) ?? '')) name.pop();
  while (name.length > 0 && FILLERS.has((name[0] ?? '').toLowerCase())) name.shift();
  while (name.length > 0 && NAME_CONNECTORS.has(name[0] ?? '')) name.shift();
  if (name.length === 0) return null;
  const phrase = name.join(' ').replace(/['’]s$/i, '');
  return NOBODY.has(phrase.toLowerCase()) ? null : phrase;
}

/** "the attorney general", "a White House official", "Trump's spokesperson", before a verb. */
function describedBefore(tokens: readonly string[]): string | null {
  const window = tokens.slice(-MAX_SPEAKER_WORDS);
  for (let index = 0; index < window.length - 1; index += 1) {
    const token = window[index] ?? '';
    if (!ARTICLES.has(token.toLowerCase()) && !/^[\p{Lu}][\p{L}]*['’]s$/u.test(token)) continue;
    const rest = window.slice(index + 1);
    if (rest.every(isDescriptionWord) && !NAME_CONNECTORS.has(rest.at(-1) ?? '')) {
      return window.slice(index).join(' ');
    }
  }
  return null;
}

/** "the attorney general" in `said the attorney general on Monday`. */
function describedAfter(ordered: readonly string[]): string | null {
  const rest: string[] = [];
  for (const word of ordered.slice(1, MAX_SPEAKER_WORDS)) {
    if (!isDescriptionWord(word) || FILLERS.has(word.toLowerCase())) break;
    rest.push(word);
  }
  while (NAME_CONNECTORS.has(rest.at(-1) ?? '')) rest.pop();
  return rest.length === 0 ? null : [ordered[0], ...rest].join(' ');
}

/** A word of a described speaker: "White", "official", and "of" in "Department of Justice". */
function isDescriptionWord(word: string): boolean {
  return WORDLIKE.test(word) && (NAME_CONNECTORS.has(word) || !isStopword(word.toLowerCase()));
}

/**
 * With no quotation marks: the first sentence that names someone saying something ("Sessions
 * said he never met any Russians": the words after the verb, spoken by Sessions), else the whole
 * message when it is short, not a question, and says something (three content words or more).
 */
function statementClaim(cleaned: string): Claim | null {
  const sentences = cleaned
    .split(/(?<=[.!?])\s+|\n+/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence !== '');
  for (const sentence of sentences) {
    const tokens = sentence.split(/\s+/);
    for (let index = 1; index < tokens.length - 1; index += 1) {
      if (!SAY_VERBS.has(bare(tokens[index] ?? '').toLowerCase())) continue;
      const speaker = speakerPhrase(tokens.slice(0, index).join(' '));
      if (speaker === null || isPronoun(speaker)) continue;
      const said = tokens
        .slice(index + 1)
        .join(' ')
        .replace(/^(?:that|:)\s+/i, '')
        .replace(/[.!?]+$/, '');
      if (contentWords(said) < 2) continue;
      return {
        words: cut(said, MAX_CLAIM_LENGTH),
        speaker,
        context: cut(sentence, MAX_CONTEXT_LENGTH),
        kind: 'statement',
      };
    }
  }
  const whole = oneLine(cleaned);
  if (
    whole.length > MAX_STATEMENT_LENGTH ||
    whole.endsWith('?') ||
    contentWords(whole) < MIN_STATEMENT_WORDS
  ) {
    return null;
  }
  const words = whole.replace(/[.!]+$/, '');
  return { words, speaker: null, context: words, kind: 'statement' };
}

function contentWords(text: string): number {
  return words(text).filter((word) => !isStopword(word) && /\p{L}/u.test(word)).length;
}

function isPronoun(speaker: string): boolean {
  return PRONOUNS.has(speaker.toLowerCase());
}

/** A token without the punctuation around it ("Trump," → "Trump"). */
function bare(token: string): string {
  return token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** At most `max` characters, cut at a word when one ends in the second half. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max);
  const space = head.lastIndexOf(' ');
  return (space > max / 2 ? head.slice(0, space) : head).trim();
}

function dedupe(claims: readonly Claim[]): Claim[] {
  const seen = new Set<string>();
  return claims.filter((claim) => {
    const key = words(claim.words).join(' ');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
