/**
 * Finds the people a sentence names. A mention is a chunk of capitalised words; titles in front
 * of the name ("AG", "Attorney General", "Senator") become roles, possessives are dropped
 * ("Sessions'", "Trump's"), and chunks holding organisation or place words ("White House",
 * "Armed Services Committee") are not people. Whether a one-word chunk such as "Sessions" is a
 * person is decided later, across the whole dataset (see people.ts).
 */
import {
  HONORIFICS,
  LEADING_WORDS,
  NON_PERSON_WORDS,
  ROLE_PHRASES,
  TITLE_ABBREVIATIONS,
  TITLE_HEADS,
  TITLE_OF_WORDS,
} from './vocabulary.js';

export interface RoleClaim {
  title: string;
  /** The text gives the role as one held before (former, at the time, became). */
  former: boolean;
}

export interface Mention {
  /** As written, titles included, possessive dropped: "AG Jeff Sessions". */
  surface: string;
  /** The name without titles: "Jeff Sessions". */
  name: string;
  roles: RoleClaim[];
  /** A title or honorific introduced the name, which makes it a person on its own. */
  titled: boolean;
  /** The chunk opens the sentence, so its first word may be capitalised only for that reason. */
  sentenceInitial: boolean;
  /** Offsets of the surface in the sentence. */
  start: number;
  end: number;
}

interface Token {
  text: string;
  start: number;
  end: number;
  possessive: boolean;
}

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;
const KEEP_DOT =
  /^(\p{Lu}\.|(\p{L}\.){2,}|Jr\.|Sr\.|Sen\.|Rep\.|Gov\.|Gen\.|Adm\.|Lt\.|Col\.|Dr\.|Mr\.|Mrs\.|Ms\.|St\.)$/u;
