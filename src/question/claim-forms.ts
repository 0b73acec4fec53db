/**
 * Claims asked in forms the question rules do not read, and the yes-no question each means:
 * "True or false: Sessions recused himself" is "Did Sessions recused himself", "Didn't Trump say
 * …" is "Did Trump say …", "Was Pence the one who said …" is "Was it Pence who said …", and "Was
 * it Zinke who ordered …" is "Did Zinke order …".
 */
import { tagTokens, type Token } from '../language/part-of-speech.js';
import { stem } from '../search/text.js';
import { isWordnetWord } from '../search/wordnet.js';
import { hasWords } from './sanitize.js';

/**
 * Words that ask whether a claim holds, before it: "Is it true that …", "Is it accurate that …",
 * "Can you confirm that …", "Verify: …".
 */
export const IS_IT_TRUE =
  'is it (?:true|accurate|correct|right|so|the case|a fact)(?: that)?|is it true|can you (?:confirm|verify|check)(?: that)?|could it be that|confirm(?: that)?:?|verify(?: that)?:?|check(?: that)?:?';
/**
 * Words that ask whether what follows holds: "True or false:", "Is it correct that", "Can you
 * confirm", "Do you know whether", "Is there any record of", "Was there a time when", "Did it
 * come out that", "Was it reported that".
 */
const CLAIM_OPENING = new RegExp(
  `^(?:(?:true or false|fact or fiction|fact[- ]check|confirm|verify|check)\\s*[:,]\\s*|(?:${[
    'is it (?:true|accurate|correct|right|fair) to say(?: that)?',
    IS_IT_TRUE,
    '(?:do|does) (?:you|anyone|anybody) know (?:whether|if)',
    'has it (?:ever )?been (?:reported|said|claimed|revealed|disclosed|confirmed) that',
    // News that came out: "Did it come out that …", "Was it reported that …".
    '(?:did|has) it (?:ever )?(?:come out|emerge|emerged|turn out|turned out|come to light) that',
    'was it (?:ever )?(?:reported|revealed|disclosed|confirmed|announced) that',
    '(?:is|was) there (?:a|any) (?:record|evidence|report|sign) (?:of|that)',
    'any (?:record|evidence|report|sign) (?:of|that)',
    'was there (?:ever )?a time(?: when| that)?',
  ].join('|')})\\s+)`,
  'i',
);
/** "Trump saying …" after "Is there a record of": the claim's verb in the form a "did" takes. */
const SAYING = /^(.+?)\s+(say|call|claim|stat|tell|tweet|promis|admitt|describ|den)(?:ing|ying)\b/i;
/** "Trump called McCain …?": a statement asked as a question, with a verb of saying. */
const STATED_CLAIM =
  /^(?![Ww]h|[Hh]ow\b)\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\s+(?:said|called|claimed|tweeted|told|wrote|declared|described|denied|promised|admitted)\s+(?!(?:what|who|whom|when|where|which|how|why)\b)/u;
