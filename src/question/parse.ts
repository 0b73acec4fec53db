/**
 * What kind of question was asked and its parts, from the wording alone (no dataset needed): the
 * answerer then resolves the parts (a person phrase, a topic, a quotation) against the data.
 */
import type { DayRange, Intent } from './types.js';
import { EVALUATIVE_VERB, inflect, SPEECH_VERB_ANY_FORM } from '../language/speech-verbs.js';
import { osaDistance } from '../language/edit-distance.js';
import { spellOutRoleEpithets } from './role-epithets.js';
import { isClosedClass, tagTokens, type Token } from '../language/part-of-speech.js';
import { findImpossibleDate, lastDayOfMonth } from './date-words.js';
import { EARLIEST_DAY, findDateMention, type DateSpan } from './dates.js';
import { asYesNoQuestion, IS_IT_TRUE } from './claim-forms.js';
import { asStandardQuestion } from './other-forms.js';
import { asWhenQuestion, withoutWhenFrame } from './when-forms.js';
import { TITLE_WORDS } from '../search/people.js';
import { hasWords, sanitizeQuestion } from './sanitize.js';

export interface ParsedQuestion {
  intent: Intent;
  /**
   * The question after cleaning (mentions, markdown and links removed, length bounded), with
   * chat shorthand spelt out ("sec" → "secretary") and opening words ("So", "Hey,") left out.
   */
  text: string;
  /** The date or range the question names, if any. */
  range: DayRange | null;
  /** Words naming a person: "Sessions", "the attorney general" (who, said, verify). */
  subject: string | null;
  /** What to search for once the question's frame words and date are removed. */
  topic: string;
  /** A quotation to find (who-said) or a claim to check (verify). */
  quote: string | null;
  /** A written date that is no real day ("2017-13-45"), to say so rather than guess. */
  dateProblem: string | null;
  /**
   * The claim is something done to the subject ("Was Tillerson confirmed as Secretary of State?"),
   * so whoever did it ("The Senate confirms …") is no other speaker.
   */
  passive?: true;
  /**
   * The question asks whom the quoted words were said of, not who said them: "Who did Trump call
   * a "nut job"?" is Comey; `subject` is the one who said them.
   */
  calledWhom?: true;
  /**
   * The verb of saying a "What did X <verb> about …?" asks with, when it says more than "say":
   * "announce", "claim", "tweet". Reports using it fit the question better.
   */
  speechVerb?: string;
  /**
   * Where or when the claim was made, taken out of the claim ("at his Greenville rally"): the
   * claim is checked without it, the topic keeps it to find the occasion.
   */
  occasion?: string;
}

const SAY =
  '(?:say|said|says|tell|told|claim|claimed|state|stated|tweet|tweeted|write|wrote|deny|denied|admit|admitted)';
/** A verb phrase in each form of its first word: "own up to" → "owned up to", … */
function inflectPhrase(phrase: string): string[] {
  const [verb = '', ...rest] = phrase.split(' ');
  const irregular: Record<string, string[]> = {
    speak: ['speak', 'speaks', 'spoke', 'spoken', 'speaking'],
    hit: ['hit', 'hits', 'hitting'],
  };
  return (irregular[verb] ?? inflect(verb)).map((form) => [form, ...rest].join(' '));
}
/**
 * Verbs a claim to verify may use besides saying: "Did Trump call Kim 'Rocket Man'?", "Did Pence
 * tweet …", "Did Iran announce …".
 */
const CLAIM_VERB = [
  ...new Set([
    ...['say', 'said', 'says', 'tell', 'told', 'write', 'wrote', 'refer to', 'referred to'],
    ...(
      'claim state tweet deny admit call describe label dub complain ask announce suggest warn ' +
      'threaten promise answer insist argue post praise blame accuse dismiss deride mock brand ' +
      'slam attack criticize criticise mention boast vow pledge predict reveal concede ' +
      'acknowledge confirm retweet declare joke urge repeat allege apologize assert berate blast ' +
      'brag castigate caution characterize chastise comment congratulate contend decry denounce ' +
      'disclose emphasize explain hail lambaste lament laud maintain note proclaim quip rebuke ' +
      'reiterate remark reply report respond retort ridicule scold stress testify thank tout ' +
      'condemn commend applaud dispute agree defend question demand express compare liken insult ' +
      'nickname recommend propose cite counter reject doubt downplay disparage hint imply ' +
      'recount recall rant tease wonder'
    )
      .split(' ')
      .flatMap(inflect),
    'labelled',
    // Phrasal verbs of saying: "Did Pompeo own up to listening in on the call?"
    ...['own up to', 'lash out at', 'weigh in on', 'push back on', 'open up about', 'brag about']
      .concat(['boast about', 'sound off on', 'speak out against', 'hit back at'])
      .flatMap(inflectPhrase),
    ...['took credit for', 'taken credit for', 'take credit for', 'takes credit for'],
  ]),
]
  .sort((a, b) => b.length - a.length)
  .join('|');
/**
 * A pattern's letters in either case, for the question words of a pattern whose verbs must stay
 * lower case ("Post" in "Did the Post report …" is no verb): `caseless('did')` is `[dD][iI][dD]`.
 */
function caseless(pattern: string): string {
  return pattern.replace(/\p{L}/gu, (letter) => `[${letter.toLowerCase()}${letter.toUpperCase()}]`);
}

/** Where words were said, between the verb and "that": "Who announced on Twitter that …". */
const WHERE_SAID =
  "(?:on|in|at|during|via|through)\\s+(?:(?:the|a|an|his|her|their)\\s+)?(?:[\\p{L}'’.-]+\\s+){1,3}?(?=that\\s)";
/** An aside between commas after "who": "Who, along with Joe Scarborough, claimed …". */
const ASIDE = '(?:,[^,]{1,80},)?';
/**
 * An auxiliary or an adverb between "who" and its verb: "Who has said …", "Who again condemned
 * …", "Who publicly accused …".
 */
const WHO_ADVERB =
  '(?:(?:has|had|did|first|once|again|also|later|ever|then|still|twice|since|\\p{Ll}+ly)\\s+)?';
/**
 * A subject that does not stop before its noun ("joseph yun, the" before "state department's",
 * "the senate vote on the"): the verb read after such a phrase is a word of a longer one.
 */
const FINISHED_SUBJECT =
  '(?<!\\s(?:on|in|at|of|for|to|with|by|from|into|the|a|an|his|her|their|its))';
/**
 * Words in single quotes, as a question may quote them ('Pocahontas'), not an apostrophe. An
 * apostrophe between letters stays inside the quotation: 'It's the president's opinion'.
 */