const CONNECTORS = new Set([
  'of',
  'de',
  'van',
  'von',
  'bin',
  'ibn',
  'al',
  'da',
  'del',
  'la',
  'le',
  'di',
  'der',
  'den',
  'du',
  'dos',
  'el',
]);
/** Lower-case name parts joined to a capitalised one: "el-Sisi", "al-Assad". */
const PARTICLE_NAME = /^(al|el|bin|ibn|abu|van|von|de|da|di|du|der|le|la)-\p{Lu}\p{Ll}+$/u;
const SUFFIXES = new Set(['Jr.', 'Sr.', 'II', 'III', 'IV']);
const NAME_WORD =
  /^(\p{Lu}[\p{Ll}'’-]*\p{Ll}[\p{L}'’-]*|\p{Lu}\.|Mc\p{Lu}\p{Ll}+|Mac\p{Lu}\p{Ll}+|O’\p{Lu}\p{Ll}+|O'\p{Lu}\p{Ll}+)$/u;

const ROLE_ALTERNATIVES = [...ROLE_PHRASES]
  .sort((a, b) => b.length - a.length)
  .map((phrase) => phrase.replace(/ /g, '\\s+'))
  .join('|');
const ROLE_BEFORE = new RegExp(
  `(?:\\b(former|then|ex|retired)[\\s-]+)?(?:\\p{Lu}[\\p{L}.]*\\s+)?\\b(${ROLE_ALTERNATIVES})\\s+$`,
  'iu',
);
const ROLE_AFTER = new RegExp(
  `^(?:['’]s?)?(?:\\s+(role at the time as|became|was|had been|served as|is|as|,)|,)\\s+` +
    `(?:(?:the|a|an)\\s+)?((?:(?:first|second|third|\\d+(?:st|nd|rd|th)|sitting|then|former|new|acting|current|incoming|outgoing|forthcoming|U\\.S\\.)\\s+)*)` +
    `(${ROLE_ALTERNATIVES})\\b`,
  'iu',
);

export function findMentions(sentence: string): Mention[] {
  const tokens = tokenize(sentence);
  const mentions: Mention[] = [];
  for (const chunk of chunksOf(tokens, sentence)) {
    const mention = mentionOf(chunk, sentence);
    if (mention !== null) mentions.push(mention);
  }
  return mentions;
}

function tokenize(sentence: string): Token[] {
  const tokens: Token[] = [];
  for (const match of sentence.matchAll(TOKEN)) {
    let text = match[0];
    let possessive = false;
    if (text.endsWith('.') && !KEEP_DOT.test(text)) text = text.replace(/\.+$/, '');
    if (/['’]s$/.test(text)) {
      text = text.slice(0, -2);
      possessive = true;
    } else if (/['’]$/.test(text)) {
      text = text.slice(0, -1);
      possessive = true;
    }
    text = text.replace(/-+$/, '');
    if (text === '') continue;
    tokens.push({ text, start: match.index, end: match.index + text.length, possessive });
  }
  return tokens;
}

function isCapitalised(text: string): boolean {
  return /^\p{Lu}/u.test(text);
}

/** Runs of capitalised tokens separated by single spaces (connectors allowed inside). */
function chunksOf(tokens: Token[], sentence: string): Token[][] {
  const chunks: Token[][] = [];
  let current: Token[] = [];
  const close = (): void => {
    while (current.length > 0 && !isCapitalised(current.at(-1)?.text ?? '')) current.pop();
    if (current.length > 0) chunks.push(current);
    current = [];
  };
  tokens.forEach((token, index) => {
    const previous = tokens[index - 1];
    const joined =
      previous !== undefined &&
      current.length > 0 &&
      !previous.possessive &&
      /^ +$/.test(sentence.slice(previous.end, token.start)) &&
      !(previous.text.endsWith('.') && !KEEP_DOT.test(previous.text));
    if (!joined) close();
    if (isCapitalised(token.text)) current.push(token);
    else if (CONNECTORS.has(token.text) && current.length > 0) current.push(token);
    else if (token.text === 'the' && current.at(-1)?.text === 'of') current.push(token);
    else if (PARTICLE_NAME.test(token.text) && current.length > 0) current.push(token);
    else close();
  });
  close();
  return chunks;
}

function mentionOf(chunk: Token[], sentence: string): Mention | null {
  let tokens = chunk;
  let former = false;
  while (tokens.length > 0 && LEADING_WORDS.has((tokens[0]?.text ?? '').toLowerCase())) {
    if (tokens[0]?.text.toLowerCase() === 'former') former = true;
    tokens = tokens.slice(1);
  }
  let first = tokens[0];
  const last = tokens.at(-1);
  if (first === undefined || last === undefined) return null;
  const sentenceInitial = !/\p{L}/u.test(sentence.slice(0, first.start));
  let before = sentence.slice(Math.max(0, first.start - 60), first.start);
  if (/\b(former|ex-|then-)\s*$/i.test(before)) former = true;

  const titleEnd = titleEndOf(tokens);
  // Words before an "of" that precedes the title are not part of it: "Joint Statement of President".
  const lastOf = tokens.slice(0, titleEnd).findLastIndex((token, index) => {
    const next = tokens[index + 1]?.text ?? '';
    return token.text === 'of' && !TITLE_OF_WORDS.has(next);
  });
  const titleTokens = tokens.slice(lastOf + 1, titleEnd);
  const nameTokens = tokens.slice(titleEnd);
  if (!isName(nameTokens)) return null;

  first = titleTokens[0] ?? nameTokens[0] ?? first;
  before = sentence.slice(Math.max(0, first.start - 60), first.start);
  const roles: RoleClaim[] = [];
  let titled = titleTokens.length > 0;
  const roleTokens = titleTokens.filter((token) => !HONORIFICS.has(token.text));
  if (roleTokens.length > 0) {
    const title = roleTokens
      .map((token) => TITLE_ABBREVIATIONS[token.text] ?? token.text)
      .join(' ');
    roles.push({ title, former });
  }
  if (titleTokens.length === 0) {
    const lowercaseTitle = ROLE_BEFORE.exec(before);
    if (lowercaseTitle?.[2] !== undefined) {
      titled = true;
      roles.push({
        title: titleCase(lowercaseTitle[2]),
        former: former || lowercaseTitle[1] !== undefined,
      });
    }
  }
  const followingRole = roleAfter(sentence, last);
  if (followingRole !== null) roles.push(followingRole);

  return {
    surface: sentence.slice(first.start, last.end),
    name: nameTokens.map((token) => token.text).join(' '),
    roles,
    titled,
    sentenceInitial,
    start: first.start,
    end: last.end,
  };
}

/** "Sessions' role at the time as a senator", "Flynn as National Security Advisor". */
function roleAfter(sentence: string, last: Token): RoleClaim | null {
  const rest = sentence.slice(last.end).replace(/^['’]s?/, '');
  const match = ROLE_AFTER.exec(rest);
  if (match === null) return null;
  // A capitalised word after the title means it introduces someone else: "Cohen, President Trump".
  if (/^[\s-]+\p{Lu}/u.test(rest.slice(match[0].length))) return null;
  const link = (match[1] ?? ',').toLowerCase();
  const modifiers = (match[2] ?? '').toLowerCase();
  const title = match[3] ?? '';
  const past = ['role at the time as', 'became', 'was', 'had been', 'served as'].includes(link);
  return { title: titleCase(title), former: past || /\b(former|then)\b/.test(modifiers) };
}

/** Number of leading tokens that form a title ("White House Press Secretary", "AG"). */
function titleEndOf(tokens: Token[]): number {
  let end = 0;
  for (let index = 0; index < tokens.length - 1; index += 1) {
    const text = tokens[index]?.text ?? '';
    if (!TITLE_HEADS.has(text)) continue;
    end = index + 1;
    if (tokens[end]?.text === 'of') {
      let next = end + 1;
      while (next < tokens.length - 1 && TITLE_OF_WORDS.has(tokens[next]?.text ?? '')) next += 1;
      if (next > end + 1) end = next;
    }
  }
  return end;
}

function isName(tokens: Token[]): boolean {
  if (tokens.length === 0 || tokens.length > 4) return false;
  if (tokens.some((token) => token.possessive && token !== tokens.at(-1))) return false;
  const words = tokens.filter((token) => !SUFFIXES.has(token.text));
  if (words.length === 0) return false;
  const lastWord = words.at(-1)?.text ?? '';
  if (/^\p{Lu}\.$/u.test(lastWord)) return false;
  return words.every(
    (token) =>
      (NAME_WORD.test(token.text) ||
        CONNECTORS.has(token.text) ||
        PARTICLE_NAME.test(token.text)) &&
      !NON_PERSON_WORDS.has(token.text.toLowerCase()) &&
      !LEADING_WORDS.has(token.text.toLowerCase()) &&
      !TITLE_HEADS.has(token.text),
  );
}

function titleCase(phrase: string): string {
  return phrase
    .toLowerCase()
    .split(/\s+/)
    .map((word) =>
      ['fbi', 'cia', 'nsa', 'u.s.'].includes(word)
        ? word.toUpperCase()
        : ['of', 'the', 'and'].includes(word)
          ? word
          : word.charAt(0).toUpperCase() + word.slice(1),
    )
    .join(' ');
}