/** "Didn't", "Wasn't": a negative yes-no question asks the same as the positive one. */
const NEGATIVE_AUXILIARY = /^(did|does|has|had|was|were|is|are)(?:n['’]?t|\s+not)\s+/i;
/** "Was Pence the one who …", "Is Barr the person who …": "Was it Pence who …". */
const THE_ONE_WHO = /^(was|is)\s+(.+?)\s+the\s+(?:one|person|man|woman|official)\s+who\s+/i;
/**
 * "Was it Zinke who ordered …", "Was it the White House that announced …": a cleft that puts the
 * doer first. A reflexive after the doer ("Trump himself") only stresses them.
 */
const CLEFT =
  /^(?:was|is)\s+it\s+(.+?)(?:\s+(?:himself|herself|itself|themselves))?\s+(?:who|that)\s+(.+)$/i;
/** An auxiliary after "who" in a cleft: "Was it Comey who was fired" is "Was Comey fired". */
const CLEFT_AUXILIARY = /^(was|were|is|are|had|has)\s+/i;
/** Most words a cleft's doer may have: a name with its title ("Interior Secretary Ryan Zinke"). */
const MAX_DOER_WORDS = 6;
/**
 * An auxiliary after the subject, which a question puts first: "Comey was fired" is "Was Comey
 * fired", "US deaths had passed 200,000" is "Had US deaths passed 200,000".
 */
const AUXILIARY = /^(.+?)\s+(was|were|is|are|had|has)\s+(?=\p{L})/iu;

/**
 * The yes-no question a claim in another form means, or null when it is in none of them: a
 * statement after "True or false:" or "Is it correct that" becomes "Did <statement>" (or "Was
 * <subject> …", "Had <subject> …" when an auxiliary follows the subject), "Didn't X …" becomes
 * "Did X …", and "Was X the one who …" becomes "Was it X who …".
 */
export function asYesNoQuestion(question: string): string | null {
  const body = question.trim().replace(/[?!.]+$/, '');
  const negative = NEGATIVE_AUXILIARY.exec(body);
  if (negative !== null) return `${negative[1] ?? ''} ${body.slice(negative[0].length)}`;
  const theOne = THE_ONE_WHO.exec(body);
  if (theOne !== null)
    return `${theOne[1] ?? ''} it ${theOne[2] ?? ''} who ${body.slice(theOne[0].length)}`;
  const opening = CLAIM_OPENING.exec(body);
  if (opening === null) {
    const cleft = CLEFT.exec(body);
    if (cleft !== null) return unclefted(cleft[1] ?? '', cleft[2] ?? '');
    return /\?\s*$/.test(question) && STATED_CLAIM.test(body) ? `Did ${body}` : null;
  }
  const statement = body.slice(opening[0].length).trim();
  if (!hasWords(statement) || /^(?:did|does|has|had|was|were|is|are)\b/i.test(statement)) {
    return null;
  }
  const saying = SAYING.exec(statement);
  if (saying !== null) {
    const verb = (saying[2] ?? '').toLowerCase();
    const base = BASE_FORMS[verb] ?? verb;
    return `Did ${saying[1] ?? ''} ${base}${statement.slice(saying[0].length)}`;
  }
  const auxiliary = AUXILIARY.exec(statement);
  if (auxiliary === null || !isNounPhrase(auxiliary[1] ?? '')) return `Did ${statement}`;
  const verb = (auxiliary[2] ?? '').toLowerCase();
  return `${verb.charAt(0).toUpperCase()}${verb.slice(1)} ${auxiliary[1] ?? ''} ${statement.slice(auxiliary[0].length)}`;
}

/**
 * A cleft's plain question: "Was it Zinke who ordered oil released" is "Did Zinke order oil
 * released", "Was it Comey who was fired" is "Was Comey fired". Null when what stands after "it"
 * is no doer ("Was it in 2017 that …") or no verb in the past follows "who".
 */
function unclefted(doer: string, rest: string): string | null {
  if (!isNounPhrase(doer, MAX_DOER_WORDS)) return null;
  const auxiliary = CLEFT_AUXILIARY.exec(rest);
  if (auxiliary !== null) {
    const verb = (auxiliary[1] ?? '').toLowerCase();
    return `${verb.charAt(0).toUpperCase()}${verb.slice(1)} ${doer} ${rest.slice(auxiliary[0].length)}`;
  }
  // The verb in the form "did" takes, which the rules for "did" read as the claim's verb; a past
  // form there may lose to a later word ("address" in "blocked Trump's … address").
  const [verb] = tagTokens(rest);
  if (verb?.pos !== 'VERB' || verb.lemma === verb.text.toLowerCase()) return null;
  return `Did ${doer} ${bareVerb(verb)}${rest.slice(verb.end)}`;
}

/**
 * A past form's bare verb. English doubles a short vowel's consonant before "-ed" ("stopped"), so
 * "-ed" after a single one mostly ends a verb in "e": the tagger's "stag" for "staged" is "stage"
 * when that is a word.
 */
function bareVerb(verb: Token): string {
  const { lemma, text } = verb;
  const withE = `${lemma}e`;
  // Its stem must be its own, not the lemma's: "ordere" is no word, though it stems to "order".
  const isWord = stem(withE) !== stem(lemma) && isWordnetWord(stem(withE));
  return text.toLowerCase() === `${lemma}ed` && /[^aeiou]$/.test(lemma) && isWord ? withE : lemma;
}

/** The verbs `SAYING` cuts short, whole again: "stat(ing)" is "state", "den(ying)" "deny". */
const BASE_FORMS: Readonly<Record<string, string>> = {
  stat: 'state',
  promis: 'promise',
  admitt: 'admit',
  describ: 'describe',
  den: 'deny',
};

/**
 * A short subject of names and determiners ("Comey", "the Paris agreement"), not a clause with a
 * verb of its own ("Trump said the election"), whose "was" belongs to what was said.
 */
function isNounPhrase(phrase: string, maxWords = 5): boolean {
  const tokens = tagTokens(phrase);
  return (
    tokens.length > 0 &&
    tokens.length <= maxWords &&
    tokens.every((token) => /^(?:DET|PROPN|NOUN|ADJ|NUM|PUNCT|PART)$/.test(token.pos))
  );
}