const SINGLE_QUOTED = "(?:^|[\\s(])'((?:[^']|(?<=\\p{L})'(?=\\p{L})){3,}?)'(?=$|[\\s?.!,)])";
/** A quoted name in Title Case after a preposition: "during 'American Dream Week'", "at the "Stop the Steal" rally". */
const NAME_IN_QUOTES_AFTER_PREPOSITION =
  /\b(?:at|during|in|on|for|from|of)\s+(?:the\s+)?["“'‘]\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|the|and|for|in|on|a)\s+)?\p{Lu}[\p{L}'’-]*)+["”'’]/u;
const QUOTED = new RegExp(`"([^"]{3,})"|${SINGLE_QUOTED}`, 'u');

/**
 * Verbs that say the opposite of their object: "Did Conway deny it was a cover-up?", "Did Pruitt
 * reject the request to ban the pesticide?".
 */
const DENIAL_VERB = /^(?:den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|disput(?:e|es|ed|ing))$/i;

/**
 * The whole claim a verification is about: the quoted words, and a denial when the verb is one,
 * so "Did Ross deny hiding his stake?" is compared as a denial, not as "hiding his stake".
 */
function claimTopic(verb: string | undefined, claim: string | undefined): string {
  if (DENIAL_VERB.test(verb ?? '')) return `denied ${claim ?? ''}`;
  // "Did Trump thank Roberts on Twitter?": the thanks are the claim.
  if (EVALUATIVE_VERB.test(verb ?? '')) return `${verb ?? ''} ${claim ?? ''}`;
  return claim ?? '';
}

/** An adverb between the speaker and the verb: "Did Trump really/ever/reportedly say …". */
const SPEAKER_ADVERB = `(?:(?:${[
  ...['ever', 'once', 'also', 'first', 'later', 'really', 'actually', 'publicly', 'privately'],
  ...['reportedly', 'allegedly', 'falsely', 'repeatedly', 'previously', 'openly', 'finally'],
  ...['explicitly', 'directly', 'initially', 'originally', 'recently', 'personally', 'truly'],
  'not',
].join('|')})\\s+)?`;

/**
 * Verbs of telling, whose object is whom the words were told to: "Did Trump tell Hannity …",
 * "Did Trump promise a room of bank bosses that …".
 */
const TELLING =
  /^(?:tell|tells|told|telling|inform|informs|informed|warn|warns|warned|assure|assures|assured|reassure|reassures|reassured|remind|reminds|reminded|promise|promises|promised)$/i;
/**
 * Whom a claim was told to, before what was told: a name, or people addressed as a group. The
 * words told start with a pronoun, an article, "that" or "to".
 */
const ADDRESSEE =
  /^(?:(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}|reporters|the press|the court|congress|lawmakers|senators|supporters|the crowd|the nation|the audience|the public|the country|voters|his (?:supporters|aides|staff|cabinet)|(?:the\s+)?[\p{Ll}]+ officials)\s+(?=(?:that|he|she|they|it|we|i|the|there|his|her|their|to|a|an)\b)(?:that\s+)?/u;

/**
 * Whom a claim was told to when "that" follows them, whatever they are: "the West Virginia
 * Chamber of Commerce business summit that …". Not past "to": "told Comey to drop the case that
 * …" tells him to do something.
 */
const ADDRESSEE_BEFORE_THAT = /^(?:(?!(?:that|to)\b)[\p{L}\d.'’-]+,?\s+){1,10}that\s+/iu;

/** What was told, without whom it was told to (see `ADDRESSEE`). */
function withoutAddressee(claim: string): string {
  const named = claim.replace(ADDRESSEE, '');
  return named !== claim ? named : claim.replace(ADDRESSEE_BEFORE_THAT, '');
}

/**
 * A claim's parts: who, and what they said, without the person it was told to ("Did Trump tell
 * Sean Hannity he would cancel …" claims "he would cancel …"); a denial kept in the topic.
 */
function claimParts(
  subject: string | undefined,
  verb: string | undefined,
  claim: string | undefined,
): { subject: string; quote: string; topic: string } {
  const said = TELLING.test(verb ?? '') ? withoutAddressee(claim ?? '') : (claim ?? '');
  return { subject: subject ?? '', quote: said, topic: claimTopic(verb, said) };
}

interface Rule {
  intent: Intent;
  pattern: RegExp;
  /** Picks the parts from the match groups. */
  parts: (match: RegExpMatchArray) => {
    subject?: string;
    topic?: string;
    quote?: string;
    passive?: true;
    calledWhom?: true;
    speechVerb?: string;
    /** The verb of doing the topic opens with: alone, once the date is out, it is no topic. */
    doneVerb?: string;
  };
  /**
   * The rule reads the question only when something is left of the topic once its date is out:
   * "What did Trump sign on March 2, 2017?" asks what happened that day.
   */
  needsTopic?: boolean;
  /** The rule reads the question only when its match passes this test. */
  accepts?: (match: RegExpMatchArray) => boolean;
}

/**
 * Whether the claim is writing a document ("write a brief letter to Xi", "wrote an op-ed") that
 * carries no words of its own: one quoting them, or saying "that …", is a statement.
 */
function writesAThing(verb: string | undefined, claim: string | undefined): boolean {
  return (
    /^(?:write|writes|wrote|written)$/i.test(verb ?? '') &&
    WRITTEN_THING.test(claim ?? '') &&
    !/["“”]|\bthat\b/.test(claim ?? '')
  );
}

const WRITTEN_THING =
  /^(?:a|an|the|his|her|their|its)\s+(?:[\p{Ll}-]+\s+){0,2}(?:letters?|books?|memos?|memoir|op-eds?|notes?|columns?|editorials?|articles?|essays?|forewords?|checks?|cheques?)\b/u;

/**
 * Whether a claim's subject holds a bare verb in lower case, as the tagger reads it, past its
 * first `skip` words (a lower-case name the tagger takes for a verb: "trump and xi").
 */
function holdsVerb(subject: string, skip = 0): boolean {
  return tagTokens(`Did ${subject}`).some((token, i) => i > skip && isBareVerb(token));
}

/**
 * A verb as it stands after "did": bare and in lower case. A past or third-person form ("brought",
 * "remarks") is something else there, and a capitalised one part of a name.
 */
function isBareVerb(token: Token): boolean {
  return (
    token.pos === 'VERB' && !/^\p{Lu}/u.test(token.text) && token.lemma === token.text.toLowerCase()
  );
}

/**
 * Whether a "said" rule's subject reads as a speaker: no question word opens it, and it holds no
 * word that opens a topic (a verb was missed before it).
 */
function isSpeakerPhrase(subject: string): boolean {
  return (
    !/^(?:who|whom|what|which|when|where|why|how)\b/i.test(subject) &&
    !/\b(?:about|regarding|concerning)\b/i.test(subject) &&
    // "What did Jessie Liu do after Trump withdrew her nomination for a Treasury post?": the
    // subject ends at "do", its verb.
    !/\s(?:do|does)\b/.test(subject)
  );
}

/** A clause inside a phrase: "an article that named the person", "the memo which said". */
const RELATIVE_CLAUSE = /\s(?:that|which)\s+\p{Ll}+(?:ed|s)\b/u;

/**
 * Whether a verb of saying after a "did" subject belongs to a clause of its own, so the claim's
 * verb came before it: after "to" it is what someone was told to do ("order immigration judges to
 * deny bail"), in "-ing" it modifies a noun ("a lawsuit alleging …", ", writing that …"), and a
 * subject holding a relative clause ("an article that named …") has its verb inside.
 */
function saysInAClauseOfItsOwn(subject: string, verb: string): boolean {
  return RELATIVE_CLAUSE.test(subject) || /\sto$/i.test(subject) || /ing$/i.test(verb);
}

/** A verb's third-person form ("remarks", "says"), which no "did" or "has" takes. */
const THIRD_PERSON = /^\p{L}+[^s\s]s$/u;
/** A question opening with the auxiliary itself, not with "Is it true that …". */
const AUXILIARY_FIRST = /^(?:did|does|has|had)\s/i;

const RULES: Rule[] = [
  {
    // "Was it Mattis who called Kim "Rocket Man"?": a claim about who said it.
    intent: 'verify',
    pattern: new RegExp(
      `^(?:${caseless('was it|is it')})\\s+(.+?)\\s+${caseless('who')}\\s+(${CLAIM_VERB})\\b\\s*(?:that\\s+)?(.+)$`,
      'u',
    ),
    parts: (m) => claimParts(m[1], m[2], m[3]),
  },
  {
    // "Fact check: Trump called Kim Rocket Man", "Trump said the press is the enemy, true?".
    intent: 'verify',
    pattern: new RegExp(
      `^(?:${caseless('fact check|fact-check|true or false')}\\s*:?\\s+)(.+?)\\s+(${CLAIM_VERB})\\b\\s*(?:that\\s+)?(.+)$|^(.+?)\\s+(${CLAIM_VERB})\\b\\s*(?:that\\s+)?(.+?)\\s*[,;:–—-]?\\s+(?:${caseless('true or false|fact or fiction|true|right|correct|is that true|is that right|really')})$`,
      'u',
    ),
    // A question word opening it asks something else: "Which nominee did Pence say should quit
    // … if the allegations were true?".
    parts: (m) => {
      const claim = m[3] ?? m[6] ?? '';
      const subject = m[1] ?? m[4] ?? '';
      if (!isSpeakerPhrase(subject)) return {};
      return { subject, quote: claim, topic: claimTopic(m[2] ?? m[5], claim) };
    },
  },
  {
    intent: 'who-said',
    pattern: new RegExp(
      `^(?:who|which person|whom)${ASIDE}\\s+${WHO_ADVERB}${SAY}\\b\\s*(?:that\\s+)?(.*)$`,
      'iu',
    ),
    parts: (m) => ({ quote: m[1] ?? '' }),
  },
  {
    // "According to whom did Sessions refuse to say …?": who reported the claim after it.
    intent: 'who-said',
    pattern: /^according\s+to\s+whom\s+(?:did|does|do|has|have|had|is|was|are|were)\s+(.{3,})$/iu,
    parts: (m) => ({ quote: m[1] ?? '', topic: m[1] ?? '' }),
  },
  {
    // Any verb of saying with a claim right after it: "Who accused Trump of twisting the
    // agreement?", "Who claimed that three million illegal votes were cast?", "Who questioned
    // whether …", "Who told all staff to hand in their resignations?". Without "that", "of",
    // "whether" or "to <verb>", "Who welcomed Pence at the airport?" asks for a person, not for
    // words.
    intent: 'who-said',
    pattern: new RegExp(
      `^(?:[Ww]ho|[Ww]hich person|[Ww]hom)${ASIDE}\\s+${WHO_ADVERB}(${SPEECH_VERB_ANY_FORM})\\s+(?:${WHERE_SAID})?(that\\s+.{3,}|(?:whether|if)\\s+.{3,}|(?:[\\p{L}'’.-]+\\s+){1,4}of\\s+.{3,}|(?:[\\p{L}'’.-]+\\s+){1,6}to\\s+(?!(?:the|a|an|his|her|their|its|this|that)\\b)\\p{Ll}+\\b.{3,})$`,
      'u',
    ),
    // The verb says what kind of statement it was ("questioned" is "questioning the
    // legitimacy"), so reports of it are compared with the verb too.
    parts: (m) => {
      const quote = (m[2] ?? '').replace(/^that\s+/i, '');
      return { quote, topic: `${m[1] ?? ''} ${quote}` };
    },
  },
  {
    // "Whose words were "…"?", "Who is quoted as saying …?", "Who called Comey a nut job?".
    intent: 'who-said',
    pattern:
      /^(?:whose\s+words\s+(?:were|are|was)|who\s+(?:is|was)\s+quoted\s+as\s+saying|who\s+(?:called|labell?ed|dubbed|branded)\s+(?=\S+(?:\s+\S+){0,3}?\s+(?:a|an)\s))\s*(.{3,})$/iu,
    parts: (m) => ({ quote: m[1] ?? '' }),
  },
  {
    // "Who did Trump call a "nut job"?", "Whom did Pelosi describe as "…"?": the one the words
    // were said of, by the subject.
    intent: 'who-said',
    pattern:
      /^(?:who|whom)\s+(?:did|does|has|had)\s+(.+?)\s+(?:\p{Ll}+ly\s+)?(?:call|label|dub|brand|nickname|name|describe\s+as|refer\s+to\s+as)\s+(?:(?:a|an|the)\s+)?(["“].+["”]).*$/iu,
    parts: (m) => ({ subject: m[1] ?? '', quote: m[2] ?? '', calledWhom: true }),
  },
  {
    // "Who did Trump say had 'lost his mind'?": the one the quoted words were said of.
    intent: 'who-said',
    pattern: new RegExp(
      `^(?:who|whom)\\s+(?:did|does|has|had)\\s+(.+?)\\s+(?:say|claim|suggest)\\s+(?:had|has|was|is|were|would|could)(?:\\s+been)?(\\s+["“].+["”]|${SINGLE_QUOTED}).*$`,
      'iu',
    ),
    parts: (m) => ({ subject: m[1] ?? '', quote: (m[3] ?? m[2] ?? '').trim(), calledWhom: true }),
  },
  {
    // "Who called Comey's firing "the right decision"?", "Who called Warren 'Pocahontas'?": any
    // verb but "to be" asks who said quoted words, so "who called Trump" stays a search and
    // "Who is "Rocket Man"?" asks who is meant.
    intent: 'who-said',
    pattern: new RegExp(
      `^(?:who|which person|whom)\\s+${WHO_ADVERB}(?!(?:is|was|are|were)\\b)\\p{L}+\\b(.*(?:["“].+["”]|${SINGLE_QUOTED}).*)$`,
      'iu',
    ),
    parts: (m) => ({ quote: m[1] ?? '' }),
    // "… at a small business event during 'American Dream Week'": a name in quotation marks
    // after a preposition is where or when, not the words asked about.
    accepts: (m) => !NAME_IN_QUOTES_AFTER_PREPOSITION.test(m[1] ?? ''),
  },
  {
    intent: 'verify',
    pattern: new RegExp(
      `^(?:(?:${caseless(IS_IT_TRUE)})\\s+)?(?:${caseless('did|does|has|had|is it true')}(?:\\s+that)?)\\s+(.+?)(?<!\\b(?:of|the|an?))\\s+${SPEAKER_ADVERB}(${CLAIM_VERB})\\b\\s*(?:that\\s+)?(.+)$`,
      'u',
    ),
    // No verb follows "of" or an article ("the secretary of state said …" names an office). After
    // "did" or "has" a verb is bare or a participle: "remarks" in "Did Haley deliver
    // remarks …" is a noun, and the claim's verb came before it, as it did when the subject
    // holds a verb ("Did Trump make a five-day state visit …": "state" is no verb of saying).
    // A letter or a book written is a thing done, not words said ("Did Trump write a brief letter
    // to Xi?"): the rule for what someone did reads it. So is a verb of saying in a clause of its
    // own ("an article that named the person alleged to be …"): the claim's verb came first.
    parts: (m) =>
      ((THIRD_PERSON.test(m[2] ?? '') ||
        holdsVerb(m[1] ?? '') ||
        saysInAClauseOfItsOwn(m[1] ?? '', m[2] ?? '')) &&
        AUXILIARY_FIRST.test(m[0])) ||
      writesAThing(m[2], m[3])
        ? {}
        : claimParts(m[1], m[2], m[3]),
  },
  {
    intent: 'verify',
    pattern: new RegExp(
      `^(?:${IS_IT_TRUE})\\s+(.+?)\\s+${SPEAKER_ADVERB}(${SPEECH_VERB_ANY_FORM})\\b\\s*(?:that\\s+)?(.+)$`,
      'iu',
    ),
    parts: (m) => claimParts(m[1], m[2], m[3]),
  },
  {
    // "Was Sessions quoted as saying …?", "Is Barr on record saying …?", "Was Trump heard calling …".
    intent: 'verify',
    pattern:
      /^(?:was|is|were|has|had)\s+(.+?)\s+(?:been\s+)?(?:quoted|heard|recorded|caught|filmed|on record)\s+(?:as\s+)?(saying|stating|claiming|calling|denying|telling|describing)\s+(?:that\s+)?(.+)$/iu,
    parts: (m) => claimParts(m[1], m[2], m[3]),
  },
  {
    // Any verb of saying before "that" or a quotation: "Did the New York Times report that …",
    // "Did Pompeo acknowledge that …", "Did Pence describe the firing as "…"". Without either,
    // "Did Mueller charge Manafort?" asks about an event, not about words.
    intent: 'verify',
    pattern: new RegExp(
      `^(?:(?:${caseless(IS_IT_TRUE)})\\s+)?(?:[Dd]id|[Dd]oes|[Hh]as|[Hh]ad)\\s+(.+?)\\s+(?:\\p{Ll}+ly\\s+)?(${SPEECH_VERB_ANY_FORM})\\s+((?:that\\s+).+|.*["“].+["”].*)$`,
      'u',
    ),
    parts: (m) => {
      if (saysInAClauseOfItsOwn(m[1] ?? '', m[2] ?? '')) return {};
      const claim = (m[3] ?? '').replace(/^that\s+/i, '');
      return { subject: m[1] ?? '', quote: claim, topic: claimTopic(m[2], claim) };
    },
  },
  {
    intent: 'said',
    pattern: new RegExp(
      // "What did X tell the Washington Post about Y?", "… say to reporters about Y?"
      `^what\\s+(?:did|does|has|had|do)\\s+(.+?)${FINISHED_SUBJECT}\\s+(?:ever\\s+)?(${SAY}|talk|talked|speak|spoke|discuss|discussed|rule|ruled|decide|decided)(?:\\s+((?:to\\s+|with\\s+)?(?:the\\s+)?[\\w.'’ -]{1,40}?)(?=\\s+(?:about|regarding|concerning)\\s))?(?:\\s+(?:about|on|regarding|concerning|of)\\s+(.+))?$`,
      'i',
    ),
    // A subject holding a verb ("Trump blame for the poor" before "state of …") had its verb
    // first: the word read as a verb of saying is a noun ("the poor state").
    parts: (m) =>
      holdsVerb(m[1] ?? '', 1)
        ? {}
        : {
            subject: m[1] ?? '',
            topic: `${m[4] ?? ''} ${whereSaid(m[3] ?? '')}`.trim(),
            ...speechVerbOf(m[2] ?? ''),
          },
  },
  {
    // "What did Pence discuss with small business owners in Lancaster?": the rest is the topic.
    intent: 'said',
    pattern: /^what\s+(?:did|does|has|had|do)\s+(.+?)\s+(?:discuss|debate)\s+(.+)$/i,
    parts: (m) => ({ subject: m[1] ?? '', topic: m[2] ?? '' }),
  },
  {
    // "What did Trump call Kim Jong-un?": what someone called a person or a thing.
    intent: 'said',
    pattern:
      /^what\s+(?:did|does|has|had|do)\s+(.+?)\s+(?:ever\s+)?(?:call|describe|label|dub|brand|term)\s+(.+?)(?:\s+as)?$/i,
    parts: (m) => ({ subject: m[1] ?? '', topic: m[2] ?? '' }),
  },
  {
    // Any verb of saying, with whatever follows as the topic: "What did the Washington Post
    // report about …", "What did Haley tell South Sudan's president in Juba?", "How did the
    // Times describe the tape?". The verbs match in lower case only, as in the rules above
    // that use the whole lexicon: "Post" in "the Washington Post" is no verb.
    intent: 'said',
    pattern: new RegExp(
      `^(?:[Ww]hat|[Hh]ow)\\s+(?:did|does|has|had|do)\\s+(.+?)${FINISHED_SUBJECT}\\s+(?:ever\\s+|first\\s+|publicly\\s+)?(${SPEECH_VERB_ANY_FORM})\\b(?:\\s+(?:to|about|on|regarding|concerning|of)\\b)?\\s*(.*)$`,
      'u',
    ),
    parts: (m) => ({ subject: m[1] ?? '', topic: m[3] ?? '', ...speechVerbOf(m[2] ?? '') }),
  },
  {
    // "What did Tillerson do with Lieberman?", "What did Barr order regarding bail?": what
    // someone did is answered like what they said, from their statements and the events about
    // them.
    intent: 'said',
    pattern:
      /^what\s+(?:did|does|has|had)\s+(.+?)\s+(?:do|done|order|ordered|sign|signed)\b(?!\s+(?:on|during|over)\s+(?:the|his|her|their|its|a|an|this|that|last|next|\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|christmas|new|thanksgiving|easter|inauguration|election|independence|memorial|labor|veterans|halloween))(?:\s+(?:with|about|to|at|for|in|on|over|regarding|concerning|after)\b)?\s*(.*)$/i,
    parts: (m) => ({ subject: m[1] ?? '', topic: m[2] ?? '' }),
    // "What did Trump do on June 6, 2019?", "… on his last Christmas Day in office?" ask what
    // happened that day.
    needsTopic: true,
  },
  {
    // "What did Joe Biden achieve in Pennsylvania?", "What did Mueller find?", "How did Trump
    // honor Mariano Rivera?": any other verb asks what the subject did, answered the same way;
    // so does "Why did Trump call off his meeting with Putin?", whose reason the report gives.
    intent: 'said',
    // "How did X react/respond to Y?" is read elsewhere as what X said about Y.
    pattern:
      /^(?:what\s+(?:did|does|has|had)\s+\S.*|(?:how|why)\s+(?:did|does|has|had)\s+(?!.*\b(?:react|respond|repl)\w*\b)\S.*)$/i,
    parts: (m) => actionAsked(m[0]) ?? {},
    needsTopic: true,
  },
  {
    // "What invitation did Trump give Rodrigo Duterte?", "What milestone did Trump reach …?":
    // the thing asked is what the subject did, and a word of the topic. A question for a time
    // ("What day did …") asks when, below.
    intent: 'said',
    pattern:
      /^what\s+(?!(?:date|day|year|month|time|week|hour|kind|sort|type)s?\b)((?:[\p{L}'’.-]+\s+){0,11}[\p{L}'’.-]+)\s+(did|does|has|had)\s+(\S.*)$/iu,
    parts: (m) => actionAsked(`what ${m[2] ?? ''} ${m[3] ?? ''}`, m[1] ?? '') ?? {},
  },
  {
    intent: 'said',
    pattern:
      /^(?:show\s+(?:me\s+)?)?(?:any\s+)?(?:quotes?|quotations?|statements?|words|tweets?)\s+(?:by|from|of)\s+(.+?)(?:\s+(?:about|on|regarding|concerning)\s+(.+))?$/i,
    parts: (m) => ({ subject: m[1] ?? '', topic: m[2] ?? '' }),
  },
  {
    intent: 'said',
    pattern: /^(.+?)(?:'s)?\s+(?:quotes?|statements?)(?:\s+(?:about|on|regarding)\s+(.+))?$/i,
    parts: (m) => ({ subject: m[1] ?? '', topic: m[2] ?? '' }),
  },
  {
    intent: 'who',
    pattern: /^(?:who\s+(?:is|was|are|were)|who's|tell me about|what about)\s+(.+)$/i,
    parts: (m) => ({ subject: m[1] ?? '' }),
  },
  {
    intent: 'when',
    pattern:
      /^(?:when|what\s+(?:date|day|year|month|time)|which\s+(?:date|day|year|month)|on what (?:date|day))\s+(?:did|was|were|is|does|do|has|had|will)?\s*(.*)$/i,
    parts: (m) => ({ topic: withoutWhenFrame(m[1] ?? '') }),
  },
  {
    // Any other "Did X <verb> …?" claims something X did: checked against the events.
    intent: 'verify',
    pattern: /^(?:did|does|has|had)\s+\S.*$/i,
    parts: (m) => actionClaim(m[0]) ?? {},
  },
  {
    // "Was Elaine Chao confirmed on a party-line vote?", "Was the bomb dropped in Nangarhar?": a
    // claim about what was done to its subject, checked against the events like a "did" claim.
    intent: 'verify',
    pattern: /^(?:was|were|is|are)\s+\S.*$/i,
    parts: (m) => passiveClaim(m[0]) ?? {},
  },
  {
    intent: 'date',
    pattern:
      /^(?:what|anything)\s+(?:happened|happens|was happening|went on|was going on|occurred|news)\s*(.*)$|^(?:events?|news)\s+(?:on|in|from|of|during|between)\s+(.*)$/i,
    parts: (m) => ({ topic: m[1] ?? m[2] ?? '' }),
  },
];

/** "Does the dataset have …", "Do you know …": a question to the bot, not a claim. */
const ASKS_THE_BOT = /^(?:you|we|i|it|this|that|there|the (?:dataset|data|bot|timeline|archive))$/i;
/** Whether a token's class holds no verb: a closed class, a number or punctuation. */
function isNeverAVerb(token: Token | undefined): boolean {
  return (
    token !== undefined &&
    (isClosedClass(token.pos) || token.pos === 'NUM' || token.pos === 'PUNCT')
  );
}

/** Participles that work as prepositions, never a claim's verb. */
const PREPOSITION_PARTICIPLE =
  /^(?:including|according|regarding|concerning|following|excluding|considering)$/i;

/**
 * "Did Pence personally invite Abbas to the White House?", "Did the EPA renew the terms of its
 * counselors?": a claim about what someone did, checked like one about what they said. The
 * part-of-speech tagger finds the verb that ends the subject; the claim is the verb and what
 * follows. A lower-case subject it takes for a verb ("did trump sign …") is the first word.
 */
function actionClaim(question: string): { subject: string; quote: string; topic: string } | null {
  const tokens = tagTokens(question);
  const auxiliary = tokens[0];
  if (auxiliary === undefined || !/^(?:did|does|has|had)$/i.test(auxiliary.text)) return null;
  // The tagger takes some bare verbs after a subject for nouns ("Mueller charge Manafort", "the
  // security secretary visit the border"): a lower-case word after a name, or one an object
  // follows, is the verb then.
  const lowerCase = (i: number): boolean => /^\p{Ll}/u.test(tokens[i]?.text ?? '');
  // A verb after "to" is the claim's purpose, not its action: "visit Israel to meet Rivlin".
  // Nor is a participle that works as a preposition: "officials, including Patrick Kennedy, quit".
  // After "did" the verb is bare and in lower case: an -ing word is a noun or a modifier ("the
  // congressional baseball practice shooting"), a capitalised one part of a name ("the Securely
  // Expediting Clearances Through Reporting Transparency Act"), never the claim's action.
  // A word joined to the one before by a hyphen is part of it: "elect" in "president-elect".
  const hyphenated = (i: number): boolean => {
    const start = tokens[i]?.start ?? 0;
    return start > 0 && question.charAt(start - 1) === '-';
  };
  const isVerb = (i: number): boolean => {
    const token = tokens[i];
    return (
      token !== undefined &&
      !hyphenated(i) &&
      isBareVerb(token) &&
      !/^to$/i.test(tokens[i - 1]?.text ?? '') &&
      !PREPOSITION_PARTICIPLE.test(token.text) &&
      !/ing$/i.test(token.text)
    );
  };
  // "Did Trump and Iowa governor Kim Reynolds talk …": a title before a name is no verb.
  const title = (i: number): boolean =>
    TITLE_WORDS.has(tokens[i]?.text ?? '') && tokens[i + 1]?.pos === 'PROPN';
  // A word of a closed class is no verb however it stands: "in" in "visit Andrews in 2017".
  const afterName = (i: number): boolean =>
    tokens[i - 1]?.pos === 'PROPN' &&
    lowerCase(i) &&
    !hyphenated(i) &&
    !isNeverAVerb(tokens[i]) &&
    !title(i);
  // An adjective opens an object too, after a word the tagger took for a noun: "the executive
  // order increase federal funding".
  const beforeObject = (i: number): boolean =>
    lowerCase(i) &&
    (/^(?:DET|PRON|PROPN|NUM)$/.test(tokens[i + 1]?.pos ?? '') ||
      (tokens[i + 1]?.pos === 'ADJ' && /^(?:NOUN|VERB)$/.test(tokens[i]?.pos ?? '')));
  let verb = -1;
  for (const test of [isVerb, afterName, beforeObject]) {
    verb = tokens.findIndex((_, i) => i >= 2 && test(i));
    if (verb >= 0) break;
  }
  // A verb after "and" is the second of two the subject did ("Did Pence visit Calexico and meet
  // agents?"), and a subject holds no preposition but "of" ("Did Trump award Limbaugh the medal
  // during the State of the Union address?"): the claim opens with an earlier verb the tagger
  // took for a noun.
  // Nor does it hold "to" before a verb: "order immigration judges to deny bail" had its verb
  // before the "to".
  const preposition = tokens.findIndex(
    (token, i) =>
      i >= 2 &&
      i < verb &&
      ((token.pos === 'ADP' && !/^(?:of|for)$/i.test(token.text)) ||
        (/^to$/i.test(token.text) && tokens[i + 1]?.pos === 'VERB')),
  );
  const before = /^and$/i.test(tokens[verb - 1]?.text ?? '') ? verb - 1 : preposition;
  if (before > 2) {
    const first = tokens.findIndex(
      (_, i) => i >= 2 && i < before && (afterName(i) || beforeObject(i)),
    );
    if (first >= 0) verb = first;
  }
  // A lower-case subject the tagger takes for a verb ("did trump sign …") is one word; a
  // capitalised one before another is a name's first word ("Did Rob Porter quit …").
  const nameGoesOn =
    /^\p{Lu}/u.test(tokens[1]?.text ?? '') && /^\p{Lu}/u.test(tokens[2]?.text ?? '');
  if (tokens[1]?.pos === 'VERB' && tokens[2] !== undefined && !nameGoesOn) verb = 2;
  const verbToken = tokens[verb];
  if (verbToken === undefined) return null;
  let subjectEnd = verb;
  // Adverbs between the subject and its verb: "Did Pence personally invite …".
  while (subjectEnd > 2 && tokens[subjectEnd - 1]?.pos === 'ADV') subjectEnd -= 1;
  const subject = question.slice(auxiliary.end, tokens[subjectEnd - 1]?.end ?? 0).trim();
  const claim = question.slice(verbToken.start).trim();
  if (ASKS_THE_BOT.test(subject)) return null;
  return hasWords(subject) && hasWords(claim) ? { subject, quote: claim, topic: claim } : null;
}

/**
 * The subject that stands after the question's first `frameWords` words, and the verb after it:
 * "Was | Elaine Chao | confirmed …", "What did | Joe Biden | achieve …". Null when no verb follows
 * the subject, or the subject is a pronoun ("Was it in 2017 that …", "What did he …").
 * `verbAfterName`: when the tagger finds no verb, a lower-case adjective or noun right after a
 * name is taken for it.
 */
function subjectThenVerb(
  question: string,
  frameWords: number,
  verbAfterName = false,
  tokens = tagTokens(question),
): { subject: string; verbStart: number; verbEnd: number } | null {
  const firstVerb = tokens.findIndex((token, i) => i > frameWords && token.pos === 'VERB');
  // An infinitive's "to" follows its governing verb, whatever the tagger made of that: "Who did
  // Trump direct to lie …?" asks whom Trump directed, not whom "Trump direct" lied to.
  const infinitive = tokens.findIndex(
    (token, i) =>
      i > frameWords + 1 && i < firstVerb && token.pos === 'PART' && /^to$/i.test(token.text),
  );
  const governing = tokens[infinitive - 1];
  const tagged =
    infinitive > 0 && governing !== undefined && /^\p{Ll}+$/u.test(governing.text)
      ? infinitive - 1
      : firstVerb;
  // After "did" the tagger may take the bare verb after a name for a noun and tag a later word
  // instead ("How did Mike Pence honor the victims of the Las Vegas mass shooting?" tags
  // "shooting"): a word it makes a verb once a pronoun stands for the name comes first. After a
  // common noun it is more often part of the subject ("the deputy attorney general appoint").
  const bare =
    tagged >= 0 && verbAfterName ? -1 : untaggedVerb(question, tokens, frameWords, verbAfterName);
  const bareFirst =
    bare >= 0 && (tagged < 0 || (bare < tagged && tokens[bare - 1]?.pos === 'PROPN'));
  const verb = bareFirst ? bare : tagged;
  const verbToken = tokens[verb];
  if (verbToken === undefined) return null;
  if (
    tokens.slice(frameWords, verb).some((token) => token.pos === 'PRON' || token.pos === 'VERB')
  ) {
    return null;
  }
  const subject = question
    .slice(tokens[frameWords - 1]?.end ?? 0, tokens[verb - 1]?.end ?? 0)
    .trim();
  return hasWords(subject) ? { subject, verbStart: verbToken.start, verbEnd: verbToken.end } : null;
}

/**
 * Where the verb is when the tagger tagged none, or -1. After the thing asked, the tagger takes
 * some bare verbs after a name for adjectives or nouns ("What criticism did Nikki Haley direct at
 * …"). After "did" (not "was": "Was Trump's state visit …") a bare verb must follow the subject,
 * which the tagger reads as a noun after one that ends in a noun ("What did the House committees
 * release about …?", "What did Ratcliffe and O'Brien brief lawmakers about?"): the verb is the
 * first word the tagger makes a verb once a pronoun stands for the subject ("they release …").
 */
function untaggedVerb(
  question: string,
  tokens: readonly Token[],
  frameWords: number,
  verbAfterName: boolean,
): number {
  if (verbAfterName) {
    return tokens.findIndex(
      (token, i) =>
        i > frameWords &&
        tokens[i - 1]?.pos === 'PROPN' &&
        /^(?:ADJ|NOUN)$/.test(token.pos) &&
        /^\p{Ll}/u.test(token.text),
    );
  }
  if (!/^(?:did|does|do)$/i.test(tokens[frameWords - 1]?.text ?? '')) return -1;
  return tokens.findIndex(
    (token, i) =>
      i > frameWords &&
      /^(?:NOUN|ADJ)$/.test(token.pos) &&
      /^\p{Ll}+$/u.test(token.text) &&
      /^(?:NOUN|PROPN)$/.test(tokens[i - 1]?.pos ?? '') &&
      tagTokens(`they ${question.slice(token.start)}`)[1]?.pos === 'VERB',
  );
}

/**
 * "Was <subject> <verb> …?": the subject, and the claim from its verb on ("confirmed as
 * transportation secretary on a party-line vote").
 */
function passiveClaim(
  question: string,
): { subject: string; quote: string; topic: string; passive: true } | null {
  if (!/^(?:was|were|is|are)\s/i.test(question)) return null;
  // "Was Trump the first president to …?": what the subject is, said of them.
  const ranked = RANKED_PREDICATE.exec(question);
  if (ranked !== null) {
    const head = ranked[1] ?? '';
    const claim = question.slice(ranked.index + head.length).trim();
    const subject = head.replace(/^\S+\s+/, '').trim();
    return { subject, quote: claim, topic: claim, passive: true };
  }
  // "Was the death count already above 200,000 …?", "Were there more than 2 million cases …?":
  // an amount against a bound, the whole of it the claim. What is counted is the subject: before
  // the bound ("the death count"), or after its amount ("confirmed cases in the US").
  const bounded = BOUNDED_AMOUNT.exec(question);
  if (bounded !== null) {
    const claim = question.slice(bounded[0].length).trim();
    const [before = '', after = ''] = claim.split(BOUND_WITH_AMOUNT);
    const counted = hasWords(before)
      ? before.replace(/\s+(?:already|still|now)$/i, '')
      : (after.split(/\s+(?:in|on|at|by|as of|during|since|for)\s+/i)[0] ?? '');
    return { subject: counted.trim(), quote: claim, topic: claim, passive: true };
  }
  const found = subjectThenVerb(question, 1);
  if (found === null) return null;
  const claim = question.slice(found.verbStart).trim();
  return hasWords(claim)
    ? { subject: found.subject, quote: claim, topic: claim, passive: true }
    : null;
}

/** "Was …" or "Were there …" before a claim that sets an amount against a bound ("more than 2 million"). */
const BOUNDED_AMOUNT =
  /^(?:was|were|is|are)\s+(?:there\s+)?(?=.*?\b(?:more\s+than|over|above|past|fewer\s+than|less\s+than|under|below|at\s+least)\s+(?:the\s+|a\s+)?\$?\d)/i;
/** The bound and its amount in such a claim: "above 200,000", "more than 2 million". */
const BOUND_WITH_AMOUNT =
  /\s*\b(?:more\s+than|over|above|past|fewer\s+than|less\s+than|under|below|at\s+least)\s+(?:the\s+|a\s+)?\$?\d[\d,.]*(?:\s*(?:k|thousand|million|billion|trillion)\b)?\s*/i;

/**
 * "Was <subject> the first/only/biggest …": a subject of at least one word, not ending in a word
 * that joins it to what follows ("the scene of the first …" is no subject), then a ranked noun
 * phrase saying what it was.
 */
const RANKED_PREDICATE =
  /^((?:was|were|is|are)\s+(?!it\s)\S.*?(?<!\s(?:of|in|on|at|for|to|by|with|from|and|or|as|than)))\s+the\s+(?:first|only|last|second|third|\p{L}{2,}est)\b/iu;

/** "Who did …", "Whom does …", "Which Indonesian ambassador did …": a question for an object. */
const WHO_DID = /^(?:who|whom|which(?:\s+[\p{L}-]+){1,4}?)\s+(?:did|does|do)\s/iu;

/**
 * The subject and verb of "Who did <subject> <verb> …?" ("the deputy attorney general" and
 * "appoint" in "Whom did the deputy attorney general appoint …?"), whose answer is the verb's
 * object, someone else; null for any other question.
 */
export function whoDidParts(question: string): { subject: string; verb: string } | null {
  if (!WHO_DID.test(question)) return null;
  // "Which Indonesian ambassador did Shannon meet …?": the subject follows "did", however many
  // words the asked one takes.
  const tokens = tagTokens(question);
  const frameWords = tokens.findIndex((token) => /^(?:did|does|do)$/i.test(token.text)) + 1;
  const found = subjectThenVerb(question, frameWords, false, tokens);
  return found === null
    ? null
    : { subject: found.subject, verb: question.slice(found.verbStart, found.verbEnd) };
}

/**
 * "What did <subject> <verb> …?": the subject, and the rest after the verb as the topic. "What
 * <thing> did <subject> <verb> …?" keeps the thing and the verb, which says what was done with it
 * ("invitation give Rodrigo Duterte").
 */
function actionAsked(
  question: string,
  thing: string | null = null,
): { subject: string; topic: string; speechVerb?: string; doneVerb?: string } | null {
  // After the thing asked, the tagger takes some bare verbs after a name for adjectives or nouns
  // ("What criticism did Nikki Haley direct at …").
  const found = subjectThenVerb(question, 2, thing !== null);
  if (found === null) return null;
  const verb = question.slice(found.verbStart, found.verbEnd);
  const rest = question.slice(found.verbEnd);
  // A verb of doing is part of what is asked ("What did Trump approve for Puerto Rico?" is the
  // approval, not any word on Puerto Rico); a verb of saying, "do" or "think" only frames it.
  const keepsVerb = hasWords(rest) && !FRAMING_VERB.test(verb) && !SPEECH_VERB_ONLY.test(verb);
  const topic =
    thing !== null
      ? `${thing} ${question.slice(found.verbStart)}`
      : keepsVerb
        ? question.slice(found.verbStart)
        : rest;
  return {
    subject: found.subject,
    topic: topic.trim(),
    ...speechVerbOf(verb),
    ...(keepsVerb ? { doneVerb: verb } : {}),
  };
}

/**
 * Where something was said, from the phrase between the verb and "about": "at his press
 * conference in Cartagena" helps find it, as does a person it was said to ("to Pelosi"); an
 * audience that could be anyone's ("to reporters", "to the Washington Post") does not.
 */
function whereSaid(phrase: string): string {
  if (/^(?:at|in|on|during)\s/i.test(phrase)) return phrase;
  return /^(?:to|with)\s+\p{Lu}[\p{L}'’.-]*$/u.test(phrase) ? phrase : '';
}

/** A verb of saying that says more than "say" ("announce", "claim"), as a parsed question's part. */
function speechVerbOf(verb: string): { speechVerb?: string } {
  return SPEECH_VERB_ONLY.test(verb) && !FRAMING_VERB.test(verb) ? { speechVerb: verb } : {};
}

/** Verbs that frame a "What did X …?" question without being part of its topic. */
const FRAMING_VERB =
  /^(?:do|does|did|done|achieve|achieves|achieved|accomplish|accomplished|think|thinks|thought|feel|feels|felt|mean|means|meant|want|wants|wanted|say|says|said|talk|talks|talked|speak|speaks|spoke|discuss|discussed|have|has|had|make|makes|made|get|gets|got)$/i;
/** Any form of a verb of saying ("tweet", "announce", "claim"). */
const SPEECH_VERB_ONLY = new RegExp(`^(?:${SPEECH_VERB_ANY_FORM})$`, 'i');

/** The claim without the occasion moved to its end ("… at the Republican Jewish Coalition"). */
function withoutOccasion(claim: string, occasion: string): string {
  const opening = occasion.split(/\s+/).slice(0, 2).join(' ').toLowerCase();
  const at = claim.toLowerCase().lastIndexOf(opening);
  const kept = at > 0 ? claim.slice(0, at).replace(/[\s,]+$/, '') : claim;
  return hasWords(kept) ? kept : claim;
}

/** The words that frame a question, as they should be spelt. */
const FRAME_WORDS = ['when', 'what', 'who', 'which', 'where', 'happened', 'happen', 'said', 'say'];
/** Frame words chat may write without their g: "goin", "happenin". */
const FRAME_PARTICIPLES: ReadonlySet<string> = new Set([
  'going',
  'happening',
  'occurring',
  'saying',
  'doing',
]);
/** Real words one letter away from a frame word, which must not be "corrected" ("why", "how"). */
const NOT_TYPOS = new Set([
  'why',
  'were',
  'how',
  'was',
  'wan',
  'ten',
  'then',
  'whom',
  'whose',
  'wha',
  'sad',
  'sat',
  'saw',
  'day',
  'pay',
  'may',
  'way',
  'whet',
  'whim',
  'whit',
  'whey',
]);

/**
 * "fly 2 france", "vote 4 him": a 2 or 4 between two lower-case words is "to" or "for" in chat; a
 * count ("won 2 seats", "more than 2 million") is followed by a plural or a number word, or comes
 * after a word that compares.
 */
const CHAT_PREPOSITION =
  /(?<=\p{Ll}\s)(?<!\b(?:than|about|over|under|nearly|almost|around|some)\s)[24](?=\s\p{Ll}*[^\P{Ll}s](?![\p{L}\p{N}]))(?!\s(?:hundred|thousand|million|billion|trillion|percent)\b)/gu;

/**
 * Chat shorthand people type in questions, spelt out so the rules and the index read them:
 * "wat did trump say abt the press", "who was AG after barr", "xmas 2020".
 */
const SHORTHAND: ReadonlyMap<string, string> = new Map([
  ['abt', 'about'],
  ['bout', 'about'],
  ['b4', 'before'],
  ['bc', 'because'],
  ['cuz', 'because'],
  ['w/', 'with'],
  ['w', 'with'],
  ['u', 'you'],
  ['ur', 'your'],
  ['r', 'are'],
  ['ppl', 'people'],
  ['govt', 'government'],
  ['gov', 'governor'],
  ['pres', 'president'],
  ['prez', 'president'],
  ['potus', 'president'],
  ['af1', 'air force one'],
  ['flotus', 'first lady'],
  ['vp', 'vice president'],
  ['veep', 'vice president'],
  ['ag', 'attorney general'],
  ['sec', 'secretary'],
  ['secy', 'secretary'],
  ['dept', 'department'],
  ['admin', 'administration'],
  ['natl', 'national'],
  ['intl', 'international'],
  ['vets', 'veterans'],
  ['dems', 'democrats'],
  ['repubs', 'republicans'],
  ['feds', 'federal authorities'],
  ['exec', 'executive'],
  ['mil', 'military'],
  ['sen', 'senator'],
  ['rep', 'representative'],
  ['amb', 'ambassador'],
  ['xmas', 'christmas'],
  ['tho', 'though'],
  ['thru', 'through'],
  ['yr', 'year'],
  ['yrs', 'years'],
  ['args', 'arguments'],
  ['mtg', 'meeting'],
  ['mins', 'minutes'],
  ['wk', 'week'],
  ['nh', 'new hampshire'],
  ['wh', 'white house'],
  ['scotus', 'supreme court'],
  // Contractions typed without the apostrophe, where the bare spelling is no common word (not
  // "shed", "well" or "were").
  ['hed', 'he would'],
  ['theyd', 'they would'],
  ['didnt', 'did not'],
  ['doesnt', 'does not'],
  ['dont', 'do not'],
  ['isnt', 'is not'],
  ['wasnt', 'was not'],
  ['werent', 'were not'],
  ['hasnt', 'has not'],
  ['havent', 'have not'],
  ['hadnt', 'had not'],
  ['wouldnt', 'would not'],
  ['couldnt', 'could not'],
  ['shouldnt', 'should not'],
  ['cant', 'cannot'],
  ['wont', 'will not'],
  ['hes', 'he is'],
  ['shes', 'she is'],
  ['theyre', 'they are'],
]);

/**
 * Words people open a chat message with before the question itself ("So when did …", "Hey,
 * what happened …", "Quick question: who …"): they say nothing about what is asked.
 */
const OPENING =
  /^(?:(?:so|ok(?:ay)?|well|hey(?:\s+there)?|hi|hello|yo|um+|uh+|btw|also|and|but|(?:a\s+)?quick\s+question|(?:one\s+)?(?:more\s+)?question|real\s+quick|just\s+(?:wondering|curious)|i\s+(?:was\s+)?wondering|out\s+of\s+curiosity|curious|random\s+question)\b[\s,:;!.–—-]*)+/iu;

/** What a question opens with once the opening words are gone, unless they end in punctuation. */
const QUESTION_START =
  /^(?:what|when|who|whom|whose|which|where|why|how|did|does|do|is|was|were|are|has|had|can|could|tell|give|show|list)\b/i;

function withoutOpening(body: string): string {
  // A label before a question ("Fact check: did Trump say …?") says only that a claim follows;
  // before a statement it is what makes it one, so it stays.
  const label = CLAIM_LABEL.exec(body)?.[0] ?? '';
  const asked = body.slice(label.length);
  if (label !== '' && (QUESTION_START.test(asked) || LEADING_PHRASE.test(asked))) return asked;
  const opening = OPENING.exec(body)?.[0] ?? '';
  const rest = body.slice(opening.length);
  // "Well Fargo": an opening word before a name is part of it, unless a comma sets it off.
  const setOff = /[,:;!.–—-]\s*$/.test(opening) || QUESTION_START.test(rest);
  return opening !== '' && setOff && hasWords(rest) ? rest : body;
}

/** A phrase set before the question ("In his Rose Garden speech on June 1, 2020, what did …"). */
const LEADING_PHRASE =
  /^(?!(?:what|who|whom|which|did|does|do|has|had|is|was|were|how|where|why)\b|when\s+(?:did|does|do|was|were|is|are|has|had|will|would)\b)([^?]{3,120}?),\s+((?:what|when|who|whom|which|did|does|has|had|is|was|were)\b.+)$/i;
/** A label that says a claim follows: "Fact check:", "True or false:", "Verify:". */
const CLAIM_LABEL =
  /^(?:fact[\s-]?check|true\s+or\s+false|fact\s+or\s+fiction|verify|check|confirm)\s*:\s*/i;
/** "did he claim …" after a clause naming him: the pronoun the name stands for. */
const PRONOUN_SUBJECT = /^(\p{L}+\s+)(he|she|they)\b/iu;
/** The subject of a clause such as "When Trump proclaimed …": a name right after its first word. */
const CLAUSE_SUBJECT = new RegExp(
  `^(?:${caseless('when|after|before|while|as|once|since')})\\s+(\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*)*)`,
  'u',
);

/**
 * The question with a phrase set before it moved after it, so the question rules, which read
 * from the start, see the question word first: "In 2019, who was …" → "who was … In 2019".
 */
export function questionFirst(body: string): { body: string; occasion: string | null } {
  const match = LEADING_PHRASE.exec(body);
  if (match === null) return { body, occasion: null };
  // Its capital opened the sentence; mid-sentence it would read as a name ("Besides").
  const phrase = match[1] ?? '';
  // "When Trump proclaimed …, did he claim …": the question is about the person the phrase names.
  const name = CLAUSE_SUBJECT.exec(phrase)?.[1];
  const question = (match[2] ?? '').replace(PRONOUN_SUBJECT, (whole, auxiliary: string) =>
    name === undefined ? whole : `${auxiliary}${name}`,
  );
  const occasion = `${phrase.charAt(0).toLowerCase()}${phrase.slice(1)}`;
  return { body: `${question} ${occasion}`, occasion };
}

function expandShorthand(body: string): string {
  return spellOutRoleEpithets(body)
    .replace(CHAT_PREPOSITION, (digit: string) => (digit === '2' ? 'to' : 'for'))
    .replace(/(?<![\p{L}\p{N}])[\p{L}\p{N}]+\/?(?![\p{L}\p{N}])/gu, (word) => {
      // "AG", "VP": capitals are an abbreviation; "ag" too, but "Sec." in a name is left alone.
      const spelt = SHORTHAND.get(word.toLowerCase());
      if (spelt === undefined) return word;
      // One-letter words ("u", "r", "w") only in lower case: "W" may be an initial.
      if (word.length === 1 && word !== word.toLowerCase()) return word;
      return spelt;
    });
}

/**
 * "wen did flyn resign", "wat happend on march 2": the question word and "happened" spelt right,
 * so a typo does not turn a question into a keyword search. Only the first word and "happened"
 * are touched, only within one edit (two for "happened"), and never a real word such as "why".
 */
function fixFrameWords(body: string): string {
  const fix = (word: string, allowed: number): string => {
    const lower = word.toLowerCase();
    if (FRAME_WORDS.includes(lower) || NOT_TYPOS.has(lower) || lower.length < 3) return word;
    const right = FRAME_WORDS.find(
      (frame) => osaDistance(lower, frame, allowed) <= (frame.length >= 6 ? allowed : 1),
    );
    return right ?? word;
  };
  return (
    body
      .replace(/^\p{L}+/u, (first) => fix(first, 1))
      .replace(/\bha\p{L}{3,7}\b/giu, (word) => (/^happ?e?n/i.test(word) ? fix(word, 2) : word))
      // Chat drops the g of -ing: "whats goin on", "anything happenin".
      .replace(/\b(\p{L}{2,}in)['’]?(?=\s|$)/giu, (word, stem: string) =>
        FRAME_PARTICIPLES.has(`${stem.toLowerCase()}g`) ? `${stem}g` : word,
      )
  );
}

/** Words that frame a question but are not its topic. */
/**
 * Words that only frame a question about a time ("Anything notable happen on …?", "Give me the
 * news from …", "What was going on …"): a question left with nothing else asks what happened.
 */
/**
 * Words before a date that make it a deadline or a start in what was said rather than a time:
 * "by January 20", "until …", "un-downloadable starting September 20", "effective …".
 */
const DEADLINE_BEFORE = /\b(?:by|until|starting|effective|beginning)\s+$/i;
/** Words before a date that bound when something was so: "Had deaths passed 200,000 by …?". */
const AS_OF_BEFORE = /\b(?:by|until)\s+$/i;
/**
 * Words before a year or a month that make it what something is for, not when it happened:
 * "refugee admissions for 2021", "the cap for fiscal 2020", "proclaim for the month of April".
 */
const TARGET_YEAR_BEFORE = /\bfor\s+(?:(?:the\s+)?(?:fiscal|calendar|school)\s+(?:year\s+)?)?$/i;
/**
 * A verb whose object is a day: "Who proclaimed January 15, 2018 as Martin Luther King Jr. Day?"
 * asks about the proclamation, which was made on another day.
 */
const DAY_AS_OBJECT_BEFORE = /\b(?:proclaim|declare|designate)(?:s|d|ed|ing)?\s+$/i;

/**
 * A year between "the" and a noun names the thing, not when it happened: "the 2021 defense
 * authorization bill" was voted on in December 2020.
 */
function yearNamesThing(dateText: string, before: string, after: string): boolean {
  return /^\d{4}$/.test(dateText) && /\bthe\s+$/i.test(before) && /^\s+\p{Ll}/u.test(after);
}

/** A range that is one whole month: "April 2017", "the month of April 2017". */
function isWholeMonth(range: DayRange): boolean {
  const [year, month, day] = range.to.split('-').map(Number);
  return (
    range.from.endsWith('-01') &&
    range.from.slice(0, 7) === range.to.slice(0, 7) &&
    day === lastDayOfMonth(year ?? 0, month ?? 0)
  );
}

const FRAME =
  /\b(?:happened|happen|happening|events?|news|headlines|on|in|during|between|from|to|around|and|anything|something|notable|noteworthy|interesting|important|major|big|key|any|give|tell|show|me|us|the|what|was|were|is|did|does|there|going|went|go|occur(?:red)?|stuff|everything|all|list|please|can|could|you|i|want|see|know|that|of|for|recap|summary|summari[sz]e|overview|about|day|date|remind|took|place|occurring|happens|at|then|an?)\b/gi;

export function parseQuestion(
  text: string,
  referenceDate: Date,
  span: DateSpan | null = null,
): ParsedQuestion {
  const parsed = parseAsWritten(text, referenceDate, span);
  if (parsed.intent !== 'search' && !(parsed.intent === 'verify' && isNoSubject(parsed.subject))) {
    return parsed;
  }
  // A claim put in a form the rules do not read ("True or false: Sessions recused himself",
  // "Didn't Trump say …", "Was Pence the one who said …") is asked again as the "did" or "was"
  // question it means, and a time question ("In what month did …", "Date of …") as the "When …"
  // question; the question keeps its text as typed.
  const cleaned = sanitizeQuestion(text);
  for (const [asked, intent] of [
    [asYesNoQuestion(cleaned), 'verify'],
    [parsed.intent === 'search' ? asWhenQuestion(cleaned) : null, 'when'],
    [parsed.intent === 'search' ? asStandardQuestion(cleaned) : null, null],
  ] as const) {
    if (asked === null) continue;
    const reread = parseAsWritten(asked, referenceDate, span);
    if (intent === null ? reread.intent !== 'search' : reread.intent === intent) {
      return { ...reread, text: parsed.text };
    }
  }
  return parsed;
}

/** What a rule took for a claim's subject in "Is it accurate to say …", "Has it been reported …". */
function isNoSubject(subject: string | null): boolean {
  return subject !== null && /^(?:to|it|it been|there|that|this)$/i.test(subject);
}

function parseAsWritten(text: string, referenceDate: Date, span: DateSpan | null): ParsedQuestion {
  const cleaned = sanitizeQuestion(text);
  const empty: ParsedQuestion = {
    intent: 'search',
    text: cleaned,
    range: null,
    subject: null,
    topic: '',
    quote: null,
    dateProblem: null,
  };
  if (!hasWords(cleaned)) return empty;
  const impossible = findImpossibleDate(cleaned);
  if (impossible !== null) return { ...empty, intent: 'date', dateProblem: impossible };
  const read = expandShorthand(withoutOpening(cleaned.trim()));
  const { body, occasion } = questionFirst(fixFrameWords(read.replace(/[?!.]+$/, '').trim()));
  const quoted = QUOTED.exec(body);
  const quotedText = quoted === null ? null : (quoted[1] ?? quoted[2] ?? null);

  for (const rule of RULES) {
    const match = body.match(rule.pattern);
    if (match === null || rule.accepts?.(match) === false) continue;
    const parts = rule.parts(match);
    const subject = withoutAdverb(withoutAppositive(withoutChannel(cleanPhrase(parts.subject))));
    // A speaker is a name or a description: in "What did the Interior Department propose about
    // the … valuation rule?" the verb is "propose", not the noun "rule", and "Who condemned … for
    // his first statement?" names no speaker "Who condemned …".
    if (rule.intent === 'said' && (subject === null || !isSpeakerPhrase(subject))) continue;
    if (
      rule.intent === 'who' &&
      (subject === null || findDateMention(subject, referenceDate, span) !== null)
    )
      continue;
    const topicSource = parts.topic ?? '';
    const dated = findDateMention(topicSource, referenceDate, span);
    const topic = dated === null ? topicSource : removeSpan(topicSource, dated.start, dated.end);
    if (rule.needsTopic === true && (!hasWords(topic) || topic.trim() === parts.doneVerb)) continue;
    // A claim keeps its quoted words as the quote, and all of it (the context of the quoted
    // words: "… in Charlottesville") as the topic. Unquoted, the claim less its date is the quote.
    const quote =
      rule.intent === 'who-said'
        ? (quotedText ?? cleanPhrase(parts.quote))
        : rule.intent === 'verify'
          ? (quotedText ??
            cleanPhrase(
              topic.replace(
                /^\s*(?:(?:in|on|at|during|around|by)\s+(?=,|that\b))?,?\s*(?:that\s+)?/i,
                '',
              ),
            ))
          : null;
    if ((rule.intent === 'who-said' || rule.intent === 'verify') && quote === null) continue;
    // "At his Greenville rally, did Trump say he was immune …?", "When Trump lifted the travel
    // restrictions, who said they would stay?": the occasion is when it was said, no part of
    // what: the claim is checked without it, and `occasion` (and a claim's topic) keeps it.
    const occasionTaken =
      (rule.intent === 'verify' || rule.intent === 'who-said') &&
      occasion !== null &&
      quotedText === null;
    const claimed = occasionTaken ? withoutOccasion(quote ?? '', occasion) : quote;
    const inBody = dated === null && rule.intent !== 'date';
    const mention = inBody ? findDateMention(body, referenceDate, span) : dated;
    // "… to resign by January 20": a deadline in what was said, not when it was said.
    const dateSource = inBody ? body : topicSource;
    const before = mention === null ? '' : dateSource.slice(0, mention.start);
    const after = mention === null ? '' : dateSource.slice(mention.end);
    // A date that is what the question is about, not when: a target year, a year in a name, a
    // day proclaimed.
    const dateIsWord =
      mention !== null &&
      (((/^\d{4}$/.test(mention.range.text) || isWholeMonth(mention.range)) &&
        TARGET_YEAR_BEFORE.test(before)) ||
        yearNamesThing(mention.range.text, before, after) ||
        DAY_AS_OBJECT_BEFORE.test(before));
    const deadline =
      rule.intent !== 'date' && mention !== null && (DEADLINE_BEFORE.test(before) || dateIsWord);
    // "Did Trump say he was now immune …": "now" in a claim is the speaker's, not today; another
    // date in the question ("in October 2020") still bounds it.
    const speakersNow =
      (rule.intent === 'verify' || rule.intent === 'who-said') &&
      /^now$/i.test(mention?.range.text ?? '');
    const otherDate = speakersNow
      ? findDateMention(body.replace(/\bnow\b/gi, '   '), referenceDate, span)
      : null;
    // "Had deaths passed 200,000 by September 2?": by then, a bound on when, not something said.
    const asOf =
      deadline &&
      rule.intent === 'verify' &&
      (/^(?:had|has)\b/i.test(body) || BOUNDED_AMOUNT.test(body)) &&
      AS_OF_BEFORE.test(before);
    const range = asOf
      ? {
          from: span?.first ?? EARLIEST_DAY,
          to: mention.range.to,
          text: `by ${mention.range.text}`,
        }
      : deadline
        ? null
        : speakersNow
          ? (otherDate?.range ?? null)
          : (mention?.range ?? null);
    const intent = rule.intent === 'date' && range === null ? 'search' : rule.intent;
    return {
      intent,
      text: read,
      range,
      subject,
      topic:
        intent === 'date'
          ? topic.replace(FRAME, ' ').replace(/\s+/g, ' ').trim()
          : // A target year is a word of the topic ("admissions for 2021"), not its time.
            stripQuotes(dateIsWord && rule.intent !== 'date' ? topicSource : topic),
      quote: claimed,
      dateProblem: null,
      ...(parts.passive === true ? { passive: true } : {}),
      ...(parts.calledWhom === true ? { calledWhom: true } : {}),
      ...(parts.speechVerb === undefined ? {} : { speechVerb: parts.speechVerb }),
      ...(occasionTaken && claimed !== quote ? { occasion } : {}),
    };
  }

  // No frame recognised: a question that is only a date asks what happened then.
  const found = findDateMention(body, referenceDate, span);
  // "Who proclaimed January 15, 2018 as …?": the day is what was proclaimed, a word to search.
  const dated =
    found !== null && DAY_AS_OBJECT_BEFORE.test(body.slice(0, found.start)) ? null : found;
  if (dated !== null) {
    const rest = removeSpan(body, dated.start, dated.end)
      .replace(FRAME, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    if (!hasWords(rest)) {
      return {
        intent: 'date',
        text: read,
        range: dated.range,
        subject: null,
        topic: '',
        quote: null,
        dateProblem: null,
      };
    }
    return {
      intent: 'search',
      text: read,
      range: dated.range,
      subject: null,
      topic: rest,
      quote: null,
      dateProblem: null,
    };
  }
  return { ...empty, text: read, topic: stripQuotes(body) };
}

/** "Sam Clovis's blog", "Trump's Twitter account": the owner speaks through it. */
const OWNED_CHANNEL =
  /['’]s?\s+(?:official\s+)?(?:(?:twitter|instagram|facebook)\s+)?(?:account|blog|website|site|page|feed|channel|twitter)$/i;

/** "Joseph Yun, the top diplomat in charge of …": a name with an aside that says who they are. */
const NAME_WITH_APPOSITIVE =
  /^(\p{L}[\p{L}.'’-]*(?:\s+\p{L}[\p{L}.'’-]*){0,3}),\s+(?:the|a|an|his|her|their|who|then|now|former)\s.+$/u;

/** "Give me …", "Show us …", "List …": a request's opening is no part of the subject. */
const REQUEST_OPENING = /^(?:please\s+)?(?:(?:give|show|tell|find|get)\s+(?:me|us)\s+|list\s+)/i;

/** The name alone: the aside describes the speaker the name already gives. */
function withoutAppositive(phrase: string | null): string | null {
  if (phrase === null) return null;
  const named = phrase.replace(REQUEST_OPENING, '');
  return NAME_WITH_APPOSITIVE.exec(named)?.[1] ?? (hasWords(named) ? named : phrase);
}

/**
 * The speaker without an adverb after it, which tells how the verb was done: "What did Trump
 * mistakenly call …" and "Did the House formally condemn …" are asked of Trump and the House.
 * Told by its tag, not its "-ly": "the Trump family".
 */
function withoutAdverb(phrase: string | null): string | null {
  if (phrase === null) return null;
  const last = tagTokens(phrase).at(-1);
  if (last?.pos !== 'ADV' || !/ly$/i.test(last.text)) return phrase;
  const rest = phrase.slice(0, last.start).trim();
  return hasWords(rest) ? rest : phrase;
}

function withoutChannel(phrase: string | null): string | null {
  if (phrase === null) return null;
  const owner = phrase.replace(OWNED_CHANNEL, '');
  return owner !== phrase && hasWords(owner) ? owner : phrase;
}

function cleanPhrase(phrase: string | undefined): string | null {
  if (phrase === undefined) return null;
  const trimmed = stripQuotes(phrase)
    .replace(/^[\s,:;-]+|[\s,:;?.!-]+$/g, '')
    .trim();
  return hasWords(trimmed) ? trimmed : null;
}

function stripQuotes(text: string): string {
  return text.replace(/["]/g, ' ').replace(/\s+/g, ' ').trim();
}

/** The text without a date span and the preposition that introduced it ("… at the end of …"). */
function removeSpan(text: string, start: number, end: number): string {
  const before = text.slice(0, start).replace(DATE_PREPOSITION_AT_END, '');
  return `${before} ${text.slice(end)}`
    .replace(DATE_PREPOSITION_AT_END, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const DATE_PREPOSITION_AT_END =
  /\b(?:on|in|at|during|between|from|since|around|by|before|after|until|through|throughout|over)\s*$/i;
