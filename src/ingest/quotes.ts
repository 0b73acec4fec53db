/**
 * Direct quotations in a sentence and who said them. Attribution follows the shapes news text
 * uses: `AG Jeff Sessions: "..."`, `"...," Sessions said today.`, `Sessions said that he "..."`,
 * `A White House official dismissed the story as "..."`, and `he said` for the person last named.
 */
import type { Mention } from './mentions.js';
import { tagTokens } from '../language/part-of-speech.js';
import { isRegionName } from './names-places.js';
import { LEADING_WORDS, TITLE_HEADS } from './vocabulary.js';
import { PASSIVE_PARTICIPLE, SPEECH_VERB, TRAILING_ADVERBS } from '../language/speech-verbs.js';
import {
  findDoubleQuoteSpans,
  findSingleQuoteSpans,
  type QuoteMark,
  type QuoteSpan,
} from '../language/quote-marks.js';
import { capitalise } from '../language/letter-case.js';
import { genderOfGivenName, type Gender } from '../language/given-names.js';

/**
 * Who said it. A person speaker lists candidate mentions, best first: whether a mention is a
 * person ("Sessions" yes, "Bagram Airfield" no) is only known once the whole dataset is read, so
 * the builder takes the first candidate that resolves to one.
 */
export type SpeakerRef =
  | {
      kind: 'person';
      candidates: Mention[];
      /** The name is all of a speech verb's subject ("Ford said"), with nothing else before it. */
      wholeSubject?: true;
    }
  | { kind: 'described'; name: string }
  /** "The president calls …": whoever holds the role, decided once the people are known. */
  | { kind: 'role'; title: string; name: string };

export interface FoundQuote {
  text: string;
  mark: QuoteMark;
  span: QuoteSpan;
  speaker: SpeakerRef | null;
  fragment: boolean;
  qualifier: string | null;
  negated: boolean;
  /** The quotation is all its sentence holds, but for marks and a full stop. */
  standsAlone: boolean;
}

/** A quotation of this many words or fewer is a fragment inside someone else's sentence. */
const FRAGMENT_MAX_WORDS = 5;

// Case-sensitive: the verbs are lower case, so "The United States" never reads as "states".
const VERB_IN_TEXT = new RegExp(`\\b(?:${SPEECH_VERB})\\b`, 'g');
/**
 * A verb of saying that takes a clause, right before a name with any title between: "stating
 * President …" (what follows is said about the name, not by it; "mocked X's "…"" stays X's).
 */
