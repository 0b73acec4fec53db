/**
 * Grading a claimed quotation against the dataset (the Verdict in types.ts): the closest real
 * quotes by the named speaker, then by anyone, then what the speaker or an event about them said
 * on the subject. Each step answers only if the one before found nothing, so a verdict that says
 * yes is never given to a text that is only on the subject.
 */
import { amountsIn, boundsIn, meetsBound, type Bound } from '../language/amounts.js';
import { NUMBER_WORDS, numberWordsBetween, ORDINAL_WORDS } from '../language/numbers.js';
import { MONTH_NAMES } from '../dataset/calendar.js';
import type { Event, Quote } from '../dataset/schema.js';
import { BODY_KIND_WORDS } from '../language/bodies.js';
import { capitalise } from '../language/letter-case.js';
import { isGivenName } from '../language/given-names.js';
import { DETERMINER_WORDS } from '../language/determiners.js';
import { tagTokens } from '../language/part-of-speech.js';
import { splitSentences } from '../language/sentences.js';
import { sanitizeQuestion, hasWords } from '../question/sanitize.js';
import { DocKind } from '../search/dataset-index.js';
import { EVALUATIVE_VERB } from '../language/speech-verbs.js';
import { respelled } from '../search/query.js';
import { synonymsOf } from '../search/synonyms.js';
import { containingPlaceOf, namePlacesOfNicknames, placeFormsOf } from '../search/wordnet.js';
import { isStopword, stem, words, writtenWords } from '../search/text.js';
import { at, type AnswerContext } from './context.js';
import { mentionedPeople } from './people-in-text.js';
import { reportedText, quoteAnswer } from './render.js';
import {
  OWNER_NAME,
  reportedStatements,
  SPEECH_VERB_IN_TEXT,
  SPEECH_VERB_WORD,
} from './reported.js';
import { DISTINCTIVE_WORDS, distinctiveStems, mentionsMost } from './topic-words.js';
import {
  acronymsSpelledOut,
  answerOf,
  roundScore,
  searchHits,
  speakerFilter,
  type Focus,
} from './retrieve.js';
import { compareQuote, saysTheOpposite, type Comparison } from './similarity.js';
import type { Answer, DayRange, Verdict, Verification } from './types.js';

/** A trailing clause saying when or where a claim was made: "… when he announced the strike". */
const CIRCUMSTANCE =
  /\s+(?:when|while|after|before|during|as)\s+(?:he|she|they|it|the|his|her|their)\b.*$/i;
/** Words that join a clause to a claim ("… when she visited"), no part of what it says. */
const CLAUSE_WORDS: ReadonlySet<string> = new Set(['when', 'where', 'whether', 'how', 'why']);
/** Candidates fetched before re-ranking quotes by closeness to a claim. */
const QUOTE_CANDIDATES = 25;
/** How many words before a speech verb may name who reports a quotation. */
const REPORTER_WORDS = 8;
/** Share of a claim's content words a quote must hold to be on its subject (`related`). */
const RELATED_COVERAGE = 0.4;
/** Share of a claim's content words an event about the speaker must hold to make it `related`. */
const EVENT_RELATED_COVERAGE = 0.5;
/**
 * A report that holds this share of a claim's content words, its rarest among them, says it in
 * the claim's words ("hold a campaign rally in Erie" for "addresses … a campaign rally in Erie");
 * with fewer, or without the rarest ("meddle" for "interfere"), in its own.
 */
const SHARE_SAID = 0.8;
/** Verdicts of an event on the claim's subject that says nothing of the claim itself. */
const ONLY_ON_SUBJECT: ReadonlySet<Verdict> = new Set(['related', 'not-found']);
/** Verdicts from the strongest yes down: the order closest quotes are sorted in. */
const VERDICT_RANK: Readonly<Record<Verdict, number>> = {
  exact: 4,
  paraphrase: 3,
  'other-speaker': 2,
  related: 1,
  'not-found': 0,
};

export interface ClosestQuote {
  answer: Answer;
  /** The quote the answer shows. */
  quote: Quote;
  verdict: Verdict;
  /** The share of the claim's content words the quote holds. */
  coverage: number;
}

/** The API's verify: a speaker by id (an unknown id names nobody). */
export function verifyQuote(
  ctx: AnswerContext,
  quote: string,
  speakerId: string | undefined,
): Verification {
  const speaker = speakerId === undefined ? null : (ctx.personById.get(speakerId) ?? null);
  return verifyWith(ctx, sanitizeQuestion(quote), speaker, null);
}

/**
 * Quotes closest to a claimed quotation, closest first, each with its verdict. `context` is the
 * whole claim around the quoted words, which a sentence reporting a quotation is compared with.
 */
export function closestQuotes(
  ctx: AnswerContext,
  claim: string,
  speaker: number | null,
  context: string = claim,
  quotedByAsker: boolean = claim !== context,
): ClosestQuote[] {
  const filter = speaker === null ? undefined : (speakerFilter(ctx, speaker, '') ?? undefined);
  const distinctive = distinctiveStems(ctx, context);
  const rarest = distinctive[0];
  // Words the asker quoted are claimed as said: their rarest must be in a report of them, even
  // one the dataset never uses ("take a bullet" is not "taking names").
  const quotedRarest = quotedByAsker ? distinctiveStems(ctx, claim)[0] : undefined;
  const contextWords = words(context);
  const report = {
    context,
    quoted: quotedByAsker,
    claimStems: new Set(words(claim).map(stem)),
    contextStems: contextWords.filter((word) => !isStopword(word)).map(stem),
    contextText: ` ${contextWords.join(' ')} `,
    distinctive,
    required:
      quotedRarest ??
      (rarest !== undefined && ctx.index.text.frequency(rarest) > 0 ? rarest : null),
  };
  const hits = searchHits(
    ctx,
    claim,
    QUOTE_CANDIDATES,
    [DocKind.quote],
    { people: [], range: null },
    filter,
  );
  return hits
    .map((hit) => {
      const quote = at(ctx.dataset.quotes, ctx.index.refs[hit.doc] ?? 0);
      const comparison = compareWithReport(claim, quote, report);
      return {
        answer: quoteAnswer(quote, ctx.lookup, roundScore(comparison.coverage)),
        quote,
        ...comparison,
        score: hit.score,
      };
    })
    .sort(
      (a, b) =>
        VERDICT_RANK[b.verdict] - VERDICT_RANK[a.verdict] ||
        b.coverage - a.coverage ||
        b.score - a.score,
    );
}

/**
 * A claim against a quote and, for a few quoted words inside a sentence, against the sentence
 * that reports them: `requests the Justice Department investigate whether his campaign was
 * "infiltrated" by the FBI` says in other words what "asked the Justice Department to check
 * whether the FBI had planted people inside his campaign" claims, though "infiltrated" alone
 * does not. The report must hold the claim's rarest words (`distinctive`), always the rarest one
 * the dataset knows (`required`), so a long sentence does not pass on common words alone. The claim is said (exact) when it quotes the speaker's
 * own words and the report holds the rest ("called the refugee deal "dumb""); otherwise it is at
 * most said in other words, since the report's words are the writer's, not the speaker's.
 */
function compareWithReport(
  claim: string,
  quote: Quote,
  about: {
    context: string;
    /** The asker quoted `claim`: the rest of `context` says what the words were about. */
    quoted: boolean;
    /** Worked out once per claim, not once per quote compared with it. */
    claimStems: ReadonlySet<string>;
    contextStems: readonly string[];
    /** The context's words, space-delimited, for finding a quotation's words in it. */
    contextText: string;
    distinctive: readonly string[];
    required: string | null;
  },
): Comparison {
  const own = compareQuote(claim, quote.text, { framingNegated: quote.negated });
  // Words the asker quoted, found in other words, about something else than the claim says they
  // were about ("were like death and un-American" of other words, for "describe the idea of a
  // Muslim ban as "un-American""): the quote only touches the claim.
  const aboutOnly = about.distinctive.filter((term) => !about.claimStems.has(term));
  if (
    about.quoted &&
    own.verdict === 'paraphrase' &&
    aboutOnly.length > 0 &&
    !mentionsMost(quote.sentence, aboutOnly)
  ) {
    return { verdict: 'related', coverage: own.coverage };
  }
  if (!quote.fragment || own.verdict === 'exact') return own;
  const { report, around, quotedWords } = reportOf(quote);
  // The quoted words must stand for part of the claim: when the sentence around them already
  // holds all of it ("attacking Comey, the fired FBI director, as a "slimeball"" for "he fired
  // Comey"), the quotation says something else.
  const aroundHolds = (term: string): boolean =>
    around.has(term) || synonymsOf(term).some((synonym) => around.has(synonym));
  if (own.coverage === 0 && about.contextStems.every(aroundHolds)) return own;
  const reported = compareQuote(about.context, report, { framingNegated: quote.negated });
  if (
    (reported.verdict !== 'exact' && reported.verdict !== 'paraphrase') ||
    !mentionsMost(report, about.distinctive) ||
    // The claim's rarest word the dataset knows must be there: "take a bullet for Trump" is not
    // what a sentence about "taking names" to pass to Trump reports.
    (about.required !== null && !mentionsMost(report, [about.required]))
  ) {
    return own;
  }
  const quotesOwnWords = about.contextText.includes(` ${quotedWords} `);
  if (quotesOwnWords) return { verdict: 'exact', coverage: reported.coverage };
  // The quotation's own words decide between two paraphrases; the report only adds one.
  return own.verdict === 'paraphrase' ? own : { verdict: 'paraphrase', coverage: own.coverage };
}

