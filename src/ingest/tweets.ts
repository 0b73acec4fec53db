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

// A display name may hold parentheses of its own: "Jane Doe (parody) (@handle)".
const SIGNATURE =
  /\s*(?:—|–|&mdash;|--)\s*((?:[^—–()]|\([^()@]*\))+?)\s*\(@(\w{1,15})\)\s*([A-Z][a-z]+)\.?\s+(\d{1,2}),\s+(\d{4})\s*$/u;
const LINK = /https?:\/\/t\.co\/[A-Za-z0-9]+/g;
const MEDIA = /(?:https?:\/\/)?pic\.twitter\.com\/[A-Za-z0-9]+/g;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Null when the paragraph does not end with a tweet signature. */
export function parseTweet(paragraph: string): ParsedTweet | null {
  const signature = SIGNATURE.exec(paragraph);
  if (signature === null) return null;
  const body = paragraph.slice(0, signature.index);
  const links = [...body.matchAll(LINK)].map((match) => match[0]);
  const media = [...body.matchAll(MEDIA)].map((match) => match[0]);
  const text = body.replace(LINK, ' ').replace(MEDIA, ' ').replace(/\s+/g, ' ').trim();
  const month = MONTHS.indexOf((signature[3] ?? '').slice(0, 3).toLowerCase()) + 1;
  const date =
    month === 0
      ? null
      : `${signature[5] ?? ''}-${String(month).padStart(2, '0')}-${(signature[4] ?? '').padStart(2, '0')}`;
  return {
    text,
    links,
    media,
    authorName: (signature[1] ?? '').trim(),
    handle: signature[2] ?? '',
    date: date !== null && isRealDay(date) ? date : null,
  };
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