const VERB_RIGHT_BEFORE =
  /\b(?:say|says|said|saying|state|states|stated|stating|add|adds|added|adding|argue|argues|argued|arguing|claim|claims|claimed|claiming|insist|insists|insisted|insisting|write|writes|wrote|writing)\s+(?:that\s+)?(?:(?:the\s+)?\p{Lu}[\p{L}.'’-]*\s+){0,3}$/u;
/** A clause that opens with a speech verb (after an adverb): "told Discover Magazine …". */
const VERB_AT_START = new RegExp(`^\\s*(?:\\p{Ll}+ly\\s+)?(?:${SPEECH_VERB})\\b`, 'u');
const AFTER_SUBJECT_VERB = new RegExp(
  // The subject may carry an age: `…," Hidalgo, 59, told reporters`, or a long title: `…," Hong
  // Kong director of Amnesty International Man-kei Tam said`.
  `^[\\s,]*((?:[\\p{L}.'’-]+\\s+){0,9}?|(?:[\\p{L}.'’-]+\\s+){0,6}?[\\p{L}.'’-]+(?=,\\s*\\d{1,3},))(?:,\\s*\\d{1,3},\\s+)?(?:${SPEECH_VERB})\\b`,
  'u',
);
/**
 * An attribution right after the quotation: `…", wrote Elizabeth Warren` or `…," Sessions said`.
 * A participle ("…" referring to …) is no attribution.
 */
const ATTRIBUTION_AFTER = new RegExp(
  `^["”’']?,?\\s+(?:(?:${SPEECH_VERB})\\s+\\p{Lu}|(?:\\p{Lu}[\\p{L}.'’-]*\\s+){1,4}(?:${SPEECH_VERB})\\b)`,
  'u',
);
/** "…," read a statement from the agency: a document's words, after them. */
const READ_DOCUMENT = String.raw`reads?(?=\s+(?:an?|the)\s+(?:[\p{Ll}-]+\s+)?(?:statement|letter|message|post|tweet|release|note|notice)\b)`;
/** A subject and its appositive between commas, then the verb, right after the words. */
const AFTER_APPOSITIVE_VERB = new RegExp(
  `^["”’']?,?\\s+([^,;"“”]{2,60}?),\\s+([^,;"“”]{2,80}?),\\s+(?:${SPEECH_VERB})\\b`,
  'u',
);
const AFTER_VERB_SUBJECT = new RegExp(
  `^[\\s,]*(?:${SPEECH_VERB}|${READ_DOCUMENT})\\s+(.+?)(?=[,.;]|$)`,
  'u',
);
const PRONOUN = /^(he|she|they|it|him|her|them)$/i;
// Not the WHO: an organisation's initials are no relative pronoun.
const RELATIVE_PRONOUN = /^(?:[Ww]ho|[Ww]hich|[Tt]hat)$/;
/** A relative pronoun ending a phrase, before the verb it is the subject of ("the WHO" is none). */
const TRAILING_RELATIVE_PRONOUN = /\s(who|which)$/;
const POSSESSIVE_PRONOUN = /^(his|her|their|its)$/i;

/** Head nouns of speakers that are organisations or described people, not named persons. */
const SPEAKER_HEADS =
  'chairm[ae]n|chairwom[ae]n|chairpersons?|ceo|founders?|gunm[ae]n|suspects?|captain|coach|managers?|team|groups?|coalitions?|alliances?|movements?|charit(?:y|ies)|television|radio|broadcaster|executive|chief|leaders?|head|director|commissioners?|ministers?|governors?|mayors?|ambassadors?|defendants?|plaintiffs?|prosecution|defen[cs]e|persons?|officials?|residents?|witness(?:es)?|activists?|demonstrators?|doctors?|scientists?|researchers?|voters?|supporters?|opponents?|students?|workers?|survivors?|observers?|economists?|historians?|citizens?|organi[sz]ers?|journalists?|authorities|spokes(?:man|woman|person|people)|aides?|sources?|advis[eo]rs?|lawyers?|attorneys?|staffers?|employees?|officers?|members?|lawmakers?|legislators?|senators?|reporters?|analysts?|experts?|critics?|commentators?|diplomats?|prosecutors?|investigators?|judges?|justices?|whistleblowers?|protesters?|democrats?|republicans?|scholars?|professors?|academics?|insiders?|reps?|representatives?|friends?|pals?|relatives?|neighbou?rs?|famil(?:y|ies)|couples?|parents?|mothers?|fathers?|widows?|victims?|jurors?|secretar(?:y|ies)|statement|report|memo|letter|complaint|lawsuit|indictment|ruling|opinion|order|House|Department|Kremlin|Pentagon|Ministry|Administration|administration|Committee|committee|Office|Agency|Bureau|Court|court|Government|government|Embassy|Commission|Council|campaign|Campaign|Service|Senate|Congress|party|Party|company|network|newspaper|Times|Post|Journal|Herald|Tribune|Guardian|Telegraph|Gazette|Magazine|News|Press|union|Union|Organization|organization|Association|association|Federation|Institute|Foundation|police|Police|army|Army|military|Navy|Force|clubs?|firms?|airlines?|carriers?|manufacturers?|retailers?|banks?|hospitals?|schools?|universit(?:y|ies)|colleges?|regulators?|watchdogs?|operators?|owners?|museums?|palace|church|diocese|delegations?|consulates?|agency|agencies|league|organi[sz]ations?|councils?|authority|MPs?|MEPs?|councill?ors?|soldiers?|troops|pilots?|nurses?|paramedics?|firefighters?|rescuers?|medics?|fans?|users?|customers?|passengers?|shoppers?|athletes?|players?';
/**
 * What follows a speaker's head noun: "a spokesman for the ministry", "officials in Beijing",
 * "a source close to the couple", "a protester using the pseudonym Katya".
 */
const POSTMODIFIER = `(?:\\s+(?:of|for|to|at|in|from|with|close to|familiar with|near|inside)\\s+(?:the\\s+)?(?:[\\p{L}'’.-]+\\s+){0,5}?[\\p{L}'’.-]+|\\s+(?:named|identified (?:only )?as|known as|using the (?:pseudonym|name))\\s+(?:[\\p{L}'’.-]+\\s+){0,2}[\\p{L}'’.-]+)?`;
/** Described speakers and organisations: "A White House official", "The Trump administration". */
const DESCRIBED = new RegExp(
  `^(?:a|an|the|one|two|three|four|five|six|seven|eight|nine|ten|dozens of|hundreds of|\\d+|several|some|many|other|its)\\s+(?:(?!(?:against|out|to|for|with|in|on|at|by|from|that|who|which)\\s)[\\p{L}'’.-]+\\s+){0,5}?(?:${SPEAKER_HEADS})${POSTMODIFIER}$`,
  'iu',
);
/**
 * Plural speakers need no determiner: "Commentators", "Republican lawyers", "Democrats". Only
 * the plural heads above count, with either case of first letter (case matters elsewhere: a
 * surname such as "Sessions" is no plural).
 */
const DESCRIBED_PLURAL = new RegExp(
  `^(?:(?!(?:${SPEECH_VERB}|met|meets|urged|urges)\\s)[\\p{L}'’-]+\\s+){0,3}?(?:${SPEAKER_HEADS.split(
    '|',
  )
    .filter((head) => head.endsWith('s?'))
    .map((head) => `[${head.charAt(0).toUpperCase()}${head.charAt(0)}]${head.slice(1, -2)}s`)
    .join(
      '|',
    )}|spokespeople|[Pp]eople(?=\\s+familiar\\s)|Democrats|Republicans|[Pp]olice|[Aa]uthorities|[Ww]itnesses)${POSTMODIFIER}$`,
  'u',
);
/** "President Trump's legal team", "The Boy Scouts' chief executive": someone's people. */
const OWNED_SPEAKER = new RegExp(
  `^(?:the\\s+)?(?:[\\p{Lu}][\\p{L}.'’-]*\\s+){0,3}[\\p{Lu}][\\p{L}.-]*['’]s?\\s+(?:[\\p{Ll}-]+\\s+){0,2}(?:${SPEAKER_HEADS})$`,
  'iu',
);
/** "U.S. military", "Iranian officials", "Iranian state television": capitalised modifiers and a head. */
const BARE_ORGANISATION = new RegExp(
  `^(?:[\\p{Lu}][\\p{L}.'’-]*\\s+){1,4}(?:(?:state|national|public|official|foreign|defence|defense|interior)\\s+){0,2}(?:${SPEAKER_HEADS}|media|military|ministry|state media|spokesman|spokeswoman)$`,
  'u',
);
/** A document named with its author: "a statement from the Pentagon". */
const AUTHORED_DOCUMENT =
  /^(?:an?|the)\s+(?:[\p{Ll}-]+\s+)?(?:statement|report|letter|memo|post|tweet|release|press release|message|editorial|filing|complaint|ruling)\s+(?:(?:released|issued|posted|published|sent|signed|put out)\s+)?(?:from|by|of)\s+(.+)$/u;
/** Where an owner publishes its words: "The WHO's website", "Trump's Twitter account". */
const OWNED_CHANNEL =
  /^(?:the\s+)?(.+?)['’]s?\s+(?:official\s+)?(?:(?:twitter|instagram|facebook)\s+)?(?:website|web\s+site|site|account|blog|page|channel|feed)$/iu;
/** Words saying what kind of organisation an acronym names: "state news agency KCNA". */
const ORGANISATION_KIND =
  /\b(?:agency|news|television|radio|broadcaster|newspaper|party|group|union|ministry|militia|company|firm|bank|council|commission)\b/i;
/** A role one person holds at a time: "the president", "the attorney general". */
const PERSON_ROLE =
  /^the\s+(president|vice president|first lady|attorney general|secretary of state|secretary of defense|defense secretary|press secretary|national security advis[eo]r|chief of staff|speaker|house speaker|prime minister|chancellor|pope|king|queen|governor|mayor)$/i;
/** An organisation named by its initials: "NATO", "the ABA", "the FBI". */
const ACRONYM = /^(?:[Tt]he\s+)?\p{Lu}[\p{Lu}.&]{1,7}$/u;
/**
 * Verbs that hand their subject on to the speech verb after them: "She went on to say",
 * "He would later write", "They had said".
 */
const CATENATIVE_END =
  /\s+(?:(?:went|goes|go|going)\s+on\s+to|(?:continued|continues|proceeded|proceeds|wanted|wants|tried|tries|appeared|appears|seemed|seems|decided|decides|chose|chooses|used)\s+to|(?:was|were|is|are)\s+quick\s+to|would|will|could|can|did|does|do|had|has|have|may|might|must|should)$/i;
/**
 * The last words of a phrase, where TRAILING_ADVERBS is applied: on a whole long phrase the
 * anchored pattern is retried from every word, which is quadratic.
 */
const TRAILING_ADVERBS_NEAR_END = /.{0,80}$/su;
/** Words that may stand between a clause break and a verb whose subject is the sentence's. */
const NO_SUBJECT =
  /^(?:(?:and|but|or|while|then|also|again|further|later|even|before|after|thereby|despite|by|without|when|in|instead of|\p{Ll}+ly)\s*)*$/iu;
/** "with" and a short subject right before a participle: "with Twitter citing", "with the
 * White House saying". */
const WITH_SUBJECT = /\bwith\s+((?:[^\s,;:]+\s+){1,6})$/i;
/** A capitalised name of one to four words, after an optional "the": "Twitter", "the Kremlin". */
const CAPITALISED_SUBJECT = /^(?:the\s+)?((?:\p{Lu}[\p{L}'’.&-]*\s+){1,4})$/u;
/**
 * A participle phrase joined by "and" to the participle that speaks ("…, reaffirming the U.S.
 * commitment to NATO and citing "severe" options"): both are the main clause's.
 */
const COORDINATED_PARTICIPLE = /^\p{Ll}+ing\b[^,;:"“”]{0,160}\band\s*$/u;
/** Prepositions, for the patterns below. */
const PREPOSITION_WORDS =
  'to|with|of|by|for|from|against|about|at|on|in|into|over|under|between|among|like|than|toward|towards|via|per|including';
/** A name right after these is an object, not the subject: "appointed by President Bush". */
const PREPOSITION_BEFORE = new RegExp(
  `\\b(?:${PREPOSITION_WORDS}|asks?|asked|tells?|told|urges?|urged|advises?|advised)\\s+(?:the\\s+|then-|former\\s+)?(?:[\\p{Lu}][\\p{L}.'’-]*\\s+){0,4}$`,
  'u',
);
/** A preposition, as a word of its own. */
const PREPOSITION = new RegExp(`^(?:${PREPOSITION_WORDS})$`, 'i');
/** A title with a preposition in it: "Ambassador to Germany", "Minister of Defence". */
const TITLE_WITH_PREPOSITION =
  /\b(?:Ambassador|Secretary|Minister|Director|Envoy|Representative|Governor|Commissioner|Chair(?:man|woman)?|Chief|Head|Mayor|President|Administrator|Attorney General)\s+(?:to|of|for)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}.'’-]*\s+){1,4}$/u;
/**
 * The same in lower case, of an organisation named in full ("Hong Kong director of Amnesty
 * International"); not of an owner ("director of the United States' Centers for …").
 */
const LOWERCASE_TITLE_WITH_PREPOSITION =
  /\b(?:ambassador|secretary|minister|director|envoy|representative|commissioner|chair(?:man|woman)?|chief|head|spokes(?:man|woman|person))\s+(?:to|of|for)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.-]*\s+){1,4}$/u;

/**
 * Whether a name after this text is the object of a preposition ("appointed by President Bush")
 * rather than a name behind its title ("US Ambassador to Germany Richard Grenell").
 */
function afterPreposition(before: string): boolean {
  return (
    PREPOSITION_BEFORE.test(before) &&
    !TITLE_WITH_PREPOSITION.test(before) &&
    !LOWERCASE_TITLE_WITH_PREPOSITION.test(before)
  );
}

/** A statement named by its author: "Rouhani's message that …", "His opening statement is, …". */
/** Nouns for what someone said, right before their words: "Putin's comment that …". */
const STATEMENT_NOUNS =
  'message|statement|tweets?|words|remarks|comments?|claims?|assertion|warning|slogan|testimony|defen[cs]e|insistence|denials?|promises?|pledge|vow|boast|accusations?|allegations?';
/** Those and the nouns for longer pieces, whose words may stand further on: "Rouhani's letter". */
const STATEMENT_OR_PIECE_NOUNS = `${STATEMENT_NOUNS}|letter|post|response|reply|speech|answer|argument|address|op-ed|notice|filing|complaint|memo|email|announcement|release`;
const OWNED_STATEMENT = new RegExp(
  `^.*(?:^|\\s)((?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)(?=\\s)|\\S+?(?=['’]))(?:['’]s?)?\\s+(?:(?:[\\p{Ll}-]+|\\p{Lu}{2,6})\\s+){0,2}(${STATEMENT_OR_PIECE_NOUNS})\\b[^"“”]{0,120}$`,
  'du',
);
/** A statement noun followed by its own predicate, then more words before the quotation. */
const STATEMENT_AS_SUBJECT =
  /^\s+(?:are|is|was|were|will|would|have|has|had|should|must|can|could|may|might)\s+(?![,:]?\s*$)/;
/** `Putin's comment that`, `Trump's words:` right before the quotation. */
const STATEMENT_RIGHT_BEFORE = new RegExp(
  `\\p{L}['’]s?\\s+(?:[\\p{Ll}-]+\\s+)?(?:${STATEMENT_NOUNS})\\s*(?:that\\s+|[:,]\\s*)?$`,
  'u',
);
/** "Some", "Many", and "One of the users", "Some of the residents": a group or one of it. */
/** Capitalised words that may be a name: "Christianity Today", "The Tribune". */
const CAPITALISED_NAME = /^(?:[Tt]he\s+)?(?:\p{Lu}[\p{L}.'’&-]*\s+){0,4}\p{Lu}[\p{L}.'’&-]*$/u;
const QUANTIFIER_SPEAKER =
  /^(?:some|many|several|others|dozens|hundreds|thousands|most|few|(?:one|some|many|several|most|few|two|three|four|five|none|each|all)\s+of\s+(?:the|their|his|her|its|our)\s+[\p{L}'’ -]{2,60})$/iu;
const QUOTED_AS_SAYING = /\bquot(?:es|ed|ing)\s+(.{2,120}?)\s+as\s+saying$/u;
const INTRO_PHRASE =
  /^(?:(?:in|during|at|on|after|before|following|speaking|asked|when|while|later|earlier|meanwhile|also|however|despite|although|though|because|since|amid|upon|until|unlike)\b[^,]{0,200},\s*)/i;
/** A participle clause opening the sentence: "Responding to reporters, Trump said …". */
const INTRO_PARTICIPLE = /^\p{Lu}\p{Ll}+ing\s[^,:]{0,200},\s*/u;
/**
 * A passive verb of saying whose subject is "what": "what was said" is a thing talked about, not
 * words given to anyone ("who was described as "…" by the police" gives them to the agent).
 */
const WHAT_PASSIVE_BEFORE = /\bwhat\s+(?:is|are|was|were|had been|has been)\s+$/i;
const PASSIVE_AUXILIARY_BEFORE = /\b(?:is|are|was|were|be|been|being|get|gets|got)\s+$/i;
/** `a deal described by President Trump as "dumb"`: the agent named before the words. */
const DESCRIBED_BY_AS =
  /\b(?:described|called|labell?ed|dubbed|branded|characteri[sz]ed|termed|denounced|condemned|praised|hailed|criticized|criticised)\s+by\s+([^,;"“”]{2,80}?)\s+as\s*$/u;
/** A verb joined to the one before by "and": `… was perturbed … and complained that`. */
const COORDINATED_VERB = /\b(?:and|but|then|and then|before|after)\s+(?:\p{Ll}+ly\s+)?$/u;
/** A gerund after these modifies the main clause and shares its subject: "…, by saying". */
const GERUND_PREPOSITION = /\b(?:by|while|after|before|when|in|without|upon|through)\s+$/i;
/**
 * A participle this close after another speech verb in the same clause continues it: "The White
 * House releases a statement warning that …", "testifies, saying …".
 */
const CONTINUING_PARTICIPLE_GAP = 40;

/**
 * How far from a quotation its speaker is looked for. Attributions sit next to the quote; the
 * bound keeps a sentence full of quotation marks linear instead of rescanning it for each one.
 */
const SPEAKER_WINDOW = 300;

/** What the sentences before this one say about who is speaking. */
export interface Discourse {
  /** Names mentioned before this sentence in the same source, most recent first, for pronouns. */
  earlier: readonly Mention[];
  /** The subject of the previous sentence, which "he" and "she" most often refer to. */
  previousSubject: SpeakerRef | null;
  /**
   * The speaker of a quotation that ended the previous sentence with its attribution
   * (`"…," he said.`): a sentence that is only a quotation continues those words.
   */
  continuingSpeaker: SpeakerRef | null;
}

export const NO_DISCOURSE: Discourse = {
  earlier: [],
  previousSubject: null,
  continuingSpeaker: null,
};

/** Quotations of a sentence, and what the next sentence needs to know. */
export interface SentenceQuotes {
  quotes: FoundQuote[];
  /**
   * Whom "he" or "she" in the next sentence most likely means: the subject of the sentence's
   * last clause of saying ("Duda said … while Brudziński wrote …. He tweeted" is Brudziński),
   * else its own subject.
   */
  subject: SpeakerRef | null;
  /** Set when the sentence ends with an attributed quotation. */
  endsWithSpeaker: SpeakerRef | null;
  /**
   * The subject when the sentence's main verb is a speech verb ("President Trump says Iran had
   * been targeting …"): a next sentence that is only a quotation goes on with those words.
   */
  speakingSubject: SpeakerRef | null;
}

/** `mentions` are the sentence's name mentions (offsets in the sentence). */
export function findSentenceQuotes(
  sentence: string,
  mentions: readonly Mention[],
  discourse: Discourse = NO_DISCOURSE,
): SentenceQuotes {
  const doubles = findDoubleQuoteSpans(sentence);
  const singles = findSingleQuoteSpans(sentence);
  const spans = [...doubles, ...singles].sort((a, b) => a.open - b.open);
  const context = sentenceContext(sentence, doubles, singles, mentions, discourse);
  const found: FoundQuote[] = [];
  let previousSpeaker: SpeakerRef | null = null;
  // Whether only quotation marks and spaces stand outside the quotations so far.
  let onlyQuotesSoFar = true;
  let previousClose = -1;
  for (const span of spans) {
    onlyQuotesSoFar &&= /^[\s"“‘']*$/.test(sentence.slice(previousClose + 1, span.open));
    previousClose = span.close;
    const inner = sentence.slice(span.open + 1, span.close).trim();
    // The lookbehind keeps a long run of commas inside a quotation from being retried per comma.
    const text = inner.replace(/(?<![,;:])[,;:]+$/, '').trim();
    if (text === '') continue;
    const nested = span.mark === 'single' && insideAny(doubles, span.open);
    const standsAlone =
      onlyQuotesSoFar && !nested && /^[\s"”’'.]*$/.test(sentence.slice(span.close + 1));
    const speaker: SpeakerRef | null =
      (nested ? null : speakerOf(context, span, onlyQuotesSoFar)) ??
      (previousSpeaker !== null && joinedToPrevious(sentence, span, found.at(-1)?.span)
        ? previousSpeaker
        : null) ??
      (standsAlone ? discourse.continuingSpeaker : null);
    if (speaker !== null) previousSpeaker = speaker;
    const qualifier = qualifierOf(sentence, span);
    found.push({
      text,
      mark: span.mark,
      span,
      speaker,
      fragment: text.split(/\s+/).length <= FRAGMENT_MAX_WORDS,
      qualifier: qualifier?.words ?? null,
      negated: qualifier?.negated ?? false,
      standsAlone,
    });
  }
  const last = found.at(-1);
  const endsWithSpeaker =
    last?.speaker != null &&
    !/^[\s"”’'.]*$/.test(sentence.slice(last.span.close + 1)) &&
    AFTER_SUBJECT_VERB.test(sentence.slice(last.span.close + 1, last.span.close + 1 + 80))
      ? last.speaker
      : null;
  return {
    quotes: found,
    subject: laterSpeakingSubject(context) ?? mainSubject(context),
    endsWithSpeaker,
    speakingSubject: speakingSubject(context),
  };
}

/** A clause joined after the main one: "…, while Interior Minister Joachim Brudziński wrote …". */
const LATER_CLAUSE = /(?:,\s*|\s)(?:while|whereas|but|and|;)\s+/g;
/** How far after its conjunction a later clause's speech verb may stand. */
const LATER_SUBJECT_MAX = 80;

/**
 * The person speaking in the last clause of saying that follows the sentence's first speech
 * verb, when there is one: "X said … while Y wrote he had ordered checks" gives Y.
 */
function laterSpeakingSubject(context: SentenceContext): SpeakerRef | null {
  const { sentence } = context;
  context.verbs ??= [...sentence.matchAll(VERB_IN_TEXT)];
  const first = context.verbs[0];
  // A later clause of saying needs a second speech verb.
  if (first === undefined || context.verbs.length < 2) return null;
  let later: SpeakerRef | null = null;
  for (const conjunction of sentence.matchAll(LATER_CLAUSE)) {
    const start = conjunction.index + conjunction[0].length;
    if (conjunction.index <= first.index) continue;
    const verb = context.verbs.find((candidate) => candidate.index > start);
    if (verb === undefined || verb.index - start > LATER_SUBJECT_MAX) continue;
    if (insideAny(context.doubles, start) || insideAny(context.singles, start)) continue;
    const subject = subjectIn(context, start, verb.index);
    if (subject?.kind === 'person') later = subject;
  }
  return later;
}

/** Naming words after a described speaker: "a protester using the pseudonym Katya". */
const NAMED_AS =
  /\s+(?:named|identified (?:only )?as|known as|using the (?:pseudonym|name))\s+(.+)$/iu;

/**
 * A described speaker, capitalised as a name opens; one the text names ("a protester using the
 * pseudonym Katya") by that name, which is what a reader calls them.
 */
function described(phrase: string): SpeakerRef {
  const name = NAMED_AS.exec(phrase)?.[1] ?? phrase;
  return { kind: 'described', name: capitalise(name) };
}

/** The main subject, when the first verb after it is a speech verb. */
function speakingSubject(context: SentenceContext): SpeakerRef | null {
  const subject = mainSubject(context);
  if (subject === null) return null;
  const { sentence } = context;
  const intro =
    INTRO_PHRASE.exec(sentence.slice(0, 200)) ?? INTRO_PARTICIPLE.exec(sentence.slice(0, 200));
  const start = intro === null ? 0 : intro[0].length;
  const firstVerb = context.verbs?.find((verb) => verb.index >= start);
  return firstVerb !== undefined && firstVerb.index <= firstPredicateWord(sentence, start)
    ? subject
    : null;
}

const NEGATION =
  /\b(?:not|never|no|n['’]t|nor|neither|denie[sd]|deny|denying|rejects?|rejected|rejecting|disputes?|disputed|refutes?|refuted|refuting|false(?:ly)?)\b/i;
const AUXILIARY = /^(?:is|are|was|were|be|been|did|does|do|has|have|had|will|would|could|should)$/i;
const HEDGE =
  /\b(?:allegedly|reportedly|supposedly|purportedly|so-called|if|whether|might|may|could|would)\b/i;

/**
 * The words just before a quotation in its clause that deny or hedge it: `were not "misleading."`
 * keeps "were not". Only the last few words count: a "not" earlier in the sentence is about
 * something else.
 */
function qualifierOf(
  sentence: string,
  span: QuoteSpan,
): { words: string; negated: boolean } | null {
  const before = sentence.slice(Math.max(0, span.open - 60), span.open);
  const clause = before.split(/[,;:.!?"“”]/).at(-1) ?? '';
  const words = clause.trim().split(/\s+/).slice(-4).join(' ');
  if (words === '') return null;
  const lastWords = words.split(' ');
  // The qualifier is the run from the first qualifying word to the quotation.
  let first = lastWords.findIndex((word) => NEGATION.test(word) || HEDGE.test(word));
  if (first < 0) return null;
  // "were not", "did not": the auxiliary belongs to the negation.
  if (first > 0 && AUXILIARY.test(lastWords[first - 1] ?? '')) first -= 1;
  const kept = lastWords.slice(first).join(' ');
  return { words: kept, negated: NEGATION.test(kept) };
}

/** A sentence with what attribution needs, each computed once rather than once per quotation. */
interface SentenceContext {
  sentence: string;
  doubles: readonly QuoteSpan[];
  singles: readonly QuoteSpan[];
  mentions: readonly Mention[];
  discourse: Discourse;
  /** Speech verbs in the sentence, in order, found on first use. */
  verbs: RegExpExecArray[] | null;
  /** For each offset, one past the last comma or semicolon at or before it, found on first use. */
  clauseBreaks: Int32Array | null;
  /** The subject of the sentence's main clause, found on first use (undefined: not yet). */
  subject: SpeakerRef | null | undefined;
}

function sentenceContext(
  sentence: string,
  doubles: readonly QuoteSpan[],
  singles: readonly QuoteSpan[],
  mentions: readonly Mention[],
  discourse: Discourse,
): SentenceContext {
  return {
    sentence,
    doubles,
    singles,
    mentions,
    discourse,
    verbs: null,
    clauseBreaks: null,
    subject: undefined,
  };
}

/** `"..." and "..."`: a second quotation continues the first speaker's words. */
function joinedToPrevious(sentence: string, span: QuoteSpan, previous?: QuoteSpan): boolean {
  if (previous === undefined) return false;
  const between = sentence.slice(previous.close + 1, span.open);
  return /^[\s,]*(and|or|but)?\s*$/i.test(between) || ATTRIBUTION_BETWEEN.test(between);
}

/**
 * Only an attribution between two quotations, which splits one statement: `"We stand ready,"
 * tweeted Johnson, "to provide …"` or `"…," Sessions said, "…"`.
 */
const ATTRIBUTION_BETWEEN = new RegExp(
  `^[\\s,]*(?:(?:${SPEECH_VERB})\\s+[^,;:.!?"“”]{1,60}?|[^,;:.!?"“”]{1,60}?\\s(?:${SPEECH_VERB}))[\\s,]*$`,
  'u',
);

/**
 * The subject of the sentence's main clause: the names or the described speaker before its first
 * verb, after an opening phrase such as "During a press conference,". Verbs whose clause has no
 * subject of its own ("…, denounces Iran as…", "…, stating that…") share it.
 */
function mainSubject(context: SentenceContext): SpeakerRef | null {
  if (context.subject !== undefined) return context.subject;
  const { sentence } = context;
  // Settled before the search, so a pronoun subject cannot ask for the subject being sought.
  context.subject = null;
  const intro =
    INTRO_PHRASE.exec(sentence.slice(0, 200)) ?? INTRO_PARTICIPLE.exec(sentence.slice(0, 200));
  const start = intro === null ? 0 : intro[0].length;
  // A quotation right after the opening phrase is someone's words, not the sentence's subject.
  if (/^["“]/.test(sentence.slice(start, start + 1))) return null;
  context.verbs ??= [...sentence.matchAll(VERB_IN_TEXT)];
  const firstVerb = context.verbs.find((verb) => verb.index >= start);
  const predicate = firstPredicateWord(sentence, start);
  const end = Math.min(firstVerb?.index ?? sentence.length, predicate);
  context.subject = end > start ? subjectIn(context, start, end, { mainClause: true }) : null;
  return context.subject;
}

/** Verbs in the plain form a plural subject takes ("members send", "Democrats vote"). */
const PLAIN_VERB = new Set(
  (
    'send resign announce call urge warn sign meet file ask vote argue issue release demand ' +
    'accuse criticize criticise condemn reject agree refuse plan seek join leave quit protest sue ' +
    'write publish submit request express praise blame'
  ).split(' '),
);

/** Common verbs whose past or present form the -s/-ed test misses. */
const IRREGULAR_VERB = new Set(
  (
    'is was were has had did made gave took met went came became began won lost held kept left led ' +
    'sent spent stood thought brought bought caught fought sought taught felt heard knew saw got ran ' +
    'sat set put cut hit let quit read wrote spoke broke chose drove rose stole swore told said ' +
    'say tell speak write'
  ).split(' '),
);

/**
 * Where the predicate of a clause starting at `start` begins: the first lower-case word after a
 * capitalised one that is not part of a title, name or determiner. A cheap stand-in for a parser
 * that is right for the subject–verb order of news summaries.
 */
function firstPredicateWord(sentence: string, start: number): number {
  const words = /[\p{L}'’.-]+/gu;
  words.lastIndex = start;
  let seenCapital = false;
  let pluralHead = false;
  let count = 0;
  for (let match = words.exec(sentence); match !== null; match = words.exec(sentence)) {
    if ((count += 1) > 16) break;
    const word = match[0];
    if (/^\p{Lu}/u.test(word)) {
      seenCapital = true;
      pluralHead ||= /\p{Ll}s$/u.test(word);
      continue;
    }
    if (
      /^(?:of|the|and|de|al|bin|van|von|da|for|to|former|then|acting|new|senior|top)$/.test(word)
    ) {
      continue;
    }
    // "Seven members of the council send …": a plural before "of" heads the subject, and a
    // plain verb after a plural is its predicate.
    const after = sentence.slice(match.index + word.length);
    const beforeOf = /^\s+of\b/.test(after);
    if (
      seenCapital &&
      !beforeOf &&
      !beforeTitledName(after) &&
      (/^\p{Ll}+(?:s|ed)$/u.test(word) ||
        IRREGULAR_VERB.has(word) ||
        (PLAIN_VERB.has(word) && pluralHead))
    ) {
      return match.index;
    }
    pluralHead ||= word.endsWith('s');
  }
  return sentence.length;
}

/**
 * Whether the text after a word goes on with a lower-case title and a name ("secretary Stephanie
 * Grisham"): the word is part of the title ("White House press secretary Stephanie Grisham
 * condemns …"), not a verb.
 */
function beforeTitledName(after: string): boolean {
  const title = /^\s+(\p{Ll}+)\s+\p{Lu}/u.exec(after)?.[1] ?? '';
  return TITLE_HEADS.has(capitalise(title));
}

/** `quoteOpensSentence`: nothing but quotation marks and spaces stands before the quotation. */
function speakerOf(
  context: SentenceContext,
  span: QuoteSpan,
  quoteOpensSentence: boolean,
): SpeakerRef | null {
  const { sentence } = context;
  if (isNamedTerm(sentence, span)) return null;
  // "Asked about Putin's comment that "…", Trump replied": a statement named by its author right
  // before the words outranks an attribution after them, which introduces the next quotation.
  if (STATEMENT_RIGHT_BEFORE.test(sentence.slice(Math.max(0, span.open - 60), span.open))) {
    const owned = ownedStatementSpeaker(context, span);
    if (owned !== null) return owned;
  }
  // `…: "…", wrote Elizabeth Warren`: an attribution right after the words names their speaker
  // more closely than the clause before a colon ("Fellow Democrats were supportive: …").
  if (ATTRIBUTION_AFTER.test(sentence.slice(span.close + 1, span.close + 1 + 80))) {
    const after = speakerAfter(context, span);
    if (after !== null) return after;
  }
  // `AG Jeff Sessions: "..."`, `He introduces his campaign slogan: "..."`
  const colon = colonSubject(sentence, span.open);
  // "Hurley paraphrased Alan Shepard, commenting before launch: "…"": a participle clause before
  // the colon speaks for the sentence's subject, not for the name before its comma.
  if (colon !== null && /^\s*\p{Ll}+ing\b/u.test(sentence.slice(colon.start, colon.end))) {
    const subject = passiveAgent(context, colon.start) ?? mainSubject(context);
    if (subject !== null) return subject;
  }
  if (colon !== null) {
    // "Blackburn, told Discover Magazine the frequency … suggested a deep pattern: "…"": a clause
    // opening with a speech verb speaks for the sentence's subject.
    const opensWithVerb = VERB_AT_START.test(sentence.slice(colon.start, colon.end));
    // "Kurtzer explained the reason to call the OS Rocky Linux: "…"", "A spokesperson for the
    // ministry told reporters: "…"": a speech verb inside the clause ends its subject.
    context.verbs ??= [...sentence.matchAll(VERB_IN_TEXT)];
    const verbInside = context.verbs.find(
      (verb) => verb.index > colon.start && verb.index < colon.end,
    );
    const subject = opensWithVerb
      ? (subjectIn(context, 0, colon.start) ?? mainSubject(context))
      : ((verbInside === undefined ? null : subjectIn(context, colon.start, verbInside.index)) ??
        subjectIn(context, colon.start, colon.end) ??
        (colon.start === 0 ? mainSubject(context) : null));
    if (subject !== null) return subject;
  }
  const according = accordingTo(context, span);
  if (according !== null) return according;
  if (quoteOpensSentence) return speakerAfter(context, span);

  const describedBy = DESCRIBED_BY_AS.exec(sentence.slice(Math.max(0, span.open - 120), span.open));
  if (describedBy !== null) {
    const start =
      Math.max(0, span.open - 120) +
      describedBy.index +
      describedBy[0].indexOf(describedBy[1] ?? '');
    const subject = subjectIn(context, start, start + (describedBy[1] ?? '').length, {
      agent: true,
    });
    if (subject !== null) return subject;
  }
  const owned = ownedStatementSpeaker(context, span);
  if (owned !== null) return owned;
  const passive = passiveSpeaker(context, span);
  if (passive !== null) return passive;

  // `Sessions said that he "..."`: the nearest speech verb before the quotation whose subject
  // is a person or a described speaker.
  context.verbs ??= [...sentence.matchAll(VERB_IN_TEXT)];
  const verbs = context.verbs;
  let next = lastStartingBefore(verbs, span.open);
  for (; next >= 0; next -= 1) {
    const verb = verbs[next];
    if (verb === undefined || verb.index < span.open - SPEAKER_WINDOW) break;
    // Verbs are letters and spaces, so one that starts before the quotation mark ends before it.
    if (insideAny(context.doubles, verb.index) || insideAny(context.singles, verb.index)) continue;
    // "was promised": the subject of a passive verb received the words, it did not say them.
    if (PASSIVE_AUXILIARY_BEFORE.test(sentence.slice(Math.max(0, verb.index - 10), verb.index))) {
      continue;
    }
    context.clauseBreaks ??= clauseBreaksOf(sentence);
    const clauseStart = Math.max(
      context.clauseBreaks[verb.index] ?? 0,
      lastClosing(context.doubles, context.singles, verb.index),
    );
    // "The Post quotes a White House official as saying that …": the one quoted speaks.
    const quoted = QUOTED_AS_SAYING.exec(
      sentence.slice(Math.max(0, verb.index - 160), verb.index + verb[0].length),
    );
    if (quoted !== null && verb[0] === 'saying') {
      const phraseStart =
        verb.index - (quoted[0].length - verb[0].length) + quoted[0].indexOf(quoted[1] ?? '');
      const subject = subjectIn(context, phraseStart, phraseStart + (quoted[1] ?? '').length);
      if (subject !== null) return subject;
    }
    // "X was perturbed at Y … and complained that": the coordinated verb shares X.
    if (
      !verb[0].endsWith('ing') &&
      COORDINATED_VERB.test(sentence.slice(Math.max(clauseStart, verb.index - 24), verb.index))
    ) {
      const subject = mainSubject(context);
      if (subject !== null) return subject;
    }
    if (verb[0].endsWith('ing')) {
      if (GERUND_PREPOSITION.test(sentence.slice(Math.max(0, verb.index - 12), verb.index))) {
        const subject = passiveAgent(context, verb.index) ?? mainSubject(context);
        if (subject !== null) return subject;
      }
      const previousVerb = verbs[next - 1];
      if (
        previousVerb !== undefined &&
        previousVerb.index >= clauseStart &&
        !PASSIVE_AUXILIARY_BEFORE.test(
          sentence.slice(Math.max(0, previousVerb.index - 10), previousVerb.index),
        ) &&
        verb.index - (previousVerb.index + previousVerb[0].length) <= CONTINUING_PARTICIPLE_GAP &&
        !/[;:"“”]/.test(sentence.slice(previousVerb.index, verb.index))
      ) {
        continue;
      }
    }
    // A participle ("…, calling it", "…, stating that") speaks for the sentence's subject, or
    // for the agent of a passive main clause ("… is blocked by Judge X, stating that").
    const beforeVerb = sentence.slice(clauseStart, verb.index).trim();
    // "… at his golf club outside Washington, D.C. saying, "…"": the state after a town's comma
    // ends the place, not a clause with a subject of its own.
    const stateOfPlace = isRegionName(beforeVerb.replace(/,$/, ''));
    if (
      verb[0].endsWith('ing') &&
      (NO_SUBJECT.test(beforeVerb) || COORDINATED_PARTICIPLE.test(beforeVerb) || stateOfPlace)
    ) {
      const subject = passiveAgent(context, verb.index) ?? mainSubject(context);
      if (subject !== null) return subject;
      continue;
    }
    // "…, with Sarah Sanders saying that", "… is suspended with Twitter citing …": the few
    // words after "with" are the participle's subject.
    const absolute = WITH_SUBJECT.exec(sentence.slice(clauseStart, verb.index));
    if (verb[0].endsWith('ing') && absolute !== null) {
      const from = clauseStart + absolute.index + absolute[0].length - (absolute[1] ?? '').length;
      const subject = subjectIn(context, from, verb.index);
      if (subject !== null) return subject;
      // The construction says the name is a subject even when nothing else knows it: "Twitter".
      const name = CAPITALISED_SUBJECT.exec(absolute[1] ?? '');
      if (name !== null) return { kind: 'described', name: (name[1] ?? '').trim() };
    }
    const subject = subjectIn(context, clauseStart, verb.index);
    if (subject !== null) return subject;
  }
  return speakerAfter(context, span) ?? mainClauseSpeaker(context, span);
}

/**
 * With no speech verb at all, words quoted in a sentence are its subject's ("Judge Ann Donnelly
 * granted the request … on grounds they would face "imminent danger"", "The Boy Scouts' chief
 * executive issues an apology for the speech's "political rhetoric""): news summaries quote the
 * subject's own words that way. Titles and names in quotation marks were ruled out before this.
 */
function mainClauseSpeaker(context: SentenceContext, span: QuoteSpan): SpeakerRef | null {
  const { sentence } = context;
  context.verbs ??= [...sentence.matchAll(VERB_IN_TEXT)];
  // "… about what was said … and his efforts to "play it down"": what was said is talked about,
  // so the words are left to the subject.
  const talkedAbout = (verb: RegExpExecArray): boolean =>
    WHAT_PASSIVE_BEFORE.test(sentence.slice(Math.max(0, verb.index - 16), verb.index));
  const agent = relativeClauseAgent(context, span.open);
  if (agent !== null) return agent;
  if (context.verbs.some((verb) => verb.index < span.open && !talkedAbout(verb))) return null;
  return mainSubject(context);
}

/**
 * "Trump's remarks are criticized by some Democratic senators who thought his "retraction" was
 * "too late"": words in a relative clause on a passive verb's agent are the agent's.
 */
function relativeClauseAgent(context: SentenceContext, before: number): SpeakerRef | null {
  return agentEndingBefore(context, before, PASSIVE_AGENT_THEN_WHO);
}

/**
 * Quoted words that name something rather than report what someone said: a title ("Day of
 * Prayer"), words after "the name"/"entitled", or words that modify the noun after them (its
 * own "zero tolerance" policy). Scare quotes after an article are not ruled out: in news
 * summaries "a "witch hunt"" is nearly always the subject's own words.
 */
function isNamedTerm(sentence: string, span: QuoteSpan): boolean {
  const before = sentence.slice(Math.max(0, span.open - 80), span.open);
  if (isTitleOfSomething(sentence, span)) return true;
  const after = sentence.slice(span.close + 1, span.close + 20);
  if (
    sentence
      .slice(span.open + 1, span.close)
      .trim()
      .split(/\s+/).length <= 3 &&
    NAMED_THING_AFTER.test(after)
  ) {
    return true;
  }
  // "the name 'Pocahontas'", "a bill entitled "The Raise Act"": a name, whoever uses it; but
  // whoever coins or uses a term says it ("Conway coins the term 'alternative facts'").
  const introduced =
    /\b(?:the|a|an)\s+(?:name|term|word|phrase|hashtag|title)\s+$|\b(?:entitled|titled)\s+$/i.test(
      before,
    );
  return (
    introduced &&
    !/\b(?:coins?|coined|coining|uses?|used|using|invokes?|invoked|adopts?|adopted)\s+(?:the|a|an)\s+\w+\s+$/i.test(
      before,
    )
  );
}

/** Things whose names stand in quotation marks right after them: `an executive order, "Promoting …"`. */
const NAMED_THING =
  /\b(?:order|bill|act|law|declaration|proclamation|memorandum|report|book|policy|program(?:me)?|campaign|operation|initiative|plan|event|day|week|month|award|prize|festival|rally|summit|show|film|album|song|hashtag|website|page)\s*[,:]?\s*$/i;
const NAMED_THING_AFTER =
  /^\s+(?:policy|policies|program|bill|law|order|plan|initiative|campaign|act|dossier|rule|doctrine|strategy|deal|agreement|movement|theory)\b/i;
/** Small words a title leaves in lower case. */
const TITLE_SMALL_WORDS = /^(?:of|in|on|at|to|for|and|or|the|a|an|by|with|from|as)$/;

/**
 * A quotation that is the title of something: in Title Case with two or more words and no
 * sentence ending ("Promoting Agriculture and Rural Prosperity in America", "Day of Prayer"), or
 * starting with a capital right after the noun it names (`an executive order, "Promoting …"`).
 */
function isTitleOfSomething(sentence: string, span: QuoteSpan): boolean {
  // "on "State of the Union."": the full stop ending the sentence stands inside the marks.
  const text = sentence
    .slice(span.open + 1, span.close)
    .trim()
    .replace(/(?<=\p{L})\.$/u, '');
  const words = text.split(/\s+/);
  const titleCase =
    // Two capitalised words are as often a coined nickname ("Rocket Man") as a title.
    words.length >= 3 &&
    /^[\p{Lu}\d]/u.test(text) &&
    !/[.!?,;]$/.test(text) &&
    words.every((word) => /^[\p{Lu}\d]/u.test(word) || TITLE_SMALL_WORDS.test(word)) &&
    !/^(?:I|We|You|He|She|They|It)\b/.test(text);
  if (titleCase) return true;
  // A name begins with a capital ("the report "Assessing Russian Activities""); words in lower
  // case after such a noun are what it says ("a report … "totally exonerates" him").
  return (
    /^[\p{Lu}\d]/u.test(text) &&
    NAMED_THING.test(sentence.slice(Math.max(0, span.open - 40), span.open))
  );
}

/** `"…," according to Samira Amrouche` or `According to the BBC, "…"`. */
function accordingTo(context: SentenceContext, span: QuoteSpan): SpeakerRef | null {
  const { sentence } = context;
  const after = sentence.slice(span.close + 1, span.close + 1 + 120);
  // "according to a tweet on Monday by Mike Pompeo": the author after "by".
  const following =
    /^[\s,]*according to\s+(?:an?|the)\s+(?:tweet|statement|post|letter|release|report)\b[^,;]{0,40}?\s+by\s+/i.exec(
      after,
    ) ?? /^[\s,]*according to\s+/i.exec(after);
  if (following !== null) {
    const start = span.close + 1 + following[0].length;
    const end = clauseEnd(sentence, start);
    return subjectIn(context, start, end);
  }
  // "in the words of Judge Amy Berman Jackson, "…"": the words are the one named.
  const wordsOf = /\bin the words of\s+([^,;]{1,100}?),?\s*$/i.exec(
    sentence.slice(Math.max(0, span.open - 140), span.open),
  );
  if (wordsOf !== null) {
    const start =
      Math.max(0, span.open - 140) + wordsOf.index + wordsOf[0].indexOf(wordsOf[1] ?? '');
    const subject = subjectIn(context, start, start + (wordsOf[1] ?? '').length, { agent: true });
    if (subject !== null) return subject;
  }
  const leading = /^\s*(?:according to|per)\s+([^,]{1,100}),/i.exec(sentence.slice(0, span.open));
  // "According to Comey's statement, … Trump speaks to Comey …, saying "…"": the source reports
  // what the main clause's speaker said; the speech verb decides.
  const reportedSpeech =
    leading !== null &&
    [...sentence.slice(leading[0].length, span.open).matchAll(VERB_IN_TEXT)].length > 0;
  if (leading !== null && !reportedSpeech) {
    const start = leading[0].length - 1 - (leading[1] ?? '').length;
    return subjectIn(context, start, start + (leading[1] ?? '').length);
  }
  return null;
}

/** Where the clause starting at `start` ends: the next comma, semicolon or full stop. */
function clauseEnd(sentence: string, start: number): number {
  const match = /[,;]|\.(?:\s|$)|$/.exec(sentence.slice(start, start + 120));
  return start + (match?.index ?? 0);
}

/** "The ban is blocked by U.S. District Judge X, stating …": the agent before the participle. */
function passiveAgent(context: SentenceContext, before: number): SpeakerRef | null {
  return agentEndingBefore(context, before, PASSIVE_AGENT_THEN_COMMA);
}

/** A passive verb and its agent, then a comma: "… is blocked by Judge X, ". */
const PASSIVE_AGENT_THEN_COMMA =
  /\b(?:is|are|was|were|been)\s+\p{Ll}+ed\s+by\s+([^,;]{2,100}),\s*$/u;
/** A passive verb and its agent, then a relative clause: "… criticized by senators who thought ". */
const PASSIVE_AGENT_THEN_WHO =
  /\b(?:is|are|was|were|been)\s+\p{Ll}+ed\s+by\s+([^,;:"“”]{2,100}?),?\s+who\s+[^,;:]*$/u;

/**
 * The agent `pattern` (its first group) finds in the words ending at `before`, read as a speaker:
 * the one passive-agent search behind `passiveAgent` and `relativeClauseAgent`.
 */
function agentEndingBefore(
  context: SentenceContext,
  before: number,
  pattern: RegExp,
): SpeakerRef | null {
  const clause = context.sentence.slice(Math.max(0, before - 200), before);
  const match = pattern.exec(clause);
  if (match === null) return null;
  const start = before - clause.length + match.index + match[0].indexOf(match[1] ?? '');
  return subjectIn(context, start, start + (match[1] ?? '').length, { agent: true });
}

/** `Rouhani's message that war would be "…"`, `His opening statement is, "…"`. */
/** A noun for a saying after its author's name, right before the words: " quote that ". */
const NAMED_SAYING_AFTER =
  /^\s+(?:quote|quotation|line|saying|adage|maxim|motto|dictum)\s*(?:that\s+|[:,]\s*)?$/u;

function ownedStatementSpeaker(context: SentenceContext, span: QuoteSpan): SpeakerRef | null {
  const { sentence, mentions } = context;
  // "Kellyanne Conway's "alternative facts"": the words belong to the name before them, unless
  // a speech verb introduces the name ("resigns, stating President Trump's "comments …"").
  const owner = mentions.find(
    (mention) =>
      mention.end < span.open &&
      /^['’]s?\s*$/.test(sentence.slice(mention.end, span.open)) &&
      !VERB_RIGHT_BEFORE.test(sentence.slice(Math.max(0, mention.start - 40), mention.start)),
  );
  if (owner !== undefined) return { kind: 'person', candidates: [owner] };
  // "citing the Chuck Jones quote that "…"": a name before the noun for a saying is its author.
  const author = mentions.find(
    (mention) =>
      mention.end < span.open && NAMED_SAYING_AFTER.test(sentence.slice(mention.end, span.open)),
  );
  if (author !== undefined) return { kind: 'person', candidates: [author] };
  const start = Math.max(0, span.open - 160);
  const before = sentence.slice(start, span.open);
  const match = OWNED_STATEMENT.exec(before);
  if (match === null) return null;
  // "Trump's tweets are to be "considered …"": the statement is the subject of a predicate
  // about it, not the words quoted ("His opening statement is, "…"" still is).
  const nounEnd = start + (match.indices?.[2]?.[1] ?? 0);
  if (STATEMENT_AS_SUBJECT.test(sentence.slice(nounEnd, span.open))) return null;
  const ownerWord = match[1] ?? '';
  const ownerStart = start + (match.indices?.[1]?.[0] ?? 0);
  const ownerEnd = ownerStart + ownerWord.length;
  if (POSSESSIVE_PRONOUN.test(ownerWord)) return pronounReferent(context, ownerStart);
  if (!/['’]s?\s/.test(sentence.slice(ownerEnd, ownerEnd + 3))) return null;
  const mention = mentions.find((candidate) => candidate.end === ownerEnd);
  if (mention !== undefined) return { kind: 'person', candidates: [mention] };
  // "RIAA's DMCA notice alleged …": an organisation's initials own its statement.
  return ACRONYM.test(ownerWord) ? { kind: 'described', name: ownerWord } : null;
}

/** `rated 'not qualified' by the ABA`: a passive speech verb names its speaker after "by". */
function passiveSpeaker(context: SentenceContext, span: QuoteSpan): SpeakerRef | null {
  const { sentence } = context;
  if (!PASSIVE_PARTICIPLE.test(sentence.slice(Math.max(0, span.open - 40), span.open))) return null;
  const after = sentence.slice(span.close + 1, span.close + 1 + SPEAKER_WINDOW);
  const by =
    /^[\s,]*by\s+((?:the\s+)?[\p{Lu}][\p{L}.'’&-]*(?:\s+(?:of\s+|the\s+)?[\p{Lu}][\p{L}.'’&-]*){0,6})/u.exec(
      after,
    );
  if (by === null) return describedAgent(after);
  const name = (by[1] ?? '').replace(/\.$/, '');
  const start = span.close + 1 + (by[0].length - (by[1] ?? '').length);
  return subjectIn(context, start, start + name.length);
}

/** A described agent after "by": `described as "knife-obsessed" by the police`. */
function describedAgent(after: string): SpeakerRef | null {
  const phrase = /^[\s,]*by\s+([^,.;:"“”()]{1,80})/u.exec(after)?.[1] ?? '';
  const words = phrase.trim().split(/\s+/);
  for (let take = Math.min(6, words.length); take >= 1; take -= 1) {
    const agent = words.slice(0, take).join(' ');
    if (DESCRIBED.test(agent) || DESCRIBED_PLURAL.test(agent)) return described(agent);
  }
  return null;
}

/** What "he", "she" or "his" refers to: a name earlier in the sentence, else the last subject. */
function pronounReferent(context: SentenceContext, index: number): SpeakerRef | null {
  const { sentence } = context;
  const singular = /^(?:he|she|his|her)\b/i.test(sentence.slice(index, index + 4));
  // "X and Y are attacked by President Z as he demands": "he" is the agent, who is one person,
  // not the two of the subject.
  const agent = singular ? passiveAgentBefore(context, index) : null;
  if (agent !== null) return agent;
  const subject = index > 0 ? mainSubject(context) : null;
  if (subject !== null && subject.kind === 'person' && subject.candidates[0] !== undefined) {
    const plural = subject.candidates.length > 1 && /\band\b/.test(subjectSpan(context, subject));
    if (subject.candidates[0].end <= index && !(singular && plural)) return subject;
  }
  // "They" and "it" for a body or a group the sentence opens with: "The PGA announced … as they
  // say it would be "detrimental …"", not the person named since ("President Trump's course").
  if (!singular && subject?.kind === 'described') return subject;
  const { previousSubject, earlier } = context.discourse;
  // "He" and "she" are people: an organisation or a group as the last subject is not whom they
  // mean ("According to Frieden, the CDC … . He said").
  const personLike =
    previousSubject?.kind === 'person' ||
    previousSubject?.kind === 'role' ||
    (previousSubject?.kind === 'described' && isOnePerson(previousSubject.name));
  // "She" is not a Brendan, nor "he" a Denise, when the given name tells.
  const gender = pronounGender(sentence.slice(index, index + 4));
  const agrees = (mention: Mention): boolean => {
    const known = genderOfGivenName(mention.name.split(' ')[0] ?? '');
    return gender === undefined || known === undefined || known === gender;
  };
  const subjectAgrees =
    previousSubject?.kind !== 'person' || previousSubject.candidates.slice(0, 1).every(agrees);
  if (previousSubject !== null && (personLike || !singular) && subjectAgrees) {
    return previousSubject;
  }
  const before = context.mentions.filter((mention) => mention.end <= index).reverse();
  const candidates = [...before, ...earlier].filter(agrees);
  return candidates.length === 0 ? null : { kind: 'person', candidates };
}

/** The gender a pronoun gives its referent: "he", "his" male, "she", "her" female. */
function pronounGender(word: string): Gender | undefined {
  if (/^(?:he|his|him)\b/i.test(word)) return 'male';
  if (/^(?:she|her)\b/i.test(word)) return 'female';
  return undefined;
}

/**
 * Head nouns of a described speaker who is one person ("The head of the internal investigators",
 * "A White House official"), whom "he" or "she" can mean, unlike an organisation or a group.
 */
const ONE_PERSON_HEAD =
  /^(?:(?:an?|the|one)\s+)?(?:[\p{L}'’.-]+\s+){0,4}?(?:head|chief|spokes(?:man|woman|person)|director|judge|official|officer|minister|lawyer|attorney|witness|resident|executive|leader|chair(?:man|woman|person)?|secretary|commander|doctor|nurse|teacher|student|mother|father|woman|man|girl|boy|victim|survivor|reporter|journalist|analyst|expert|prosecutor|investigator|commissioner|manager|founder|owner|employee|worker|aide|advis[eo]r|source|member|friend|neighbou?r|relative|activist|protester|organi[sz]er)(?:\s+(?:of|for|at|in|from|with|to)\b.*)?$/iu;

function isOnePerson(described: string): boolean {
  return ONE_PERSON_HEAD.test(described.trim());
}

/** The text from a subject's first name to its last: "Sonia Sotomayor and Ruth Bader Ginsburg". */
function subjectSpan(context: SentenceContext, subject: SpeakerRef & { kind: 'person' }): string {
  const first = subject.candidates[0];
  const last = subject.candidates.at(-1);
  return first === undefined || last === undefined
    ? ''
    : context.sentence.slice(first.start, Math.max(first.end, last.end));
}

const PASSIVE_BY = /\b(?:is|are|was|were|been)\s+\p{Ll}+ed\b[^,;]{0,80}?\bby\s+/gu;

/** The agent of a passive main clause ("are attacked on Twitter by President Trump") before `index`. */
function passiveAgentBefore(context: SentenceContext, index: number): SpeakerRef | null {
  const clause = context.sentence.slice(Math.max(0, index - 200), index);
  const passive = [...clause.matchAll(PASSIVE_BY)].at(-1);
  if (passive === undefined) return null;
  const agentStart = index - clause.length + passive.index + passive[0].length;
  const agent = context.mentions.find(
    (mention) =>
      mention.start >= agentStart && mention.end <= index && mention.start - agentStart <= 12,
  );
  return agent === undefined ? null : { kind: 'person', candidates: [agent] };
}

/**
 * The subject before a colon that ends the text before the quotation, as
 * `/([^.,;:"“”]*?)\s*:\s*$/` finds it, scanning back from the quotation instead of trying every
 * start offset (that regex is quadratic on a long sentence).
 */
function colonSubject(sentence: string, end: number): { start: number; end: number } | null {
  let colon = end - 1;
  while (colon >= 0 && /\s/.test(sentence.charAt(colon))) colon -= 1;
  if (colon < 0 || sentence.charAt(colon) !== ':') return null;
  let start = colon;
  while (start > 0 && !isClauseBoundary(sentence, start - 1)) start -= 1;
  let subjectEnd = colon;
  while (subjectEnd > start && /\s/.test(sentence.charAt(subjectEnd - 1))) subjectEnd -= 1;
  return { start, end: subjectEnd };
}

/** Abbreviated titles, whose dot ends no clause: "with Pres. Trump". */
const TITLE_ABBREVIATION_END =
  /(?:^|[^\p{L}])(?:Pres|Sen|Sens|Rep|Reps|Gov|Gen|Lt|Col|Sgt|Capt|Adm|Dr|Mr|Mrs|Ms|Jr|Sr|St|Amb|Sec|Supt|Prof|Rev)$/u;

/** Punctuation that ends a clause; the dots of "U.S.", "p.m." or "Sen." do not. */
function isClauseBoundary(sentence: string, index: number): boolean {
  const char = sentence.charAt(index);
  if (char !== '.') return /[,;:"“”]/.test(char);
  const before = sentence.slice(Math.max(0, index - 8), index);
  return !/(?:^|[^\p{L}])\p{L}(?:\.\p{L})*$/u.test(before) && !TITLE_ABBREVIATION_END.test(before);
}

/** Index of the last match starting before `offset`, or -1 (matches are in order). */
function lastStartingBefore(matches: readonly RegExpExecArray[], offset: number): number {
  let low = 0;
  let high = matches.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((matches[middle]?.index ?? offset) < offset) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}

function clauseBreaksOf(sentence: string): Int32Array {
  const breaks = new Int32Array(sentence.length + 1);
  let last = 0;
  for (let index = 0; index < sentence.length; index += 1) {
    const char = sentence.charAt(index);
    // "5,000": a thousands separator is no clause break.
    const inNumber =
      char === ',' &&
      /\d/.test(sentence.charAt(index - 1)) &&
      /\d/.test(sentence.charAt(index + 1));
    if ((char === ',' && !inNumber) || char === ';') last = index + 1;
    breaks[index] = last;
  }
  breaks[sentence.length] = last;
  return breaks;
}

/**
 * "The company, which employs 5,000 people, said …": with nothing between the comma and the
 * verb, the subject is the clause before a relative or participle clause between commas.
 */
function subjectBeforeAside(context: SentenceContext, start: number): SpeakerRef | null {
  context.clauseBreaks ??= clauseBreaksOf(context.sentence);
  const breaks = context.clauseBreaks;
  const asideStart = start > 1 ? (breaks[start - 2] ?? 0) : 0;
  if (asideStart < 2) return null;
  const aside = context.sentence.slice(asideStart, start - 1).trim();
  if (!/^(?:who|which|whose|however|though|\p{Ll}+ing)\b/u.test(aside)) return null;
  const subjectStart = breaks[asideStart - 2] ?? 0;
  if (subjectStart >= asideStart - 1) return null;
  return subjectIn(context, subjectStart, asideStart - 1);
}

/** `"...," Sessions said today.` or `"...," said Sessions.` */
/** Between a body's name and a person's: ", San Diego's chancellor,". */
const OWNED_OFFICE_BETWEEN = /^,\s*[^,;"“”]{1,60}?['’]s\s+\p{Ll}[\p{Ll} -]{1,40},$/u;

function speakerAfter(context: SentenceContext, span: QuoteSpan): SpeakerRef | null {
  const { sentence } = context;
  const start = span.close + 1;
  const after = sentence.slice(start, start + SPEAKER_WINDOW);
  const subjectVerb = AFTER_SUBJECT_VERB.exec(after);
  if (subjectVerb !== null) {
    const offset = start + (subjectVerb[0].length - subjectVerb[0].trimStart().length);
    const subjectText = subjectVerb[1] ?? '';
    const subjectStart = start + after.indexOf(subjectText, offset - start);
    const subject = subjectIn(context, subjectStart, subjectStart + subjectText.length);
    if (subject !== null) return subject;
  }
  // `…," John Smith, a spokesman for the agency, said` and `…," the agency's director, Jane Roe,
  // said`: the name of the two, else the first.
  const appositive = AFTER_APPOSITIVE_VERB.exec(after);
  if (appositive !== null) {
    const first = appositive[1] ?? '';
    const second = appositive[2] ?? '';
    const firstStart = start + after.indexOf(first);
    const secondStart =
      firstStart + first.length + after.slice(after.indexOf(first) + first.length).indexOf(second);
    const named = context.mentions.find(
      (mention) => mention.start >= secondStart && mention.end <= secondStart + second.length,
    );
    const subject =
      (named !== undefined ? subjectIn(context, secondStart, secondStart + second.length) : null) ??
      subjectIn(context, firstStart, firstStart + first.length);
    if (subject !== null) return subject;
  }
  const verbSubject = AFTER_VERB_SUBJECT.exec(after);
  if (verbSubject !== null) {
    const subjectStart = start + after.indexOf(verbSubject[1] ?? '');
    // The subject runs to the end of its clause: past the dot of "Rep." and up to "(D-Minn.)".
    let subjectEnd = subjectStart;
    while (
      subjectEnd < sentence.length &&
      sentence.charAt(subjectEnd) !== '(' &&
      !isClauseBoundary(sentence, subjectEnd)
    ) {
      subjectEnd += 1;
    }
    // `said the mayor of Chicago, Lori Lightfoot`: a description, then the name it describes.
    // `said University of California, San Diego's chancellor, Pradeep Khosla`: a body, its
    // office, then the name holding it.
    const described = /^(?:the|a|an)\s/i.test(verbSubject[1] ?? '');
    const namedAfter = context.mentions.find((mention) => {
      const between = sentence.slice(subjectEnd, mention.start).trim();
      return (
        (described ? between === ',' : OWNED_OFFICE_BETWEEN.test(between)) &&
        /^\s*(?:[.,;]|$)/.test(sentence.slice(mention.end))
      );
    });
    if (namedAfter !== undefined) {
      const named = subjectIn(context, namedAfter.start, namedAfter.end);
      if (named !== null) return named;
    }
    return subjectIn(context, subjectStart, sentence.slice(0, subjectEnd).trimEnd().length);
  }
  return null;
}

/** How many asides set off by commas may stand between a name and its verb. */
const MAX_ASIDES = 2;
/** How long an aside may be: "one of Vanderbilt's four sons". */
const MAX_ASIDE_LENGTH = 60;

/**
 * An appositive between commas ("Rudy Giuliani, Trump's legal adviser, says") speaks for the name
 * just before it: the clause at `start` is empty or the appositive itself, and a name ends right
 * before the comma that opens the appositive.
 */
function appositiveBefore(context: SentenceContext, start: number): SpeakerRef | null {
  const { sentence, mentions } = context;
  let comma = sentence.lastIndexOf(',', start - 1);
  if (comma < 0) return null;
  // When the clause is empty, the appositive is the comma-bounded segment before it.
  if (sentence.slice(comma + 1, start).trim() === '') comma = sentence.lastIndexOf(',', comma - 1);
  if (comma < 0 || start - comma > 120) return null;
  // "Anderson Cooper, of CNN, one of Vanderbilt's four sons, stated": a second aside before the
  // last one, opening in lower case, leads back to the name too.
  let nameEnd = comma;
  for (let asides = 1; asides <= MAX_ASIDES; asides += 1) {
    const named = mentions.filter(
      (mention) => mention.end <= nameEnd && sentence.slice(mention.end, nameEnd).trim() === '',
    );
    const last = named.at(-1);
    if (last !== undefined) {
      return isPossessive(sentence, last) ? null : { kind: 'person', candidates: [last] };
    }
    const previous = sentence.lastIndexOf(',', nameEnd - 1);
    const aside = sentence.slice(previous + 1, nameEnd).trim();
    if (previous < 0 || nameEnd - previous > MAX_ASIDE_LENGTH || !/^\p{Ll}/u.test(aside)) break;
    nameEnd = previous;
  }
  // "The union's president, Mary Poole, said": the name is the appositive itself.
  const segmentEnd = sentence.indexOf(',', comma + 1);
  const inside = mentions.find(
    (mention) =>
      mention.start > comma &&
      mention.end <= segmentEnd &&
      sentence.slice(comma + 1, mention.start).trim() === '' &&
      sentence.slice(mention.end, segmentEnd).trim() === '',
  );
  if (inside !== undefined) return { kind: 'person', candidates: [inside] };
  // "The company, which makes chips, said": a described speaker that opens the sentence.
  const opening = sentence.slice(0, comma).trim();
  if (DESCRIBED.test(opening) || DESCRIBED_PLURAL.test(opening)) return described(opening);
  // "Christianity Today, a conservative magazine, says": a name no person has, which the
  // appositive says is an organisation or a described speaker.
  const appositive = sentence.slice(comma + 1, segmentEnd < 0 ? start : segmentEnd).trim();
  return CAPITALISED_NAME.test(opening) && DESCRIBED.test(appositive)
    ? { kind: 'described', name: opening }
    : null;
}

/** A described speaker whose words end right before `end` ("… from Republican lawyers"). */
function describedEndingAt(sentence: string, end: number): SpeakerRef | null {
  const window = sentence.slice(Math.max(0, end - 80), end);
  // A verb before the speaker ends the phrase: "The mayor thanked the nurses" → "the nurses".
  const lastVerb = tagTokens(window)
    .filter((token) => token.pos === 'VERB' || token.pos === 'AUX')
    .at(-1);
  const words = window
    .slice(lastVerb?.end ?? 0)
    .trim()
    .split(/\s+/);
  for (let take = Math.min(5, words.length); take >= 1; take -= 1) {
    const phrase = words.slice(-take).join(' ');
    // "opposed by some Democratic senators": the preposition is no part of who they are.
    if (PREPOSITION.test(words[words.length - take] ?? '')) continue;
    if (DESCRIBED.test(phrase) || DESCRIBED_PLURAL.test(phrase)) {
      return described(phrase);
    }
  }
  return null;
}

/**
 * What ", who argue that …" refers to: the name or described speaker that ends right before the
 * comma ("… from Republican and Democratic lawyers, who argue …"), or before the pronoun when no
 * comma sets the clause off.
 */
function antecedentOf(context: SentenceContext, start: number): SpeakerRef | null {
  const { sentence, mentions } = context;
  const comma = sentence.lastIndexOf(',', start);
  // "… criticized by some Democratic senators who said …": without a comma, the clause is about
  // the noun right before its pronoun.
  const pronoun = start + Math.max(0, sentence.slice(start).search(/\S/));
  const antecedentEnd =
    comma >= 0 && start - comma <= 12 ? comma : sentence.slice(0, pronoun).trimEnd().length;
  const named = mentions.find(
    (mention) =>
      mention.end <= antecedentEnd && sentence.slice(mention.end, antecedentEnd).trim() === '',
  );
  if (named !== undefined && !isPossessive(sentence, named)) {
    return { kind: 'person', candidates: [named] };
  }
  // "They released a statement which said …": a document speaks for whoever put it out.
  const released = RELEASED_DOCUMENT.exec(
    sentence.slice(Math.max(0, antecedentEnd - 80), antecedentEnd),
  );
  if (released !== null) {
    const verb = antecedentEnd - released[0].length;
    context.clauseBreaks ??= clauseBreaksOf(sentence);
    const author = subjectIn(context, context.clauseBreaks[verb] ?? 0, verb);
    if (author !== null) return author;
  }
  return describedEndingAt(sentence, antecedentEnd);
}

/** A document someone put out, ending a text: "released a statement", "issued a lengthy report". */
const RELEASED_DOCUMENT =
  /\b(?:released|releases|issued|issues|published|publishes|posted|posts|sent|sends|put out|puts out|wrote|writes|filed|files)\s+(?:an?|the|its|their|his|her)\s+(?:[\p{Ll}-]+\s+)?(?:statement|report|letter|memo|post|tweet|release|press release|message|editorial|filing|note)$/u;

function isPossessive(sentence: string, mention: Mention): boolean {
  return /^['’]s?(?:\s|$)/.test(sentence.slice(mention.end, mention.end + 3));
}

/**
 * The speaker named by sentence[start, end): a described speaker or organisation, a person, or a
 * pronoun. Names after a preposition ("appointed by President Bush") or in the possessive
 * ("Trump's lawyer") are not the subject; of the rest the one nearest the verb is.
 */
function subjectIn(
  context: SentenceContext,
  start: number,
  end: number,
  options: { mainClause?: boolean; agent?: boolean } = {},
): SpeakerRef | null {
  const { sentence, mentions } = context;
  const trimmed = sentence
    .slice(start, end)
    .trim()
    .replace(
      /^(?:and|but|while|then|as|where|when|which|who|however|although|though|because|whereas|yet|so|unless|if)\s+/i,
      '',
    )
    .replace(TRAILING_ADVERBS_NEAR_END, (tail) => tail.replace(TRAILING_ADVERBS, ''))
    .replace(CATENATIVE_END, '');
  const phrase = trimTrailingCommas(trimmed);
  if (phrase === '') return appositiveBefore(context, start) ?? subjectBeforeAside(context, start);
  if (RELATIVE_PRONOUN.test(phrase)) return antecedentOf(context, start);
  // "… criticized by senators who said": the verb's subject is the pronoun's antecedent.
  const relative = TRAILING_RELATIVE_PRONOUN.exec(phrase);
  if (relative !== null) {
    return antecedentOf(context, start + sentence.slice(start, end).lastIndexOf(relative[1] ?? ''));
  }
  if (QUANTIFIER_SPEAKER.test(phrase)) {
    return described(phrase);
  }
  // "Durbin, who was in a meeting with Trump: "…"": the relative clause speaks for its antecedent.
  if (/^(?:who|which)\s/i.test(phrase)) return antecedentOf(context, start);
  // "A judge appointed by President Bush": the head before a modifier is the speaker; "In a
  // 300-page report the House Intelligence Committee": the phrase before it is not.
  const head = phrase
    .replace(
      /^(?:[Ii]n|[Dd]uring|[Aa]t|[Oo]n|[Aa]fter|[Bb]efore|[Ww]ith)\s+(?:a|an|the|its|his|her)?\s*[\p{Ll}\d\s-]+?\s+(?=(?:the\s+)?\p{Lu})/u,
      '',
    )
    .replace(/\s+(?:\p{Ll}+ed\s+by|who|which|that)\s.*$/u, '');
  // "The WHO's website", "Trump's Twitter account": the owner speaks through it.
  const channel = OWNED_CHANNEL.exec(phrase);
  if (channel !== null) {
    const ownerStart = start + sentence.slice(start, end).indexOf(channel[1] ?? '');
    return subjectIn(context, ownerStart, ownerStart + (channel[1] ?? '').length, options);
  }
  // "a statement from the Pentagon", "a tweet by Mike Pompeo": the author speaks.
  const authored = AUTHORED_DOCUMENT.exec(phrase);
  if (authored !== null) {
    const authorStart = start + sentence.slice(start, end).lastIndexOf(authored[1] ?? '');
    return subjectIn(context, authorStart, authorStart + (authored[1] ?? '').length, {
      agent: true,
    });
  }
  const role = PERSON_ROLE.exec(phrase);
  if (role !== null) return { kind: 'role', title: role[1] ?? '', name: phrase };
  // "During the visit the president comments": the role right before the verb is its subject,
  // unless a preposition makes it an object ("met with the president").
  const lastThe = phrase.toLowerCase().lastIndexOf(' the ');
  const roleAtEnd = lastThe < 0 ? null : PERSON_ROLE.exec(phrase.slice(lastThe + 1));
  if (
    roleAtEnd !== null &&
    !/\b(?:to|with|of|by|for|from|against|about|at|on|in|into|over|under|like|than)\s*$/i.test(
      phrase.slice(0, lastThe),
    )
  ) {
    return { kind: 'role', title: roleAtEnd[1] ?? '', name: roleAtEnd[0] };
  }
  if (DESCRIBED.test(head) || DESCRIBED_PLURAL.test(head) || OWNED_SPEAKER.test(head)) {
    return described(head);
  }
  if (ACRONYM.test(phrase)) return { kind: 'described', name: phrase.replace(/^the\s+/i, '') };
  // "state news agency KCNA": an organisation named by its initials after what it is.
  const trailingAcronym = /^(?:the\s+)?(?:[\p{L}'’.-]+\s+){1,4}(\p{Lu}[\p{Lu}&]{1,7})$/u.exec(
    phrase,
  );
  if (trailingAcronym !== null && ORGANISATION_KIND.test(phrase)) {
    return { kind: 'described', name: trailingAcronym[1] ?? '' };
  }
  // A country speaks through its government: "Iran claims …", "China says …".
  if (BARE_ORGANISATION.test(phrase) || isRegionName(phrase.replace(/^the\s+/i, ''))) {
    return { kind: 'described', name: phrase };
  }
  // "…, and drew laughter when he said": a subject pronoun right before the verb is its subject.
  const trailingPronoun = /(?:^|\s)(he|she|they)$/i.exec(phrase);
  if (trailingPronoun !== null && trailingPronoun.index > 0) {
    return pronounReferent(
      context,
      start + sentence.slice(start, end).lastIndexOf(trailingPronoun[1] ?? ''),
    );
  }
  const within = mentions.filter(
    (mention) =>
      mention.start >= start &&
      mention.end <= end &&
      !isPossessive(sentence, mention) &&
      (options.agent === true ||
        !afterPreposition(sentence.slice(Math.max(start, mention.start - 60), mention.start))),
  );
  // "Former Trump adviser and retired general Michael Flynn": a name before a noun only says
  // whose adviser the person named after it is.
  const inside = within.filter(
    (mention, i) =>
      i === within.length - 1 || !MODIFIER_NOUN_AFTER.test(sentence.slice(mention.end, end)),
  );
  if (inside.length > 0) {
    // In a main clause the subject comes first ("Trump also indicates … Maduro's regime"); next
    // to a verb, the name nearest it ("Trump's lawyer Rudy Giuliani says").
    const ordered = options.mainClause === true ? inside : [...inside].reverse();
    const [only] = inside;
    return inside.length === 1 &&
      only?.name === phrase.replace(/^the\s+/i, '') &&
      VERB_AT_START.test(sentence.slice(end, end + 40))
      ? { kind: 'person', candidates: ordered, wholeSubject: true }
      : { kind: 'person', candidates: ordered };
  }
  if (PRONOUN.test(phrase) || PRONOUN.test(head)) return pronounReferent(context, start);
  // "… deleted posts that Facebook said were …": in an object's relative clause, the name after
  // "that" is the verb's subject.
  const relativeName = RELATIVE_CLAUSE_NAME.exec(phrase)?.[1];
  if (relativeName !== undefined && VERB_AT_START.test(sentence.slice(end, end + 40))) {
    return { kind: 'described', name: relativeName };
  }
  // "Facebook further claimed, "…"", "Apple said …": a capitalised name that is all of a speech
  // verb's subject and no one's name (the mentions hold no person in it) is an organisation's.
  // Not a determiner read as a name: in "The comments called her …" the verb is "comments".
  const organisation = CAPITALISED_SUBJECT.exec(`${phrase} `)?.[1]?.trim();
  if (
    organisation !== undefined &&
    !organisation.split(/\s+/).every((word) => LEADING_WORDS.has(word.toLowerCase())) &&
    VERB_AT_START.test(sentence.slice(end, end + 40))
  ) {
    return { kind: 'described', name: organisation };
  }
  return appositiveBefore(context, start);
}

/** A lower-case noun right after a name, which the name modifies: "Trump adviser", "Biden campaign". */
const MODIFIER_NOUN_AFTER =
  /^\s+(?!(?:and|or|but|of|in|on|at|to|with|for|from|by|as|who|which|that|then|also|his|her|their|its|the|a|an|is|was|has|had|will|would)\b)\p{Ll}[\p{Ll}-]+\b/u;

/**
 * A capitalised name right after "that", ending a text: "posts that Facebook". Not after "which",
 * which opens asides ("— which the BBC noted as unusual — "…"") as often as object clauses.
 */
const RELATIVE_CLAUSE_NAME =
  /\sthat\s+((?:the\s+)?\p{Lu}[\p{L}'’.&-]*(?:\s+\p{Lu}[\p{L}'’.&-]*){0,3})$/u;

/**
 * The text without the spaces and commas that end it. A loop, because `/[\s,]+$/` retries from
 * every comma of a long run and is quadratic on one.
 */
function trimTrailingCommas(text: string): string {
  let end = text.length;
  while (end > 0 && /[\s,]/.test(text.charAt(end - 1))) end -= 1;
  return text.slice(0, end);
}

/** True when `index` falls strictly inside one of `spans`, which are in order and disjoint. */
function insideAny(spans: readonly QuoteSpan[], index: number): boolean {
  const last = lastClosedBefore(spans, index + 1);
  const candidate = spans[last + 1];
  return candidate !== undefined && candidate.open < index && index < candidate.close;
}

/** Index of the last span (in order, disjoint) that closes before `offset`, or -1. */
function lastClosedBefore(spans: readonly QuoteSpan[], offset: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((spans[middle]?.close ?? offset) < offset) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}

/**
 * Just past the quotation closed before `offset` that opened last (not the one that closed last:
 * a single-quoted span may sit inside a double-quoted one), or 0.
 */
function lastClosing(
  doubles: readonly QuoteSpan[],
  singles: readonly QuoteSpan[],
  offset: number,
): number {
  const double = doubles[lastClosedBefore(doubles, offset)];
  const single = singles[lastClosedBefore(singles, offset)];
  const last =
    double === undefined
      ? single
      : single === undefined
        ? double
        : single.open > double.open
          ? single
          : double;
  return last === undefined ? 0 : last.close + 1;
}