/**
 * A quotation's sentence as a report of it: its words but the speaker's name (`report`), the
 * stems of those around the quoted words (`around`), and the quoted words (`quotedWords`), all
 * space-separated. Worked out once per quote, however many claims it is compared with.
 */
function reportOf(quote: Quote): QuoteReport {
  let found = reports.get(quote);
  if (found === undefined) {
    const speaker = new Set(words(quote.speaker?.name ?? ''));
    const report = words(quote.sentence)
      .filter((word) => !speaker.has(word))
      .join(' ');
    const quotedWords = words(quote.text).join(' ');
    found = {
      report,
      around: new Set(words(report.replace(quotedWords, ' ')).map(stem)),
      quotedWords,
    };
    reports.set(quote, found);
  }
  return found;
}

interface QuoteReport {
  readonly report: string;
  readonly around: ReadonlySet<string>;
  readonly quotedWords: string;
}

const reports = new WeakMap<Quote, QuoteReport>();

/** The claim around the words to find, and how the question set it. */
interface ClaimSetting {
  context: string;
  range: DayRange | null;
  passive?: boolean;
  occasion?: string;
}

/**
 * `claim` is the words to find; `about.context` the whole claim around them ("there were "…" in
 * Charlottesville"), which an event may report without quoting it. `unresolvedSpeaker` is a
 * speaker phrase that names nobody known ("a White House official").
 */
export function verifyWith(
  ctx: AnswerContext,
  typedClaim: string,
  speaker: number | null,
  unresolvedSpeaker: string | null,
  typedAbout: ClaimSetting = { context: typedClaim, range: null },
): Verification {
  const verification = verdictOnClaim(ctx, typedClaim, speaker, unresolvedSpeaker, typedAbout);
  // An event that shares only the claim's names ("meets with Danish Prime Minister Lars Løkke
  // Rasmussen" for "did Trump press Rasmussen to raise Denmark's defense spending?") tells the
  // occasion, nothing of what the claim says happened at it: not found. A claim that judges
  // someone is another matter: the event may judge them the other way ("fires back at Roberts"
  // for "thank Roberts"), which is related.
  const best = verification.best;
  const event = best?.eventId == null ? undefined : ctx.lookup.eventById.get(best.eventId);
  if (
    verification.verdict === 'related' &&
    best?.kind === 'event' &&
    event !== undefined &&
    !words(typedAbout.context).some((word) => EVALUATIVE_VERB.test(word)) &&
    // A bound's amount compared ("above 200,000" against 196,410) is more than a shared name.
    boundsIn(typedAbout.context).length === 0 &&
    !holdsPlainWord(
      withoutOccasion(typedAbout.occasion === undefined ? typedAbout.context : typedClaim),
      reportedText(event, ctx.lookup),
      unresolvedSpeaker,
    )
  ) {
    return { verdict: 'not-found', best, alternatives: verification.alternatives };
  }
  return verification;
}

/** The "that" (after an opening comma) that starts an unquoted claim's context. */
const LEADING_THAT = /^\s*,?\s*that\s+/i;

/** Words that open the occasion a claim's act was done at: "… at his Battle Creek rally". */
const OCCASION_OPENING = /\s(?:at|during|after|before|while|when|following)\s/i;

/**
 * What a claim says was done, without the occasion after it: "announce new tariffs on imported
 * cars" of "announce new tariffs on imported cars at his Battle Creek rally". An event holding
 * only the occasion's words ("holds a rally in Battle Creek") tells nothing of the act.
 */
function withoutOccasion(claim: string): string {
  const opening = OCCASION_OPENING.exec(claim);
  return opening === null || words(claim.slice(0, opening.index)).length < 2
    ? claim
    : claim.slice(0, opening.index);
}

