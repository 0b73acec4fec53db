/**
 * Messages that are not questions at all: "hi", "thanks!", "help", "?" or nothing. Searching the
 * dataset for them can only answer "I couldn't find an answer", so adapters show what the bot
 * can do instead. Only a whole message of such words counts: "help desk scandal", "who helped
 * Flynn" and "hi-tech" are questions, and a greeting followed by a name ("hello Sessions") is
 * left to the answerer too, since the name may be what they are after.
 */
import { sanitizeQuestion } from './sanitize.js';

export type SmallTalk = 'greeting' | 'thanks' | 'help';

/** Phrases as the normalised words they read as; the longest is tried first. */
const PHRASES: Record<SmallTalk, readonly string[]> = {
  greeting: [
    'hi',
    'hello',
    'hey',
    'hiya',
    'howdy',
    'yo',
    'greetings',
    'good morning',
    'good afternoon',
    'good evening',
    'good day',
  ],
  thanks: [
    'thanks',
    'thank you',
    'thank u',
    'thanks a lot',
    'many thanks',
    'thx',
    'ty',
    'cheers',
    'much appreciated',
  ],
  help: [
    'help',
    'help me',
    'commands',
    'what can you do',
    'what can i ask',
    'what can i ask you',
    'what do you know',
    'who are you',
    'how does this work',
    'how do i use this',
    'how do i use you',
  ],
};

/** Words that may surround the phrases without making the message a question. */
const FILLERS = new Set([
  'there',
  'bot',
  'please',
  'pls',
  'again',
  'so',
  'very',
  'much',
  'all',
  'everyone',
  'guys',
  'folks',
  'ok',
  'okay',
  'oh',
  'and',
]);

const PHRASE_LIST = (Object.entries(PHRASES) as [SmallTalk, readonly string[]][])
  .flatMap(([kind, phrases]) => phrases.map((phrase) => ({ kind, words: phrase.split(' ') })))
  .sort((a, b) => b.words.length - a.words.length);

/** Lower case words of letters and digits; "hiii" and "thanksss" read as "hi" and "thanks". */
function words(text: string): string[] {
  return sanitizeQuestion(text)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/(\p{L})\1{2,}/gu, '$1')
    .split(' ')
    .filter((word) => word !== '');
}

/**
 * What kind of small talk the whole message is, or null when it may be a question. A message with
 * no words at all (empty, "?", an emoji) asks for help.
 */
export function smallTalkOf(text: string): SmallTalk | null {
  const rest = words(text);
  const seen = new Set<SmallTalk>();
  let i = 0;
  while (i < rest.length) {
    const phrase = PHRASE_LIST.find(({ words: phraseWords }) =>
      phraseWords.every((word, k) => rest[i + k] === word),
    );
    if (phrase !== undefined) {
      seen.add(phrase.kind);
      i += phrase.words.length;
    } else if (FILLERS.has(rest[i] ?? '')) {
      i += 1;
    } else {
      return null;
    }
  }
  if (seen.has('help') || seen.size === 0) {
    // Fillers alone ("ok", "please") are not a call for help: they may answer something else.
    return rest.length === 0 || seen.has('help') ? 'help' : null;
  }
  return seen.has('thanks') ? 'thanks' : 'greeting';
}
