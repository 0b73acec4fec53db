/**
 * Embedded tweets as pasted into news pages: the text, then `https://t.co/…` links and
 * `pic.twitter.com/…` media, then `— Display Name (@handle) Month D, YYYY`.
 */
import { isRealDay } from '../dataset/schema.js';

export interface ParsedTweet {
  text: string;
  links: string[];
  media: string[];
  authorName: string;
  handle: string;
  /** YYYY-MM-DD, or null when the signature's date is not a real day. */
  date: string | null;
}

/**
 * A signature is `— Display Name (@handle) Month D, YYYY` at the end of the paragraph, the dash
 * being one of `—`, `–`, `&mdash;` or `--`. The display name may hold parentheses of its own
 * ("Jane Doe (parody) (@handle)") but no `—` or `–`.
 *
 * Read in two steps rather than with one regex: a regex searching for the dash retries from every
 * `--` of a long paragraph and runs each try to the end of it, which is quadratic.
 */
const HANDLE_AND_DATE = /\(@(\w{1,15})\)\s*([A-Z][a-z]+)\.?\s+(\d{1,2}),\s+(\d{4})\s*$/uy;
const LINK = /https?:\/\/t\.co\/[A-Za-z0-9]+/g;
const MEDIA = /(?:https?:\/\/)?pic\.twitter\.com\/[A-Za-z0-9]+/g;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Null when the paragraph does not end with a tweet signature. */
export function parseTweet(paragraph: string): ParsedTweet | null {
  const signature = findSignature(paragraph);
  if (signature === null) return null;
  const body = paragraph.slice(0, signature.index);
  const links = [...body.matchAll(LINK)].map((match) => match[0]);
  const media = [...body.matchAll(MEDIA)].map((match) => match[0]);
  const text = body.replace(LINK, ' ').replace(MEDIA, ' ').replace(/\s+/g, ' ').trim();
  const month = MONTHS.indexOf(signature.month.slice(0, 3).toLowerCase()) + 1;
  const date =
    month === 0
      ? null
      : `${signature.year}-${String(month).padStart(2, '0')}-${signature.day.padStart(2, '0')}`;
  return {
    text,
    links,
    media,
    authorName: signature.authorName,
    handle: signature.handle,
    date: date !== null && isRealDay(date) ? date : null,
  };
}

interface Signature {
  /** Where the signature starts: the whitespace before its dash, or the dash. */
  index: number;
  authorName: string;
  handle: string;
  month: string;
  day: string;
  year: string;
}

function findSignature(paragraph: string): Signature | null {
  // The handle's "(" is the paragraph's last: nothing after it may hold one.
  const handleAt = paragraph.lastIndexOf('(');
  if (handleAt < 0) return null;
  HANDLE_AND_DATE.lastIndex = handleAt;
  const tail = HANDLE_AND_DATE.exec(paragraph);
  if (tail === null) return null;
  const nameFrom = displayNameStarts(paragraph, handleAt);
  // The first dash with a display name after it starts the signature; the name may hold later ones.
  for (let dash = 0; dash < handleAt; dash += 1) {
    const nameStart = dash + dashLength(paragraph, dash);
    if (nameStart === dash || nameStart >= handleAt || nameFrom[nameStart] !== 1) continue;
    let index = dash;
    while (index > 0 && /\s/.test(paragraph[index - 1] ?? '')) index -= 1;
    return {
      index,
      authorName: paragraph.slice(nameStart, handleAt).trim(),
      handle: tail[1] ?? '',
      month: tail[2] ?? '',
      day: tail[3] ?? '',
      year: tail[4] ?? '',
    };
  }
  return null;
}

/** Characters of the signature dash starting at `index`, or 0 when none starts there. */
function dashLength(text: string, index: number): number {
  const char = text[index];
  if (char === '—' || char === '–') return 1;
  if (char === '-' && text[index + 1] === '-') return 2;
  if (char === '&' && text.startsWith('&mdash;', index)) return '&mdash;'.length;
  return 0;
}

/**
 * Marks with 1 each index from which the text up to `end` can be a display name: no `—` or `–`
 * outside parentheses, and parentheses only as `(…)` pairs holding no other parenthesis or `@`.
 * Computed from the end back, so each index is decided once.
 */
function displayNameStarts(text: string, end: number): Uint8Array {
  const valid = new Uint8Array(end + 1);
  valid[end] = 1;
  // The nearest "(", ")" or "@" after the index: where a "(" opened there must find its ")".
  let nextMark = end;
  for (let index = end - 1; index >= 0; index -= 1) {
    const char = text[index];
    if (char === '(') {
      valid[index] = text[nextMark] === ')' ? (valid[nextMark + 1] ?? 0) : 0;
    } else if (char !== ')' && char !== '—' && char !== '–') {
      valid[index] = valid[index + 1] ?? 0;
    }
    if (char === '(' || char === ')' || char === '@') nextMark = index;
  }
  return valid;
}

/**
 * News outlets' accounts report what others said; a person's or an organisation's own account
 * speaks for itself. Told apart by the words outlets put in their names and handles.
 */
const OUTLET =
  /\b(?:news|politics|times|post|journal|reuters|ap|afp|cnn|bbc|nbc|abc|cbs|fox|msnbc|npr|pbs|press|tribune|herald|daily|breaking|report|media|tv|radio|magazine|wire|gazette|telegraph|guardian|observer|chronicle|axios|politico|hill|bloomberg|buzzfeed|vox|insider)\b|(?:news|politics|times|post|tv|wire|daily)$/i;

export function isOutletAccount(tweet: Pick<ParsedTweet, 'authorName' | 'handle'>): boolean {
  const handleWords = tweet.handle.replace(/([a-z])([A-Z])/g, '$1 $2');
  return OUTLET.test(tweet.authorName) || OUTLET.test(handleWords) || OUTLET.test(tweet.handle);
}