/** A word that starts in lower case, not inside a word ("Trump's" holds none). */
const LOWER_CASE_WORD = /(?<![\p{L}'’])\p{Ll}[\p{L}'’-]*/gu;

/**
 * Whether a text holds one of a claim's plain words: a content word written in lower case, so
 * no name, and no word of the speaker phrase.
 */
function holdsPlainWord(typed: string, text: string, speakerPhrase: string | null): boolean {
  const speakerWords = new Set(words(speakerPhrase ?? ''));
  const plain = (typed.match(LOWER_CASE_WORD) ?? [])
    .flatMap((word) => words(word))
    .filter((word) => !isStopword(word) && !speakerWords.has(word) && !/^\d/.test(word));
  const present = new Set(words(text).map(stem));
  return plain.some(
    (word) =>
      present.has(stem(word)) || synonymsOf(stem(word)).some((synonym) => present.has(synonym)),
  );
}

/**
 * The verdict the quotes and events give a claim, before `verifyWith` weighs an event that shares
 * only its names.
 */
function verdictOnClaim(
  ctx: AnswerContext,
  typedClaim: string,
  speaker: number | null,
  unresolvedSpeaker: string | null,
  typedAbout: ClaimSetting,
): Verification {
  const notFound: Verification = { verdict: 'not-found', best: null, alternatives: [] };
  if (!hasWords(typedClaim)) return notFound;
  // Misspelt words are compared as the dataset spells them: "NO COLUSION" claims "no collusion";
  // a place's nickname as its name: "the Granite State's biggest city" is New Hampshire's.
  const claim = respelled(namePlacesOfNicknames(typedClaim), ctx.index.text);
  const typedContext = namePlacesOfNicknames(typedAbout.context);
  const about = { ...typedAbout, context: respelled(typedContext, ctx.index.text) };
  const speakerWords =
    unresolvedSpeaker === null ? [] : words(unresolvedSpeaker).filter((word) => !isStopword(word));
  const named = speaker !== null || speakerWords.length > 0;
  // Quotes by the named speaker: the person's own (searched among theirs, so a prolific speaker's
  // quote is not crowded out), or, for a phrase that names nobody known ("a White House
  // official", "Iran"), quotes whose speaker shares its words.
  // An unquoted claim's trailing circumstance ("… when he announced the strike") says when it
  // was said, not what: a quotation is compared with the rest.
  // An occasion moved out of the claim ("On the secret recording, did …") is no quotation.
  // An unquoted claim's words are its context less an opening "that": "Did Spicer announce that
  // all questions … would be sent to …" quotes no one.
  const quotedByAsker =
    claim !== about.context.replace(LEADING_THAT, '') && typedAbout.occasion === undefined;
  const said = quotedByAsker ? claim : claim.replace(CIRCUMSTANCE, '');
  const anyone = closestQuotes(ctx, said, null, about.context, quotedByAsker);
  const namesPhraseSpeaker = speakerPhraseNamer(ctx, unresolvedSpeaker ?? '');
  const theirs =
    speaker !== null
      ? closestQuotes(ctx, said, speaker, about.context, quotedByAsker)
      : speakerWords.length > 0
        ? anyone.filter((f) => namesPhraseSpeaker(f.answer.speaker ?? ''))
        : anyone;
  const others = (from: readonly { answer: Answer; coverage: number }[], skip: Answer) =>
    from
      .filter((f) => f.answer !== skip && f.coverage > 0)
      .slice(0, 3)
      .map((f) => f.answer);
  const best = theirs[0];
  const byBest: Verification | null =
    best !== undefined && best.verdict !== 'not-found'
      ? { verdict: best.verdict, best: best.answer, alternatives: others(theirs, best.answer) }
      : null;
  // A quote of theirs only on the subject does not settle it: someone else may have said it.
  if (byBest !== null && byBest.verdict !== 'related') return byBest;
  // The words may be real but someone else's: name who said them.
  if (named) {
    // Words shared by chance ("Air Force One" in a quote about something else) are no one's
    // version of the claim: it must hold the claim's rarest words.
    const rarestSaid = distinctiveStems(ctx, said);
    const elsewhere = anyone.find(
      (f) =>
        (f.verdict === 'exact' || f.verdict === 'paraphrase') &&
        mentionsMost(f.quote.sentence, rarestSaid),
    );
    // "Alana Evans says Daniels told her she had "ended up with …"": the words are reported as
    // the asked speaker's account, so they said them, whoever spoke first.
    if (elsewhere !== undefined && reportedBy(ctx, elsewhere.quote, speaker, speakerWords)) {
      return {
        verdict: elsewhere.verdict,
        best: elsewhere.answer,
        alternatives: others(anyone, elsewhere.answer),
      };
    }
    // What was done to the subject is looked for in the events, not in others' words.
    if (elsewhere !== undefined && typedAbout.passive !== true) {
      return {
        verdict: 'other-speaker',
        best: elsewhere.answer,
        alternatives: others(anyone, elsewhere.answer),
      };
    }
  }
  if (byBest !== null) return byBest;
  // Something on the subject, not the claim: shown under a verdict that does not say yes. The
  // subject may be in the speaker's quotes or in an event about them ("Trump backs away from a
  // joint cyber security unit with Putin").
  if (
    best !== undefined &&
    best.coverage >= RELATED_COVERAGE &&
    mentionsMost(best.answer.text, distinctiveStems(ctx, claim))
  ) {
    return { verdict: 'related', best: best.answer, alternatives: others(theirs, best.answer) };
  }
  const quoted = quotedByAsker ? claim : null;
  const cased = namesAsWritten(ctx, typedContext);
  const specifics = specificWords(cased);
  const passive = typedAbout.passive === true;
  // A count or rank may be in a subject that names no one: "the first one the Trumps hosted".
  const typedWhole = `${unresolvedSpeaker ?? ''} ${typedContext}`;
  // "more than 2 million cases": a bound, met by a larger amount, not a count the text must give.
  const bounds = boundsIn(typedWhole);
  const numbers = numbersIn(withoutSpans(typedWhole, bounds));
  const onClaim = eventOnClaim(
    ctx,
    about.context,
    speaker,
    speakerWords,
    namesPhraseSpeaker,
    about.range,
    {
      quoted,
      specifics,
      details: detailNames(cased, about.range),
      passive,
      numbers,
      bounds,
      ranks: ranksIn(typedWhole),
      said: typedAbout.occasion === undefined ? about.context : claim,
      placeOwners: placeOwnersIn(typedContext),
    },
  );
  if (onClaim !== null && (!ONLY_ON_SUBJECT.has(onClaim.verdict) || onClaim.otherNumber === true)) {
    return { verdict: onClaim.verdict, best: onClaim.answer, alternatives: [] };
  }
  // An event that reports someone else saying it in other words ("President Trump … promises to
  // get rid of the Johnson Amendment" for "Did Pence promise …"): said, but by them, even when
  // an event about the speaker is on the subject ("Pence … will be attending" for "Was it Pence
  // who said he would skip …"). What was done to the subject is no one's words.
  if (named && !passive) {
    const byOther = reportedElsewhere(ctx, about.context, speaker, about.range, quoted);
    if (byOther !== null) return { verdict: 'other-speaker', best: byOther, alternatives: [] };
  }
  // An event that has only the occasion the question gave ("speaks at the Republican Jewish
  // Coalition"), none of what was said there, does not touch the claim.
  const onlyOccasion = (answer: Answer): boolean =>
    typedAbout.occasion !== undefined && !mentionsMost(answer.text, distinctiveStems(ctx, claim));
  // An event about the speaker that lacks a name the claim gives settles nothing yet: another
  // may have done it ("Mnuchin appoints Eli Miller …" for "Did Trump appoint Eli Miller …?").
  if (onClaim !== null && onClaim.verdict !== 'not-found' && !onlyOccasion(onClaim.answer)) {
    return { verdict: onClaim.verdict, best: onClaim.answer, alternatives: [] };
  }
  // An event that says the claim of someone else, in any words ("Ambassador Nikki Haley informs
  // Guterres that the U.S. is to remove itself …" for "Did Tillerson inform Guterres …"): it
  // was so, but not by them.
  // A body the dataset does not know is told from another of its kind ("the State Department",
  // "The Department of the Treasury"), and one of no known kind ("the Washington Post", "the
  // FCC") from any doer whose text does not name it; a person it does not know from no one.
  const kind = bodyKind(unresolvedSpeaker ?? '');
  const chamber = speaker === null && kind === null ? chamberNamed(unresolvedSpeaker ?? '') : null;
  const namedBody =
    speaker === null && kind === null && chamber === null && isNamedBody(unresolvedSpeaker ?? '');
  // A person the data never names ("Sidney Powell"): an event that says the claim of someone
  // else says it was not them.
  const unknownPerson =
    speaker === null &&
    kind === null &&
    chamber === null &&
    !namedBody &&
    personalNamesIn(unresolvedSpeaker ?? '').length > 0;
  if (speaker !== null || kind !== null || chamber !== null || namedBody || unknownPerson) {
    const asked = speaker === null ? undefined : ctx.dataset.people[speaker]?.id;
    // Not by another: an event about the asked speaker, or, for a body, one that names it or
    // opens with no other body of its kind; for a chamber ("the Senate"), one where no other
    // chamber acts ("The House of Representatives votes …").
    const notByOther = (event: Event, text: string): boolean =>
      chamber !== null
        ? [null, chamber].includes(actingChamber(text))
        : asked === undefined
          ? namesPhraseSpeaker(text) || (kind !== null && !openingName(text).includes(kind))
          : event.personIds.includes(asked);
    const byOther = claimOfOther(ctx, about.context, notByOther, about.range, quoted, typedContext);
    if (byOther !== null) return { verdict: 'other-speaker', best: byOther, alternatives: [] };
  }
  // An event on the quoted words alone, not on the claim around them, is only on its subject.
  const onWords =
    quoted === null
      ? null
      : eventOnClaim(ctx, quoted, speaker, speakerWords, namesPhraseSpeaker, null, {
          quoted,
          specifics: [],
          details: [],
          passive,
          numbers: [],
          bounds: [],
          ranks: [],
          said: quoted,
          placeOwners: [],
        });
  if (onWords !== null && !onlyOccasion(onWords.answer)) {
    return { verdict: 'related', best: onWords.answer, alternatives: [] };
  }
  if (onClaim !== null && !onlyOccasion(onClaim.answer)) {
    return { verdict: onClaim.verdict, best: onClaim.answer, alternatives: [] };
  }
  if (best === undefined || best.coverage === 0) return notFound;
  return { verdict: 'not-found', best: best.answer, alternatives: others(theirs, best.answer) };
}

/**
 * Whether a text names the speaker a phrase describes: by one of its words, by a news synonym of
 * one ("lawmakers" by "Congress", "the Pentagon" by "Department of Defense"), or by the words an
 * acronym of it stands for ("the DOJ" by "The Department of Justice"). A body's name is named
 * whole: "The Department of the Treasury" shares a word with "the State Department" but is
 * another body.
 */
function speakerPhraseNamer(ctx: AnswerContext, phrase: string): (text: string) => boolean {
  // A chamber is named as the one acting only as the subject of a verb: "… sending it to the
  // Senate" is the House's act.
  const chamber = chamberNamed(phrase);
  if (chamber !== null) return (text) => actingChamber(text) === chamber;
  const speakerWords = words(phrase).filter((word) => !isStopword(word));
  const names = bodyNamesIn(phrase);
  const partOfName = new Set(names.flat());
  const spelledOut = acronymsSpelledOut(ctx, speakerWords);
  // A person's name the phrase gives ("Trump's lawyer Sidney Powell") must be in the text: the
  // owner's name or the title alone names someone else ("Trump's personal attorney Rudy
  // Giuliani").
  const personNames = personalNamesIn(phrase);
  if (names.length === 0 && personNames.length > 0) {
    return (text) => {
      const textWords = new Set(words(text));
      return personNames.some((name) => name.every((word) => textWords.has(word)));
    };
  }
  return (text) => {
    const textWords = new Set(words(text));
    const stems = new Set([...textWords].map(stem));
    const holds = (word: string): boolean =>
      textWords.has(word) || synonymsOf(stem(word)).some((synonym) => stems.has(synonym));
    if (spelledOut.some((name) => name.every((term) => stems.has(term)))) return true;
    if (names.some((name) => name.every(holds))) return true;
    return speakerWords.some((word) => !partOfName.has(word) && holds(word));
  };
}

/** A name of several words a text opens with, its subject: "The Department of the Treasury launches …". */
const OPENS_WITH_NAME =
  /^(?:The\s+)?(\p{Lu}\p{L}+(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}\p{L}+)+)\s+\p{Ll}/u;

