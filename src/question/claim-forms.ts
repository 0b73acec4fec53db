/**
 * Claims asked in forms the question rules do not read, and the yes-no question each means:
 * "True or false: Sessions recused himself" is "Did Sessions recused himself", "Didn't Trump say
 * …" is "Did Trump say …", "Was Pence the one who said …" is "Was it Pence who said …".
 */
import { tagTokens } from '../language/part-of-speech.js';
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
function isNounPhrase(phrase: string): boolean {
  const tokens = tagTokens(phrase);
  return (
    tokens.length > 0 &&
    tokens.length <= 5 &&
    tokens.every((token) => /^(?:DET|PROPN|NOUN|ADJ|NUM|PUNCT|PART)$/.test(token.pos))
  );
}
