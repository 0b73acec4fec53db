/**
 * Anything else: a person asked for without "who" ("Which senator …"), what someone did in a
 * range, or the events, quotes and facts that best match the words.
 */
import { eventsIn } from '../days.js';
import { creditedToSubject } from '../reported.js';
import { peopleOnly, peopleWithIds } from '../people-in-text.js';
import { ALL_KINDS, focusOf, searchAnswers } from '../retrieve.js';
import { BODY_NOUNS, PERSON_NOUNS, whoByDescription } from './described-person.js';
import type { IntentHandler } from './intent.js';
import { describedOrRoleHolder } from './role-holder.js';
import { questionFirst } from '../../question/parse.js';

/**
 * Questions that ask for someone, a person or an organisation: "Who …", "Which senator …",
 * "Which U.S. official …", "Which magazine …", "Which chamber …", "Whose trial opened …" ("Whose
 * defense was that …" asks who said something).
 */
const ASKS_FOR_SOMEONE = new RegExp(
  `^(?:who|whom|whose(?!\\s+\\S+\\s+(?:was|were|is|are)\\b)|which\\s+(?:[\\p{L}.'’-]+\\s+){0,3}?(?:${PERSON_NOUNS}|${BODY_NOUNS}))\\b`,
  'iu',
);

/** A bare phrase, not a question: "DHS secretary after Kelly", "attorney general in 2018". */
const BARE_PHRASE = /^(?!(?:what|when|where|why|how|did|does|do|is|was|were|are|has|had)\b)/iu;

export const answerSearch: IntentHandler = (ctx, parsed, limit) => {
  // A bare role with a time or an order asks for its holder as "Who was …" would.
  if (!ASKS_FOR_SOMEONE.test(parsed.text) && BARE_PHRASE.test(parsed.text)) {
    const holder = describedOrRoleHolder(ctx, parsed, limit);
    if (holder[0]?.kind === 'person') return { answers: holder };
  }
  // "Who replaced Mulvaney as chief of staff?": a person described by what they did. A phrase
  // set before the question ("At the G7 summit in Taormina, who complained …") is read after it.
  const asksForSomeone = askingForSomeone(parsed.text);
  if (asksForSomeone !== null) {
    const holder = describedOrRoleHolder(ctx, parsed, limit);
    if (holder.length > 0) return { answers: holder };
    const people = whoByDescription(ctx, asksForSomeone, parsed.range, limit);
    if (people.length > 0) return { answers: people };
  }
  const onlyPeople = parsed.range === null ? null : peopleOnly(ctx, parsed.topic);
  if (parsed.range !== null && onlyPeople !== null) {
    const range = parsed.range;
    const named = peopleWithIds(ctx, onlyPeople);
    return {
      range,
      answers: creditedToSubject(ctx, eventsIn(ctx, range, limit, onlyPeople), named),
    };
  }
  const focus = focusOf(ctx, parsed.topic, parsed.range);
  const answers = creditedToSubject(
    ctx,
    searchAnswers(ctx, parsed.topic, limit, ALL_KINDS, focus),
    focus.people,
  );
  return { ...(parsed.range === null ? {} : { range: parsed.range }), answers };
};

/**
 * The question as it asks for someone: as written, or with a phrase set before it moved after it
 * (read only when the written question does not ask); null when it asks for no one.
 */
function askingForSomeone(text: string): string | null {
  if (ASKS_FOR_SOMEONE.test(text)) return text;
  const moved = questionFirst(text).body;
  return moved !== text && ASKS_FOR_SOMEONE.test(moved) ? moved : null;
}