/** The words of the name a text opens with (see `OPENS_WITH_NAME`); empty when it opens otherwise. */
function openingName(text: string): string[] {
  return words(OPENS_WITH_NAME.exec(text)?.[1] ?? '');
}

/**
 * The personal names in a phrase, each as its words: two or more capitalised words in a row that
 * open with a given name and own nothing ("Sidney Powell" in "Trump's lawyer Sidney Powell", not
 * "Trump's" or "Executive Order").
 */
function personalNamesIn(phrase: string): string[][] {
  return [...phrase.matchAll(PERSONAL_NAME)]
    .map((match) => words(match[0]))
    .filter((name) => isGivenName(name[0] ?? ''));
}

/** Two or more capitalised words in a row, the last not an owner ("Trump's"). */
const PERSONAL_NAME = /\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)+(?![\p{L}.'’-])/gu;

/**
 * The names of public bodies in a phrase, each as its words: capitalised words in a row that end
 * in a kind of body ("state department" in "the State Department") or open with one before "of"
 * ("department homeland security" in "the Department of Homeland Security"), stop words left out.
 */
function bodyNamesIn(phrase: string): string[][] {
  return [...phrase.matchAll(BODY_NAME)]
    .map((match) => words(match[0]).filter((word) => !isStopword(word)))
    .filter((name) => name.length > 1 && kindOfBody(name) !== null);
}

/** The kind word of a body's name: its last ("State Department") or first ("Department of …"). */
function kindOfBody(name: readonly string[]): string | null {
  const last = name.at(-1) ?? '';
  if (BODY_KIND_WORDS.has(last)) return last;
  const first = name[0] ?? '';
  return BODY_KIND_WORDS.has(first) ? first : null;
}

/**
 * The kind of body a phrase names, the kind word of its last body's name: "department" in "the
 * State Department" and in "the Department of Homeland Security"; null for a phrase naming no
 * body ("Prince Charles" is a person).
 */
function bodyKind(phrase: string): string | null {
  const last = bodyNamesIn(phrase).at(-1);
  return last === undefined ? null : kindOfBody(last);
}

/**
 * Whether a phrase names a body by a name of its own: "the" before capitalised words ("the
 * Washington Post", "the FCC"). A person's name takes no "the": "Prince Charles" is someone the
 * data may never name, whom no doer of an event can be told from.
 */
function isNamedBody(phrase: string): boolean {
  return /^[Tt]he\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*$/u.test(phrase.trim());
}

/** The chambers of a legislature, each named by one word. */
const CHAMBERS: ReadonlySet<string> = new Set(['senate', 'house', 'congress']);

/** The chamber a phrase is ("the Senate" → "senate"), or null for any other phrase. */
function chamberNamed(phrase: string): string | null {
  const [only, ...rest] = words(phrase).filter((word) => !isStopword(word));
  return only !== undefined && rest.length === 0 && CHAMBERS.has(only) ? only : null;
}

/**
 * The chamber a text has acting, as the subject of a present-tense verb: "The senate confirms
 * …", "In a vote of 51–49 the Senate moves …" → "senate"; not "… sending it to the Senate".
 */
function actingChamber(text: string): string | null {
  const found =
    /\b([Ss]enate|[Hh]ouse|[Cc]ongress)(?:\s+of\s+[Rr]epresentatives)?\s+(?:\p{Ll}+ly\s+)?\p{Ll}+s\b/u.exec(
      text,
    );
  return found?.[1]?.toLowerCase() ?? null;
}

/**
 * Capitalised words in a row, a name, "of" between them too: "State Department", "Department of
 * Homeland Security".
 */
const BODY_NAME = /\p{Lu}[\p{L}'’.-]*(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}'’.-]*)*/gu;
/** Words before a name that anyone may be called by. */
const HONORIFICS = ['mr', 'mrs', 'ms', 'dr', 'sir'];

/** How the asker put the claim. */
interface ClaimForm {
  /** The words the asker quoted, if any. */
  quoted: string | null;
  /** The numbers and names the claim gives, as typed (see `specificWords`). */
  specifics: readonly string[];
  /** The names it gives as details of what happened (see `detailNames`). */
  details: readonly string[];
  /** Something done to the subject: "Was Tillerson confirmed …?" */
  passive: boolean;
  /** The counts and amounts the claim gives (see `numbersIn`). */
  numbers: readonly string[];
  /** The bounds the claim sets on amounts ("passed 200,000"), which the text's amounts must meet. */
  bounds: readonly Bound[];
  /** The ranks the claim gives in words: "the first state dinner" (see `ranksIn`). */
  ranks: readonly number[];
  /**
   * What the claim says was said or done, without the occasion the question gave ("at his
   * farewell address"): a sentence must say this; the occasion may be in another.
   */
  said: string;
  /** The places the claim gives as owners: "Iran's ballistic missiles" (see `placeOwnersIn`). */
  placeOwners: readonly string[];
}

/**
 * An event about the speaker (a named person, or one whose text has the words of a described
 * speaker such as "officials") that holds most of the claim's content words: the claim's
 * subject is in the data even if no quotation says it. When a sentence of the event that names
 * the speaker (or goes on about them: "He also admits …") says what the claim says in the
 * writer's words ("Kellyanne Conway denies that Comey's dismissal is part of a White House
 * cover-up"), the claim was said in other words; when it says the opposite ("Trump says he did
 * not think it could actually happen"), or only touches the subject, it is related.
 */
function eventOnClaim(
  ctx: AnswerContext,
  claim: string,
  speaker: number | null,
  speakerWords: readonly string[],
  namesPhraseSpeaker: (text: string) => boolean,
  range: DayRange | null,
  { quoted, specifics, details, passive, numbers, bounds, ranks, said, placeOwners }: ClaimForm,
): { answer: Answer; verdict: Verdict; otherNumber?: true } | null {
  if (speaker === null && speakerWords.length === 0) return null;
  const focus: Focus = { people: speaker === null ? [] : [speaker], range };
  const person = speaker === null ? undefined : ctx.dataset.people[speaker];
  const personId = person?.id ?? null;
  const nameWords = nameWordsOf(ctx, speaker, speakerWords);
  const nameOfAcronym: SpelledOut = (term) => ctx.index.text.acronyms.expand(term);
  // A bound's amount ("above 190,000") is met by another amount, not written in the text, and
  // what measures it ("the death count", "the toll") is any way of giving the number.
  const counted = bounds.length === 0 ? claim : whatIsCounted(claim);
  const rarest = distinctiveStems(ctx, counted);
  const countedStems = stemsWithSynonyms(bounds.length === 0 ? '' : counted);
  // An event that counts the same thing otherwise ("a three-day state visit" for "a five-day
  // state visit") is on the claim's subject without its count, which `holdsNumbers` then weighs.
  const uncounted = rarest.filter((term) => !isCountWord(term));
  // Quoted words alone, without the claim around them, must keep their rarest to be on the
  // subject: "locker room talk" is no "Cabinet Room … speaking".
  const quotedRarest = claim === quoted ? rarest.slice(0, 1) : [];
  // "the EPA" is named in full in the events: "the Environmental Protection Agency".
  const spelledOut = acronymsSpelledOut(ctx, speakerWords);
  // An acronym's words name the speaker too: "DHS" is "The Department of Homeland Security".
  const nameStems = new Set([...[...nameWords].map(stem), ...spelledOut.flat()]);
  // The speaker's dataset name, without its small words, as stems.
  const entryNameStems =
    person === undefined
      ? []
      : words(person.name)
          .filter((word) => !isStopword(word))
          .map(stem);
  const isPerson = person?.kind === 'person';
  // A person's own name, as against the titles in their aliases, which others hold too.
  const ownNameStems = isPerson ? new Set(entryNameStems) : nameStems;
  // An organisation or a described speaker is seldom linked to the events that name it
  // ("Twitter", "the Kremlin"): an event naming it in full is about it.
  const organisationStems = isPerson ? [] : entryNameStems;
  const namedOrganisation = (text: string): boolean => {
    if (organisationStems.length === 0) return false;
    const stems = new Set(words(text).map(stem));
    return organisationStems.every((term) => stems.has(term));
  };
  // An event about the speaker with most of an unquoted claim's words, though not its rarest
  // ("announces his commitment to greater Medicaid flexibility for states" for "pledge to give
  // states more leeway over Medicaid"): on the subject, at least.
  let onSubject: { answer: Answer; verdict: Verdict } | null = null;
  let belowBound: { answer: Answer; verdict: Verdict; otherNumber: true } | null = null;
  // A subject that is no one known ("US coronavirus deaths", "the White House") is part of what
  // the events must say, so its words are searched with the claim's.
  const searched = speaker === null ? `${speakerWords.join(' ')} ${claim}` : claim;
  // A bound may be met on any day of the range ("by August 5"): more of its days are read.
  const candidates = bounds.length > 0 ? BOUND_CANDIDATES : 3;
  for (const hit of searchHits(ctx, searched, candidates, [DocKind.event], focus)) {
    const event = ctx.dataset.events[ctx.index.refs[hit.doc] ?? -1];
    if (event === undefined) continue;
    const text = reportedText(event, ctx.lookup);
    const about =
      personId !== null
        ? event.personIds.includes(personId) || namedOrganisation(text)
        : namesPhraseSpeaker(text);
    if (!about || compareQuote(counted, text, { kinds: true }).coverage < EVENT_RELATED_COVERAGE)
      continue;
    // A name the claim gives is held by an event linked to that person, however the event calls
    // them: "critical of the President" is critical of Trump in an event of his term.
    const heldNames = new Set([...nameWords, ...linkedNameWords(ctx, event)]);
    const onRarest =
      (mentionsMost(text, rarest) ||
        (countsOtherwise(claim, text) &&
          mentionsMost(text, uncounted) &&
          inOtherWords(specifics, text, heldNames, nameOfAcronym))) &&
      mentionsMost(text, quotedRarest);
    // The event tells of the same thing with another count ("almost 200 Democrats" for
    // "around 100", "the 24th Secretary" for "the 23rd", "their second state dinner" for "the
    // first"): it says something else of it.
    if (
      onRarest &&
      (!holdsNumbers(numbers, bounds, text, countedStems) || ranksOtherwise(ranks, text))
    ) {
      const other = {
        answer: answerOf(ctx, hit.doc, roundScore(hit.score)),
        verdict: 'related' as const,
        otherNumber: true as const,
      };
      // A bound is met by any day's count in the range asked ("by May 20"): look on, and
      // show the latest count that falls short.
      if (bounds.length === 0) return other;
      if (belowBound === null || (other.answer.date ?? '') > (belowBound.answer.date ?? '')) {
        belowBound = other;
      }
      continue;
    }
    // The event tells of the same thing without a name the claim gives ("debate Kamala Harris in
    // Cleveland" against "… debate at University of Utah in Salt Lake City"): another detail.
    if (onRarest && quoted === null && !inOtherWords(details, text, heldNames, nameOfAcronym)) {
      return { answer: answerOf(ctx, hit.doc, roundScore(hit.score)), verdict: 'related' };
    }
    // The event gives the thing another country ("the threat of North Korea's ballistic missile
    // program" for "the threat from Iran's ballistic missiles"): another detail of it.
    if (onRarest && ownedByOtherPlace(placeOwners, text)) {
      return { answer: answerOf(ctx, hit.doc, roundScore(hit.score)), verdict: 'related' };
    }
    // "Was the death count above 190,000?" against "The number of deaths … is 196,410": the
    // amount meets the bound, which no words of the text say.
    if (onRarest && bounds.length > 0 && !statesBounds(bounds, text)) {
      return { answer: answerOf(ctx, hit.doc, roundScore(hit.score)), verdict: 'paraphrase' };
    }
    if (onRarest) {
      // A report that holds every word of the claim says it in those words ("Sanders denies
      // that President Trump is planning … his own private global spy network"; "a five-year
      // ban on lobbying" for "a five-year lobbying ban"), whatever the asker left out.
      const verdict = saidBySubject(said, text, nameStems, nameWords, nameOfAcronym)
        ? 'exact'
        : !saysTheClaim(
              said,
              text,
              { all: nameStems, own: ownNameStems },
              mustHold(ctx, said, quoted),
              passive,
            )
          ? 'related'
          : holdsShareOfWords(said, text, nameWords, nameOfAcronym, SHARE_SAID) &&
              holdsRarest(rarest, text, nameOfAcronym)
            ? 'exact'
            : 'paraphrase';
      return { answer: answerOf(ctx, hit.doc, roundScore(hit.score)), verdict };
    }
    if (quoted === null && onSubject === null) {
      // A name the claim gives that the event lacks ("meet Rouhani" against "meets Abe, Zelensky
      // …") is not found in the data, unless the event is of the very day asked: then it is
      // another detail of the same occasion ("arrive in Dublin" against "arrives in Shannon").
      // One that says a word of the claim in the opposite sense ("votes to limit" for "vote to
      // expand") tells of the subject, not of the claim.
      const oneDay = range !== null && range.from === range.to;
      // An event that holds the occasion a trailing clause gives ("when he spoke at MacDill Air
      // Force Base") and little of what the claim says was done there ("promise the troops a pay
      // raise"), none of its names, does not touch the claim.
      // The occasion may be one the question gave before its claim ("When Trump proclaimed
      // Hispanic Heritage Month, did he claim Hispanic unemployment was at a record low?"); a
      // name it shares with the claim ("Hispanic") is the occasion's, no sign of the claim.
      const core = said !== claim ? said : claim.replace(CIRCUMSTANCE, '');
      const coreWords = new Set(words(core));
      // The core opens the claim: the words after it are the occasion's.
      const occasionWords = new Set(words(claim).slice(words(core).length));
      const textWords = new Set(words(text));
      const onlyOccasion =
        core !== claim &&
        compareQuote(core, text, { kinds: true }).coverage < EVENT_RELATED_COVERAGE &&
        !specifics.some(
          (word) =>
            coreWords.has(word) &&
            !nameWords.has(word) &&
            textWords.has(word) &&
            !occasionWords.has(word),
        );
      const verdict: Verdict = onlyOccasion
        ? 'not-found'
        : !inOtherWords(specifics, text, heldNames, nameOfAcronym)
          ? oneDay
            ? 'related'
            : 'not-found'
          : holdsNumbers(numbers, bounds, text, countedStems) && !saysTheOpposite(claim, text)
            ? 'paraphrase'
            : 'related';
      onSubject = { answer: answerOf(ctx, hit.doc, roundScore(hit.score)), verdict };
    }
  }
  return belowBound ?? onSubject;
}

/** The words of the names of the persons an event is linked to. */
function linkedNameWords(ctx: AnswerContext, event: Event): string[] {
  return event.personIds
    .map((id) => ctx.dataset.people[ctx.personById.get(id) ?? -1])
    .filter((person) => person?.kind === 'person')
    .flatMap((person) => words(person?.name ?? ''));
}

/**
 * Whether an event about the speaker that is on the claim's subject, without its rarest words,
 * says the claim in other words ("pledge to give states more leeway over Medicaid" for
 * "announces his commitment to greater Medicaid flexibility for states"): yes, unless the claim
 * gives a number or a name the event lacks ("meet Nancy Pelosi and Chuck Schumer" against "meets
 * with rank and file House Democrats"). Only reached for events without the claim's rarest
 * words: one holding them, a denial among them, is judged by what its sentence says.
 */
function inOtherWords(
  specifics: readonly string[],
  text: string,
  nameWords: ReadonlySet<string>,
  spelledOut: SpelledOut,
): boolean {
  // A number as `numbersIn` reads it: "the 100th anniversary" holds "100 years since".
  const present = new Set([...words(text).map(stem), ...numbersIn(text)]);
  const has = (term: string): boolean =>
    holdsTerm(term, present, spelledOut) ||
    synonymsOf(term).some((synonym) => present.has(synonym));
  // A city stands for the country it lies in ("deal with Pyongyang" is "trading with North
  // Korea"), unless the text names another city of it ("arrive in Dublin" against "arrives in
  // Shannon, Ireland").
  const inNamedPlace = (word: string): boolean => {
    const container = containingPlaceOf(word);
    return (
      container.length > 0 &&
      container.every((part) => present.has(stem(part))) &&
      !new RegExp(`\\p{Lu}\\p{L}+,\\s+${container.map(capitalise).join('\\s+')}\\b`, 'u').test(text)
    );
  };
  return specifics.every((word) => nameWords.has(word) || has(stem(word)) || inNamedPlace(word));
}

/** The places a text names as owners, folded: "iran" for "Iran's ballistic missiles". */
function placeOwnersIn(text: string): string[] {
  return [...text.matchAll(OWNER_NAME)]
    .map((match) => words(match[1] ?? '').join(' '))
    .filter((name) => {
      const last = name.split(' ').at(-1) ?? '';
      return placeFormsOf(stem(last)).length > 0;
    });
}

/**
 * Whether a text names another place as the owner where the claim names one it lacks: "North
 * Korea's ballistic missile program" against "Iran's ballistic missiles". A place owner the text
 * also names, or no place owner in the text ("America's war dead" against "those who died"),
 * is no other detail.
 */
function ownedByOtherPlace(claimOwners: readonly string[], text: string): boolean {
  if (claimOwners.length === 0) return false;
  const textWords = new Set(words(text));
  const lacksOne = claimOwners.some(
    (owner) => !owner.split(' ').every((word) => textWords.has(word)),
  );
  return lacksOne && placeOwnersIn(text).some((owner) => !claimOwners.includes(owner));
}

/** Number words that count (two and more: "a" and "one" say no count worth comparing). */
const COUNT_WORDS = numberWordsBetween(2, Number.POSITIVE_INFINITY);
/**
 * A count, amount or rank as written: a number of two digits or more ("52", "$110", "30,000",
 * "23rd"), or a small number word ("six"). A single digit is left out: chat writes "2" for
 * "to"; a year is a date, read apart.
 */
const NUMBER = new RegExp(
  `(?<![\\p{L}\\d])(?:\\d[\\d,.]*\\d(?:st|nd|rd|th)?|${COUNT_WORDS.join('|')})(?![\\p{L}\\d])`,
  'giu',
);

/** A month's name, in full or cut to its first three letters ("Jan.", "sept"). */
const MONTH = `(?:${MONTH_NAMES.map((name) => `${name.slice(0, 3)}(?:${name.slice(3)})?`).join('|')}|sept)\\.?`;
/** A day of a month, which is a date, not a count: "January 28", "28th of January". */
const DAY_OF_MONTH = new RegExp(
  `\\b(?:${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH})\\b`,
  'gi',
);

/** The counts, amounts and ranks in a text, as digits: "six months, the 23rd" → 6, 23. */
function numbersIn(text: string): string[] {
  // "COVID-19", "F-35": a number joined to a name is part of it, no count.
  const unnamed = text.replace(DAY_OF_MONTH, ' ').replace(/\p{L}+-\d+/gu, ' ');
  return [...unnamed.matchAll(NUMBER)]
    .map((match) => match[0].toLowerCase())
    .map((number) => {
      const counted = NUMBER_WORDS[number];
      return counted === undefined
        ? number.replace(/,/g, '').replace(/(?:st|nd|rd|th)$/, '')
        : String(counted);
    })
    .filter((number) => !/^(?:19|20)\d\d$/.test(number));
}

/**
 * Whether the text gives another count of something the claim counts: "three-day" for
 * "five-day", "its 35th day" for "after 30 days".
 */
export function countsOtherwise(claim: string, text: string): boolean {
  const unitsCounted = (tokens: readonly string[]): Map<string, string> =>
    new Map(
      tokens.flatMap((word, i) => {
        const unit = tokens[i + 1];
        return isCountWord(word) && unit !== undefined && !isCountWord(unit)
          ? [[stem(unit), String(NUMBER_WORDS[word] ?? word.replace(/(?:st|nd|rd|th)$/, ''))]]
          : [];
      }),
    );
  const claimed = unitsCounted(words(claim));
  return [...unitsCounted(words(text))].some(([unit, count]) => {
    const asked = claimed.get(unit);
    return asked !== undefined && asked !== count;
  });
}

/** A stem that is a count: digits or a number word ("five"). */
function isCountWord(term: string): boolean {
  return /^\d/.test(term) || Object.hasOwn(NUMBER_WORDS, term);
}

/**
 * Words that say a number is given, not what it counts ("the death count", "the toll"), and the
 * adverbs of a bound ("already above").
 */
const NOT_COUNTED =
  /\b(?:counts?|tolls?|numbers?|totals?|tally|tallies|figures?|already|still|yet)\b/gi;

/** What a claim that sets a bound counts: "the death count already passed 150,000" → "the death". */
function whatIsCounted(claim: string): string {
  return withoutSpans(claim, boundsIn(claim)).replace(NOT_COUNTED, ' ');
}

/** How many events are read for a claim that sets a bound on an amount. */
const BOUND_CANDIDATES = 20;

/** The stems of a text's content words and their synonyms: what a claim with a bound counts. */
function stemsWithSynonyms(text: string): ReadonlySet<string> {
  return new Set(
    words(text)
      .filter((word) => !isStopword(word))
      .flatMap((word) => [stem(word), ...synonymsOf(stem(word))]),
  );
}

/**
 * Whether a text gives every count of a claim (see `numbersIn`) and meets each of its bounds with
 * the amounts of its sentences most about what the claim counts (`counted`, see
 * `stemsWithSynonyms`): "The number of deaths … is 12,956", not "more than 397,000 … cases", for
 * "had 200,000 people died".
 */
function holdsNumbers(
  numbers: readonly string[],
  bounds: readonly Bound[],
  text: string,
  counted: ReadonlySet<string>,
): boolean {
  const present = numbersIn(text);
  if (!numbers.every((number) => present.includes(number))) return false;
  if (bounds.length === 0) return true;
  const sentences = splitSentences(text).map(({ text: sentence }) => ({
    sentence,
    shared: words(sentence).filter((word) => counted.has(stem(word))).length,
  }));
  const most = Math.max(0, ...sentences.map(({ shared }) => shared));
  const closest = sentences.filter(({ shared }) => shared === most).map(({ sentence }) => sentence);
  const amounts = closest.flatMap((sentence) => amountsIn(sentence));
  // "buy more than 100,000 ventilators" is said by "more than 100,000" as much as by 120,000.
  return bounds.every(
    (bound) => statesBounds([bound], closest.join(' ')) || meetsBound(bound, amounts) === true,
  );
}

/** Whether a text sets each of the bounds itself: "more than 100,000" for "more than 100,000". */
function statesBounds(bounds: readonly Bound[], text: string): boolean {
  const stated = boundsIn(text);
  return bounds.every((bound) =>
    stated.some((other) => other.kind === bound.kind && other.value === bound.value),
  );
}

/** The text with the given spans blanked out, offsets kept. */
function withoutSpans(text: string, spans: readonly { start: number; end: number }[]): string {
  return spans.reduce(
    (blanked, { start, end }) =>
      `${blanked.slice(0, start)}${' '.repeat(end - start)}${blanked.slice(end)}`,
    text,
  );
}

/**
 * An ordinal word in lower case, which ranks something ("their second state dinner"); capitalised
 * it is part of a name or title ("First Lady", "Second Avenue").
 */
const RANK_WORD = new RegExp(`\\b(?:${Object.keys(ORDINAL_WORDS).join('|')})\\b`, 'g');

/** The ranks a text gives in lower-case ordinal words: "the first one they hosted" → 1. */
function ranksIn(text: string): number[] {
  return [...text.matchAll(RANK_WORD)].map((match) => ORDINAL_WORDS[match[0]] ?? 0);
}

/**
 * Whether a text ranks the thing otherwise than the claim: it gives ranks, and not the claim's
 * ("their second state dinner" for "the first"). A text that gives no rank says nothing against
 * one.
 */
function ranksOtherwise(ranks: readonly number[], text: string): boolean {
  const present = ranksIn(text);
  return present.length > 0 && ranks.some((rank) => !present.includes(rank));
}

/** A number, or a capitalised word past the first (a name), as typed. */
const SPECIFIC_WORD = /(?<=\S\s+)(?:\d[\d,.]*|\p{Lu}[\p{L}'’.-]*)/gu;

/**
 * The names a claim gives as details of what happened ("in Cleveland"), folded into words: not
 * its numbers (`numbersIn` compares those) or its date's words, nor an owner ("France's
 * election" is said by "the French election", "America's war dead" by no place at all).
 */
function detailNames(typed: string, range: DayRange | null): string[] {
  const dateWords = new Set(words(range?.text ?? ''));
  return specificWords(typed, (match) => /^\p{L}/u.test(match) && !/['’]s?$/.test(match)).filter(
    (word) => !dateWords.has(word),
  );
}

/**
 * A claim typed all in lower case with the names of the persons it mentions capitalised: "fired
 * rich higgins" names Higgins, whom an event about Bannon lacks; "the military" stays a word. A
 * claim with any capital is left as typed: the asker wrote its names.
 */
function namesAsWritten(ctx: AnswerContext, typed: string): string {
  if (/\p{Lu}/u.test(typed)) return typed;
  const nameWords = new Set(
    mentionedPeople(ctx, typed)
      .map((index) => at(ctx.dataset.people, index))
      .filter((person) => person.kind === 'person')
      .flatMap((person) => words(person.name)),
  );
  return typed.replace(/\p{L}[\p{L}'’-]*/gu, (word) =>
    nameWords.has(word) ? capitalise(word) : word,
  );
}

/** The numbers and names of a claim as the asker typed it (those `keep` keeps), folded into words. */
function specificWords(typed: string, keep: (match: string) => boolean = () => true): string[] {
  return [...typed.matchAll(SPECIFIC_WORD)]
    .filter((match) => keep(match[0]))
    .flatMap((match) => words(match[0]))
    .filter((word) => !isStopword(word));
}

/**
 * An event reporting someone other than `speaker` saying the claim, in the same sense and with
 * most of its rarest words, in the sentence that names them.
 */
function reportedElsewhere(
  ctx: AnswerContext,
  claim: string,
  speaker: number | null,
  range: DayRange | null,
  quoted: string | null,
): Answer | null {
  const asked = speaker === null ? null : (ctx.dataset.people[speaker]?.id ?? null);
  const must = mustHold(ctx, claim, quoted);
  if (must.distinctive.length < DISTINCTIVE_WORDS) return null;
  for (const { answer, sentence } of reportedStatements(ctx, claim, null, range, 3)) {
    if (asked !== null && answer.speakerId === asked) continue;
    if (holdsClaim(claim, sentence, must)) return answer;
  }
  return null;
}

/** The words naming the asked speaker: a person's names and aliases, or the phrase's words. */
function nameWordsOf(
  ctx: AnswerContext,
  speaker: number | null,
  speakerWords: readonly string[],
): Set<string> {
  const person = speaker === null ? undefined : ctx.dataset.people[speaker];
  return new Set(
    person === undefined
      ? speakerWords
      : [person.name, ...person.aliases].flatMap(words).filter((word) => !isStopword(word)),
  );
}

/**
 * Whether the sentence holding a quote has the asked speaker (a person's name, or the words of
 * a phrase naming nobody known) before a speech verb that comes before the quote: its words are
 * reported as theirs.
 */
function reportedBy(
  ctx: AnswerContext,
  quote: Quote,
  speaker: number | null,
  speakerWords: readonly string[],
): boolean {
  // A title or an honorific the speaker shares with others names none of them: "Press Secretary
  // Spicer" is no report by Press Secretary Sanders, nor "Mr. Trump" one by Mr. Cohen.
  const person = speaker === null ? undefined : ctx.dataset.people[speaker];
  const titleWords = new Set([
    ...HONORIFICS,
    ...(person?.roles ?? []).flatMap((role) => words(role.title)),
  ]);
  const names = new Set(
    [...nameWordsOf(ctx, speaker, speakerWords)].filter((word) => !titleWords.has(word)),
  );
  // "…", according to the Times's sources: a publication's sources speak in its report.
  const sources = /^(?:the\s+)?(.+?)['’]s?\s+(?:sources?|reporting|report|reporters)$/i.exec(
    quote.speaker?.name ?? '',
  );
  if (sources !== null && words(sources[1] ?? '').some((word) => names.has(word))) return true;
  const before = quote.sentence.slice(0, Math.max(0, quote.sentence.indexOf(quote.text)));
  const verb = [...before.matchAll(SPEECH_VERB_IN_TEXT)].at(-1);
  if (verb === undefined) return false;
  const subject = words(before.slice(0, verb.index)).slice(-REPORTER_WORDS);
  // A described speaker is named by its head noun: "the House impeachment managers" are not
  // "… concerning the articles of impeachment against him, arguing".
  const head = speaker === null ? speakerWords.at(-1) : undefined;
  if (head !== undefined && !subject.some((word) => stem(word) === stem(head))) return false;
  return subject.some((word) => names.has(word));
}

/**
 * The best event for the claim that is not about the asked speaker (`notByOther` is false) but names a doer
 * (a person, or a body it opens with: "The Department of the Treasury launches …"), and holds the
 * claim in the same sense with most of its rarest words.
 */
function claimOfOther(
  ctx: AnswerContext,
  claim: string,
  notByOther: (event: Event, text: string) => boolean,
  range: DayRange | null,
  quoted: string | null,
  typedClaim: string,
): Answer | null {
  const mustHave = mustHold(ctx, claim, quoted);
  if (mustHave.distinctive.length < DISTINCTIVE_WORDS) return null;
  for (const hit of searchHits(ctx, claim, 3, [DocKind.event], { people: [], range })) {
    const event = ctx.dataset.events[ctx.index.refs[hit.doc] ?? -1];
    if (event === undefined) continue;
    const text = reportedText(event, ctx.lookup);
    if (notByOther(event, text)) continue;
    if (event.personIds.length === 0 && openingName(text).length === 0) continue;
    // An event whose people the claim itself names ("the dinner Trump and Melania hosted") is
    // what the claim is set in, not someone else saying it.
    if (onlyNamedInClaim(ctx, event, text, typedClaim)) continue;
    const holds = splitSentences(text).some(({ text: sentence }) =>
      holdsClaim(claim, sentence, mustHave),
    );
    if (holds) return answerOf(ctx, hit.doc, roundScore(hit.score));
  }
  return null;
}

/**
 * Whether every person an event names, and the name it opens with (its doer), are named in the
 * claim. An event opening with no name ("Three 9th Circuit judges hold …") has a doer of its own.
 */
function onlyNamedInClaim(ctx: AnswerContext, event: Event, text: string, claim: string): boolean {
  // An owner ("Trump's treatment of Cohen") is named as no doer of the claim.
  const claimWords = new Set(words(claim.replace(/\p{L}+['’]s?(?!\p{L})/gu, ' ')));
  const named = (name: string): boolean =>
    words(name).some((word) => !isStopword(word) && claimWords.has(word));
  return (
    event.personIds.length > 0 &&
    event.personIds.every((id) =>
      named(ctx.dataset.people[ctx.personById.get(id) ?? -1]?.name ?? ''),
    ) &&
    named(openingName(text).join(' '))
  );
}

/** The words a text must hold to say a claim (see `mustHold`). */
interface MustHold {
  distinctive: readonly string[];
  required: string | null;
  /** A verb of judging the claim opens with ("thank", "praise"): the report must say it too. */
  verb: string | null;
}

/**
 * The words a report must mostly hold to say the claim: its rarest ones, adverbs left out since
 * they only qualify it ("completely cleared" is "totally exonerates"), and the rarest of any
 * words the asker quoted, which are the claim's point ("fine people on both sides" is not "people
 * on both sides share blame").
 */
function mustHold(ctx: AnswerContext, claim: string, quoted: string | null): MustHold {
  // Adverbs as the tagger reads them in the claim: "totally", not "rally" or "family".
  const unqualified = (text: string) =>
    tagTokens(text)
      .filter((token) => token.pos !== 'ADV')
      .map((token) => token.text)
      .join(' ');
  const required = quoted === null ? null : (distinctiveStems(ctx, unqualified(quoted))[0] ?? null);
  const first = words(claim)[0] ?? '';
  const verb = EVALUATIVE_VERB.test(first) ? stem(first) : null;
  return { distinctive: distinctiveStems(ctx, unqualified(claim)), required, verb };
}

/**
 * A sentence opening with a pronoun goes on about the one the sentence before named, after an
 * adverb or a phrase set before it too: "In the following days, she deletes …".
 */
const PRONOUN_OPENING = /^(?:[A-Z]\w+ly,?\s+|[A-Z][^,.;]{0,60},\s+)?(?:[Hh]e|[Ss]he|[Tt]hey)\b/;

/**
 * Whether a sentence of `text` about the speaker says the claim, in the same sense, and holds most
 * of its rarest words (`distinctive`: not only "fix" of "I alone can fix it"). Only the words
 * after the speaker's name are theirs: in "The Army will not investigate … in spite of President
 * Trump's comment that the military should "take a look at" …" the "not" is the Army's, and
 * "President" is no part of what Trump said. Something done to them (`passive`) is said of them
 * in the whole sentence that names them.
 */
function saysTheClaim(
  claim: string,
  text: string,
  nameStems: { all: ReadonlySet<string>; own: ReadonlySet<string> },
  mustHave: MustHold,
  passive: boolean,
): boolean {
  // Two content words are too few to tell a report of the claim from a coincidence: "Trump
  // attacks Comey, the fired FBI director" does not confirm "he fired Comey". Something done to
  // the subject is held with their name ("Was Tillerson confirmed as Secretary of State?").
  if (!passive && mustHave.distinctive.length < DISTINCTIVE_WORDS) return false;
  return splitSentences(text).some(({ text: sentence }) => {
    const { written, folded } = writtenWords(sentence);
    const isName = (i: number): boolean => nameStems.all.has(stem(folded[i] ?? ''));
    // A title the speaker's aliases share stands for them ("The President chastises …") unless
    // someone else's name follows it: "Under Secretary of State Shannon meets …" is not
    // Secretary of State Tillerson.
    const titlesAnother = (i: number): boolean => {
      let j = i;
      for (; j < folded.length && (isName(j) || folded[j] === 'of'); j++) {
        if (nameStems.own.has(stem(folded[j] ?? ''))) return false;
      }
      return /^\p{Lu}/u.test(written[j] ?? '');
    };
    let from = PRONOUN_OPENING.test(sentence)
      ? 0
      : folded.findIndex((_, i) => isName(i) && !titlesAnother(i));
    if (from < 0) return false;
    // What was done to them is said of them wherever their name stands: "The Senate confirms
    // Rex Tillerson …".
    if (passive) from = 0;
    while (from < folded.length && isName(from)) from++;
    return holdsClaim(claim, folded.slice(from).join(' '), mustHave);
  });
}

/**
 * Whether a text says the claim, in the same sense (exact or in other words), with most of its
 * rarest words and the rarest of the words the asker quoted.
 */
function holdsClaim(
  claim: string,
  text: string,
  { distinctive, required, verb }: MustHold,
): boolean {
  const comparison = compareQuote(claim, text, { kinds: true });
  return (
    (comparison.verdict === 'paraphrase' || comparison.verdict === 'exact') &&
    mentionsMost(text, distinctive) &&
    (required === null || mentionsMost(text, [required])) &&
    (verb === null || mentionsMost(text, [verb]))
  );
}

/** Words before a noun, which make the participle after them a modifier: "the fired director". */
const DETERMINER = new RegExp(`^(?:${DETERMINER_WORDS})$`);
/** An aside after a name, between commas: ", a senior communications aide,". */
const NAME_ASIDE = /^\s*,[^,]{1,80},/;

/**
 * Whether a sentence of the text has the speaker as the subject of the claim's own verb, right
 * after their name and any aside (or after a "she" going on about them), and every word of the
 * claim after it: "Josh Raffel, a senior communications aide, announced his resignation" says
 * "Did Raffel announce his resignation?", however short the claim. "Trump attacks James Comey,
 * the fired FBI director" does not say "Did Trump fire Comey?": its verb is "attacks".
 */
function saidBySubject(
  claim: string,
  text: string,
  nameStems: ReadonlySet<string>,
  nameWords: ReadonlySet<string>,
  spelledOut: SpelledOut,
): boolean {
  // A claim asked with a verb of saying ("Did Raffel announce his resignation?") is its
  // object, said by any such verb; another claim opens with its own verb.
  const claimVerb = words(claim)[0] ?? '';
  const saying = isStopword(claimVerb);
  const verbStems = new Set([stem(claimVerb), ...synonymsOf(stem(claimVerb))]);
  const isClaimVerb = (word: string): boolean =>
    saying ? SPEECH_VERB_WORD.test(word) : verbStems.has(stem(word));
  // The sentence after its subject: the name, only small words before it, or a "she" going on
  // about them (never in the text's first sentence, which has no one named before it).
  const afterSubject = (sentence: string, opensText: boolean): string | null => {
    const pronoun = PRONOUN_OPENING.exec(sentence);
    if (pronoun !== null) return opensText ? null : sentence.slice(pronoun[0].length);
    const names = [...sentence.matchAll(/[\p{L}'’.-]+/gu)].filter((m) =>
      nameStems.has(stem(words(m[0])[0] ?? '')),
    );
    const first = names[0];
    const last = names.at(-1);
    if (first === undefined || last === undefined) return null;
    const before = words(sentence.slice(0, first.index));
    if (before.some((word) => /^\p{L}/u.test(word) && !isStopword(word))) return null;
    return sentence.slice(last.index + last[0].length).replace(NAME_ASIDE, '');
  };
  return splitSentences(text).some(({ text: sentence }, i) => {
    const rest = afterSubject(sentence, i === 0);
    if (rest === null) return false;
    const verb = words(rest)[0];
    // What the verb says is the clause after it: "attacks James Comey, the fired FBI director"
    // says nothing of firing.
    const clause = rest.split(/[,;:]/)[0] ?? '';
    return (
      verb !== undefined &&
      isClaimVerb(verb) &&
      holdsEveryWord(claim, clause, nameWords, spelledOut)
    );
  });
}

/**
 * Whether every content word of the claim but the speaker's name is in the text as the same word,
 * as its place's other form ("Afghan" for "Afghanistan"), or as the name an acronym stands for
 * ("UAE" for "United Arab Emirates"); a synonym is the writer's word.
 */
function holdsEveryWord(
  claim: string,
  text: string,
  nameWords: ReadonlySet<string>,
  spelledOut: SpelledOut,
): boolean {
  return holdsShareOfWords(claim, text, nameWords, spelledOut, 1);
}

/**
 * Whether the text holds at least `share` of the claim's content words (see `shareOfWords`), the
 * claim's own verb not only as a modifier: "the fired FBI director" does not say "fire Comey".
 */
function holdsShareOfWords(
  claim: string,
  text: string,
  nameWords: ReadonlySet<string>,
  spelledOut: SpelledOut,
  share: number,
): boolean {
  const opening = words(claim)[0];
  const verb = opening === undefined || isStopword(opening) ? null : stem(opening);
  const textWords = words(text);
  const uses = textWords.flatMap((word, i) => (stem(word) === verb ? [i] : []));
  // A claim that opens with its subject ("Saudi lobbyists paid for …") has no verb to check: its
  // first word is no verb once a pronoun stands before it ("they fire Comey"). Tagged only when
  // the text uses the word as a modifier, which few texts do.
  const onlyModifies =
    uses.length > 0 &&
    uses.every((i) => DETERMINER.test(textWords[i - 1] ?? '')) &&
    tagTokens(`they ${claim}`)[1]?.pos === 'VERB';
  return !onlyModifies && shareOfWords(claim, text, nameWords, spelledOut) >= share;
}

/**
 * The share of the claim's content words (but the speaker's name) that the text holds, as the
 * same word, its place's other form or the name an acronym stands for (see `holdsEveryWord`);
 * 0 for a claim without content words.
 */
function shareOfWords(
  claim: string,
  text: string,
  nameWords: ReadonlySet<string>,
  spelledOut: SpelledOut,
): number {
  const wanted = words(claim)
    .filter((word) => !isStopword(word) && !CLAUSE_WORDS.has(word) && !nameWords.has(word))
    .map(stem);
  const have = stemsOf(text);
  const held = wanted.filter((term) => holdsTerm(term, have, spelledOut));
  return wanted.length === 0 ? 0 : held.length / wanted.length;
}

/** Whether the text holds the rarest of a claim's stems (`rarest`, rarest first) that is no clause word. */
function holdsRarest(rarest: readonly string[], text: string, spelledOut: SpelledOut): boolean {
  const term = rarest.find((stemmed) => !CLAUSE_WORDS.has(stemmed));
  return term === undefined || holdsTerm(term, stemsOf(text), spelledOut);
}

function stemsOf(text: string): Set<string> {
  return new Set(words(text).map(stem));
}

/**
 * Whether a text's stems hold a claim's stem as it is, as its place's other form ("Afghan" for
 * "Afghanistan"), or as the name an acronym stands for ("the UAE's foreign minister").
 */
function holdsTerm(term: string, have: ReadonlySet<string>, spelledOut: SpelledOut): boolean {
  if (have.has(term) || placeFormsOf(term).some((form) => have.has(form))) return true;
  // A news word's synonym is the same word in the news: "slam" is "chastise", "miss" "skip".
  if (synonymsOf(term).some((synonym) => have.has(synonym))) return true;
  const name = spelledOut(term);
  return name.length > 0 && name.every((part) => have.has(part));
}

/** The stems of the name an acronym stands for in the dataset; empty when it is none. */
type SpelledOut = (term: string) => readonly string[];
