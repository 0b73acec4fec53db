/**
 * A person the question describes rather than names ("Who replaced Mick Mulvaney as chief of
 * staff?", "Which Supreme Court pick …"): found in the events that best match the description.
 */
import { capitalise } from '../../language/letter-case.js';
import { listOfNames } from '../../language/name-list.js';
import { splitSentences } from '../../language/sentences.js';
import { whoDidParts } from '../../question/parse.js';
import { hasWords } from '../../question/sanitize.js';
import type { Event } from '../../dataset/schema.js';
import { DETERMINER_WORDS } from '../../language/determiners.js';
import { tagTokens } from '../../language/part-of-speech.js';
import { synonymsOf } from '../../search/synonyms.js';
import { isStopword, stem, words } from '../../search/text.js';
import { DocKind } from '../../search/dataset-index.js';
import { at, type AnswerContext } from '../context.js';
import { withoutRangeWords } from '../days.js';
import { plainNamesOf } from '../people-in-text.js';
import { RANK_STEMS, roleStems } from '../roles.js';
import { personAnswer, reportedText } from '../render.js';
import { coordinatedSubjectPeople, namedOnlyAsOwner, subjectNamingNobody } from '../reported.js';
import { focusOf, searchAnswers } from '../retrieve.js';
import type { Answer, DayRange } from '../types.js';

/** "Who threatened …", "Who called …": questions about what someone said. */
const SAYS =
  /^(?:who|which\s+[\p{L}\s]{1,40}?)\s+(?:(?:first|publicly|once|later|also)\s+)?(?:said|says|threatened|threatens|warned|warns|called|calls|claimed|claims|tweeted|tweets|wrote|writes|described|describes|denounced|accused|blamed|praised|criticized|criticised|condemned|urged|insisted|denied|argued|declared|promised|vowed|boasted|mocked|attacked|slammed|told|tells|asked|asks|compared|dismissed)\b/iu;
/** Nouns for bodies that "Which …" may ask for: "Which federal office …", "Which NBA team …". */
export const BODY_NOUNS =
  'magazines?|newspapers?|papers?|outlets?|networks?|agenc(?:y|ies)|compan(?:y|ies)|firms?|committees?|courts?|countr(?:y|ies)|nations?|departments?|organi[sz]ations?|groups?|unions?|universit(?:y|ies)|teams?|campaigns?|panels?|publications?|tabloids?|websites?|chambers?|bod(?:y|ies)|famil(?:y|ies)|boards?|councils?|commissions?|bureaus?|ministr(?:y|ies)|governments?|part(?:y|ies)|coalitions?|alliances?|legislatures?|parliaments?|offices?|institutions?|banks?';
/** Nouns for people that "Which …" may ask for: "Which senator …". */
export const PERSON_NOUNS =
  'person|people|man|woman|officials?|senators?|chiefs?|picks?|nominees?|judges?|justices?|lawyers?|advis[eo]rs?|secretar(?:y|ies)|directors?|leaders?|members?|candidates?|aides?|assistants?|deputies|deputy|envoys?|diplomats?|prosecutors?|ambassadors?|governors?|generals?|journalists?|hosts?|spokes(?:man|woman|person)|attorneys?|officers?|ministers?|presidents?|congressm[ae]n|congresswom[ae]n|representatives?|lawmakers?|staffers?|administrators?|heads?|boss(?:es)?|moguls?|anchors?|couples?|commissioners?|mayors?|ceos?|executives?|founders?|reporters?|columnists?|correspondents?|commentators?|stars?|players?|coach(?:es)?|owners?|billionaires?|businessm[ae]n|businesswom[ae]n|donors?|activists?|inspectors?|investigators?|economists?|scientists?|doctors?|physicians?|experts?|counsel|whistleblowers?|witness(?:es)?|veterans?|soldiers?|admirals?|commanders?|kings?|queens?|princes?|princess(?:es)?|popes?|clerics?|dictators?|premiers?|chancellors?|monarchs?|comedians?|musicians?|celebrit(?:y|ies)|appointees?|strategists?|legislators?|delegates?|speakers?';
const PERSON_NOUN = new RegExp(`^(?:${PERSON_NOUNS}|chairm[ae]n|chairwom[ae]n)$`, 'iu');
const BODY_NOUN = new RegExp(`^(?:${BODY_NOUNS})$`, 'iu');

/**
 * What "Which …" asks for, by the head of its phrase (the last person or body noun before the
 * verb): a body for "Which federal office said …" or "Which chamber confirmed Alex Acosta as Labor
 * Secretary?", a person for "Which Council of Economic Advisers chairman announced …", with that
 * head word; null for a question that does not open with "which" or names neither.
 */
function whichAsksFor(question: string): { kind: 'person' | 'body'; head: string } | null {
  const tokens = tagTokens(question);
  if (!/^which$/i.test(tokens[0]?.text ?? '')) return null;
  let asked: { kind: 'person' | 'body'; head: string } | null = null;
  // After "of", capitalised words name what the head belongs to ("deputy director of the
  // National Economic Council"); a lower-case noun after them is a head again ("Council of
  // Economic Advisers chairman").
  let inName = false;
  for (const [i, token] of tokens.entries()) {
    if (i === 0) continue;
    if (token.pos === 'VERB' || token.pos === 'AUX') break;
    if (token.text.toLowerCase() === 'of') inName = true;
    else if (/^\p{Lu}/u.test(token.text) && inName) continue;
    else if (token.text.toLowerCase() !== 'the') inName = false;
    // An owner is no head: "Which member of the vice president's staff …" asks for a member.
    if (/^['’]s?$/.test(tokens[i + 1]?.text ?? '')) continue;
    if (PERSON_NOUN.test(token.text)) asked = { kind: 'person', head: token.text };
    else if (BODY_NOUN.test(token.text)) asked = { kind: 'body', head: token.text };
  }
  return asked;
}

/** A plural head noun: "senators", "prosecutors", "congressmen", "deputies", "bosses". */
const PLURAL_HEAD = /(?:[^s]s|sses|ies|men)$/iu;

/**
 * Whether "Which …" asks for several people ("Which senators moved to block new witnesses …?"):
 * those who did something together, whom no one holder of the role answers.
 */
export function asksForSeveral(question: string): boolean {
  const asked = whichAsksFor(question);
  return asked?.kind === 'person' && PLURAL_HEAD.test(asked.head);
}

/** How many words before a name its title may begin: "official Dr. Rick Bright". */
const TITLE_REACH = 3;

/**
 * Of several people in an event, the one the event titles with the head "Which …" asks for:
 * "Federal judge Derrick Watson permits Attorney General of Hawaii Doug Chin …" for "Which federal
 * judge let Hawaii's attorney general …?" is Watson, though the question describes Chin too.
 */
function titledAsAsked(
  ctx: AnswerContext,
  event: Event | undefined,
  candidates: readonly number[],
  head: string,
  question: string,
): number | null {
  if (event === undefined || candidates.length < 2) return null;
  // A plural title ("Congressional leaders Mitch McConnell and Chuck Schumer") singles no one out.
  const title = head.toLowerCase().replace(/(?<=[^s])s$/, '');
  // The whole report: the title may stand in a later sentence ("The White House explains that it
  // is acting on the recommendation of Deputy Attorney General Rod Rosenstein …").
  const text = words(reportedText(event, ctx.lookup));
  const titleBefore = (index: number): string[][] => {
    const surname = words(at(ctx.dataset.people, index).name).at(-1);
    return text.flatMap((word, position) =>
      word === surname ? [text.slice(Math.max(0, position - 1 - TITLE_REACH), position - 1)] : [],
    );
  };
  const titled = candidates.filter((index) =>
    titleBefore(index).some((before) => before.includes(title)),
  );
  if (titled.length === 1) return titled[0] ?? null;
  // "Which deputy attorney general …" with "Deputy Attorney General Rod Rosenstein and Attorney
  // General Sessions": the words before the head tell the two apart.
  const modifiers = words(question.slice(0, question.search(new RegExp(`\\b${head}\\b`, 'i'))))
    .slice(1)
    .filter((word) => !isStopword(word));
  if (modifiers.length === 0) return null;
  const phrase = ` ${[...modifiers, title].join(' ')} `;
  const fully = titled.filter((index) =>
    titleBefore(index).some((before) => ` ${before.join(' ')} `.includes(phrase)),
  );
  return fully.length === 1 ? (fully[0] ?? null) : null;
}

/**
 * The name a text gives right after the title "Which <title> …" asks for, capitalised as a title
 * before a name is: "Governor Jim Justice" for "Which governor announced …?". Null when the
 * question asks for no person by a title, or the text has no such name.
 */
function nameAfterAskedTitle(question: string, text: string): string | null {
  const title =
    /^which\s+(?:[\p{L}-]+\s+){0,3}?([\p{L}-]+)\s+(?:\p{Ll}+ed|said|told|wrote|did|does)\b/iu.exec(
      question,
    )?.[1];
  if (title === undefined || !PERSON_NOUN.test(title)) return null;
  const singular = title.replace(/(?<=[^s])s$/i, '');
  const found = new RegExp(
    `\\b${capitalise(singular.toLowerCase())}(?:\\s+(?:to|of)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}.]*)?\\s+((?:\\p{Lu}[\\p{L}'’.-]*\\s+){1,2}\\p{Lu}[\\p{L}'’.-]*)`,
    'u',
  ).exec(text);
  // A sentence's full stop is no part of the name; an initial's is ("Robert C.").
  return found?.[1]?.replace(/(?<=\p{L}{2})\.$/u, '') ?? null;
}

/** A name as a person's is written: two to four capitalised words or initials ("K. T. McFarland"). */
const PERSONAL_NAME = /^(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’.-]*$/u;

/** How much closer than the next person the nearest must be named to the description. */
const CLEARLY_NEAREST = 1.25;
/** How many of the best events a described person is looked for in. */
const WHO_EVENTS = 2;

/**
 * In the best events for the description, the person the question does not already name. Of
 * several, the one with the fewest events in the dataset, since the most specific is the one
 * described ("President Trump names Robert O'Brien" is about O'Brien). The person comes first,
 * then the events that say so; empty when no event names anyone else.
 */
export function whoByDescription(
  ctx: AnswerContext,
  question: string,
  range: DayRange | null,
  limit: number,
): Answer[] {
  const description = question.replace(/^(?:who|whom)\s+(?:is|was|are|were|did|has|had)?\s*/i, '');
  if (!hasWords(description)) return [];
  const focus = focusOf(ctx, description, range);
  // Only people the question calls by name are not the answer: "the Venezuelan president" finds
  // Maduro among the people mentioned, but describes him rather than names him.
  const asked = new Set(words(description));
  const named = new Set(focus.people.filter((index) => calledByName(ctx, index, asked)));
  // A name the question writes ("el-Sisi's leadership") may be another entry's of the same
  // person ("Abdel Fattah el-Sisi"): its words name them too.
  const capitalised = new Set(
    description
      .split(/\s+/)
      .slice(1)
      .filter((token) => /\p{Lu}/u.test(token))
      .flatMap((name) => words(name).filter((word) => !isStopword(word))),
  );
  const events = searchAnswers(
    ctx,
    withoutRangeWords(description, range),
    limit,
    [DocKind.event],
    focus,
  );
  const whoDid = whoDidParts(question);
  const notAskedFor = describedOtherwise(ctx, question, whoDid?.subject);
  const askedFor = whichAsksFor(question);
  const subjectVerb = subjectVerbAsked(question);
  const askedKind = askedFor?.kind ?? null;
  const asksForBody = askedKind === 'body';
  const asksSeveral = asksForSeveral(question);
  let skippedNamed = false;
  let firstSingle: Answer[] | undefined;
  for (const [rank, answer] of events.slice(0, WHO_EVENTS).entries()) {
    const event = answer.eventId === null ? undefined : ctx.lookup.eventById.get(answer.eventId);
    const candidates = (asksForBody ? [] : (event?.personIds ?? []))
      .map((id) => ctx.personById.get(id))
      .filter(
        (index): index is number =>
          index !== undefined && !named.has(index) && !calledByName(ctx, index, capitalised),
      )
      .filter((index) => at(ctx.dataset.people, index).kind === 'person')
      .filter((index) => !notAskedFor(index))
      .sort(
        (a, b) =>
          at(ctx.dataset.people, a).eventIds.length - at(ctx.dataset.people, b).eventIds.length,
      );
    // "Who threatened at the UN to …?": a verb of saying asks for whoever is quoted saying it.
    const quotedHere = (index: number): boolean =>
      (ctx.quotesBySpeaker.get(index) ?? []).some(
        (quote) => ctx.dataset.quotes[quote]?.eventId === event?.id,
      );
    const argument = argumentOfAskedVerb(ctx, event, candidates, question, {
      whoDidVerb: whoDid?.verb,
      subjectVerb,
    });
    const chosen =
      (SAYS.test(question) ? candidates.find(quotedHere) : undefined) ??
      givenTheRole(ctx, event, candidates, description) ??
      (askedFor?.kind === 'person'
        ? titledAsAsked(ctx, event, candidates, askedFor.head, question)
        : null) ??
      argument ??
      nearestToDescription(ctx, event, candidates, description) ??
      candidates[0];
    // The subject the event opens with when it names no person, read once for the tests below.
    const organisation =
      event !== undefined && (rank === 0 || skippedNamed) ? subjectNamingNobody(ctx, event) : null;
    // "President Trump's campaign team hands over …" for "Who handed over …?": a body the
    // event opens with acts, not the person who owns it.
    const ownedBody = rank === 0 ? organisation : null;
    if (
      ownedBody !== null &&
      /['’]s\s/.test(ownedBody) &&
      askedKind !== 'person' &&
      !ASKS_FOR_OBJECT.test(question)
    ) {
      return [{ ...answer, speaker: ownedBody }, ...events.filter((other) => other !== answer)];
    }
    // "The White House issues a denial that …" for "Who issued a denial …?": the body the event
    // opens with does the asked verb, not a person named later ("… Chaffetz requests …").
    if (
      organisation !== null &&
      askedKind !== 'person' &&
      argument === null &&
      askedVerbFollows(event, organisation, subjectVerb?.verb)
    ) {
      return [{ ...answer, speaker: organisation }, ...events.filter((other) => other !== answer)];
    }
    // "Secretary of State Tillerson and Secretary of Defense Mattis lead a briefing …" for "Who
    // briefed …?": the people the event opens with act together, and are named together.
    const together = rank === 0 && !asksForBody ? actingTogether(ctx, event, question) : [];
    if (together.length > 0) {
      const names = together.map((index) => at(ctx.dataset.people, index).name);
      return [
        { ...answer, speaker: listOfNames(names) },
        ...events.filter((other) => other !== answer),
      ];
    }
    // "Which senators moved to block new witnesses …?" of "… Senate Republicans move to further
    // block new witnesses …": those asked for are the subject of the asked verb.
    const several =
      rank === 0 && asksSeveral && event !== undefined
        ? subjectOfAskedVerb(event, subjectVerb?.verb)
        : null;
    if (several !== null) {
      return [{ ...answer, speaker: several }, ...events.filter((other) => other !== answer)];
    }
    // "Which officials led the briefings …?" of "… officials, led by the Secretary of State
    // Pompeo, C.I.A. Director Haspel and Defense Secretary Esper, hold …": all of them, as the
    // event names them.
    const acting = asksSeveral ? candidates.filter((index) => actsIn(ctx, index, answer.text)) : [];
    if (acting.length >= 2) {
      const names = acting
        .map((index) => at(ctx.dataset.people, index).name)
        .sort((a, b) => positionIn(answer.text, a) - positionIn(answer.text, b));
      return [
        { ...answer, speaker: listOfNames(names) },
        ...events.filter((other) => other !== answer),
      ];
    }
    const person = chosen === undefined ? undefined : at(ctx.dataset.people, chosen);
    // "The First Family depart Washington for … President Trump's Mar-a-Lago resort" for "Who
    // left Washington …?": one named only as an owner did nothing there; the body it opens with did.
    if (
      person !== undefined &&
      organisation !== null &&
      askedKind !== 'person' &&
      namedOnlyAsOwner(answer.text, person.name)
    ) {
      return [{ ...answer, speaker: organisation }, ...events.filter((other) => other !== answer)];
    }
    if (person !== undefined) {
      const single = [personAnswer(person, ctx.lookup, 1), ...events].slice(0, limit);
      // Asked for several, one person answers only when no later event names several.
      if (!asksSeveral) return single;
      firstSingle ??= single;
      continue;
    }
    // "Which governor announced …?" of "… where Governor Jim Justice announces …", a name the
    // dataset holds as no person: the name the asked title stands before.
    const titled =
      rank === 0 && event !== undefined ? nameAfterAskedTitle(question, answer.text) : null;
    if (titled !== null && !words(titled).some((word) => capitalised.has(word))) {
      return [{ ...answer, speaker: titled }, ...events.filter((other) => other !== answer)];
    }
    // "Who issued a rare statement calling the report inaccurate?": the best event's subject is
    // an organisation ("The special counsel's office"), which answers before anyone in the next.
    // One the question names as the object is not whom it asks for ("Which department asked the
    // Supreme Court …?" is not answered by "The Supreme Court reinstates …"): the next event may
    // be. Named as the subject ("Which country did the White House accuse …?"), it is the event.
    if (organisation !== null && !ASKS_FOR_OBJECT.test(question) && namesAll(asked, organisation)) {
      skippedNamed = rank === 0;
      continue;
    }
    // Asked for a person, the subject answers only if it is named as one (a person the dataset
    // does not link: "K. T. McFarland"), not a group ("The Democratic members of the House").
    const fits = askedKind !== 'person' || PERSONAL_NAME.test(organisation ?? '');
    if (organisation !== null && fits) {
      return [{ ...answer, speaker: organisation }, ...events.filter((other) => other !== answer)];
    }
  }
  return firstSingle ?? [];
}

/**
 * People a question describes by a role but does not ask for: the holder of the subject's role in
 * "Who did the deputy attorney general appoint …?" (the answer is whom they appointed), and for
 * "Who was deputy defense secretary …?" the holder of the role above the asked rank (the defense
 * secretary is no deputy).
 */
function describedOtherwise(
  ctx: AnswerContext,
  question: string,
  subject: string | undefined,
): (index: number) => boolean {
  const subjectRole = subject === undefined ? null : ctx.roles().askedRole(subject);
  // A rank the question puts before a role no one holds: "deputy" in "deputy defense secretary".
  const askedStems = words(question).map(stem);
  const ranks = RANK_STEMS.filter((rank) => askedStems.includes(rank));
  const askedRole =
    HOLDS_ROLE.test(question) && ranks.length > 0 ? ctx.roles().askedRole(question) : null;
  if (subjectRole === null && askedRole === null) return () => false;
  return (index) =>
    at(ctx.dataset.people, index).roles.some((role) => {
      const stems = roleStems(role.title);
      const holdsSubjectRole = subjectRole?.every((part) => stems.includes(part)) === true;
      const belowRank =
        askedRole?.every((part) => stems.includes(part)) === true &&
        ranks.some((rank) => !stems.includes(rank));
      return holdsSubjectRole || belowRank;
    });
}

/** "Who was …", "Who is …": a question for the holder of a role. */
const HOLDS_ROLE = /^(?:who|which\s+\p{L}+)\s+(?:is|was|are|were|became|becomes)\b/iu;

/**
 * Of several people in an event, the one the text gives the role the description asks about
 * with "as": "nominates Mark Esper as Secretary of the Army and Robert Wilkie as Undersecretary
 * of Defense" answers "Who was nominated as Secretary of the Army?" with Esper, not with the
 * nominating president whose name stands nearer the verb. Null when the description has no "as"
 * role or not exactly one person is given it.
 */
function givenTheRole(
  ctx: AnswerContext,
  event: Event | undefined,
  candidates: readonly number[],
  description: string,
): number | null {
  // The role's words end where a time or place is added: "as Secretary of the Army in July 2017".
  const role =
    /\bas\s+(?:the\s+|a\s+|an\s+)?(.+?)(?=\s+(?:in|on|at|during|after|before|since|by|from)\b|[?.!,;]|$)/i.exec(
      description,
    )?.[1];
  if (event === undefined || role === undefined || candidates.length < 2) return null;
  const roleStems = words(role)
    .filter((word) => !isStopword(word))
    .map(stem);
  if (roleStems.length === 0) return null;
  const text = words(titledSummary(event));
  const given = candidates.filter((index) => {
    const surname = words(at(ctx.dataset.people, index).name).at(-1);
    return text.some((word, position) => {
      if (word !== surname || text[position + 1] !== 'as') return false;
      const after = new Set(text.slice(position + 2, position + 4 + roleStems.length).map(stem));
      return roleStems.every((term) => after.has(term));
    });
  });
  return given.length === 1 ? (given[0] ?? null) : null;
}

/** "Who did Trump nominate …", "Who was nominated …": the answer is the verb's object. */
const ASKS_FOR_OBJECT =
  /^(?:who|whom|which\s+[\p{L}\s]{1,40}?)\s+(?:(?:did|does|do)\s+(?:\p{L}+\s+){1,4}?(\p{Ll}+)|(?:was|were)\s+(\p{Ll}+ed))\b/iu;
/** "Who nominated …", "Which senator voted …": the answer is the verb's subject. */
const ASKS_FOR_SUBJECT = /^(?:who|which\s+\p{L}+)\s+(\p{Ll}+ed)\b/iu;

/**
 * The verb whose subject "Who <verb> …" asks for: one ending in "-ed" as written, another past
 * form as the tagger reads its base ("meet" for "met", "tell" for "told"), `regular` false. Light
 * and linking verbs ("became", "got removed") say nothing the event's verb would.
 */
function subjectVerbAsked(question: string): { verb: string; regular: boolean } | undefined {
  const regular = ASKS_FOR_SUBJECT.exec(question)?.[1];
  if (regular !== undefined) return { verb: regular, regular: true };
  const [first, second] = tagTokens(question.slice(0, 40));
  return /^who$/i.test(first?.text ?? '') &&
    second?.pos === 'VERB' &&
    /^\p{Ll}+$/u.test(second.text) &&
    !LIGHT_VERBS.has(second.lemma)
    ? { verb: second.lemma, regular: false }
    : undefined;
}

const DETERMINER = new RegExp(`^(?:${DETERMINER_WORDS})$`);

/** Verbs that carry little of what was done: "Who became …", "Who got removed …". */
const LIGHT_VERBS: ReadonlySet<string> = new Set([
  'be',
  'become',
  'get',
  'have',
  'do',
  'go',
  'come',
]);
/** Words between a verb and its object's name: titles, articles, a given name. */
const OBJECT_REACH = 5;
/** Words between a subject's name and its verb: an aside, an adverb. */
const SUBJECT_REACH = 4;

/**
 * Of several people in an event, the one the question's verb takes as the asked part: its
 * object for "Who did Trump nominate to the Supreme Court?" ("President Trump nominates Brett
 * Kavanaugh …" is Kavanaugh, not Kennedy whose seat he fills), its subject for "Who nominated …".
 * When the event puts the asked verb in other words, the subject is whoever opens its sentence.
 * `whoDidVerb` is the verb the tagger found in "Who did <subject> <verb> …?", when it is one.
 * Null when no single person stands so.
 */
function argumentOfAskedVerb(
  ctx: AnswerContext,
  event: Event | undefined,
  candidates: readonly number[],
  question: string,
  asked: {
    whoDidVerb: string | undefined;
    /** The question's `subjectVerbAsked`, worked out once. */
    subjectVerb: { verb: string; regular: boolean } | undefined;
  },
): number | null {
  if (event === undefined || candidates.length < 2) return null;
  const object = ASKS_FOR_OBJECT.exec(question);
  const subject = object === null ? (asked.subjectVerb ?? null) : null;
  // The tagger's verb comes first: after a subject of several words ("Whom did the deputy
  // attorney general appoint …?") the pattern would take the subject's second word.
  const verb = asked.whoDidVerb ?? object?.[1] ?? object?.[2] ?? subject?.verb;
  if (verb === undefined) return null;
  const { text, verbAt } = askedVerbIn(event, verb);
  const placed = candidates.flatMap((index) => {
    const surname = words(at(ctx.dataset.people, index).name).at(-1);
    const position = text.indexOf(surname ?? '');
    return position < 0 ? [] : [{ index, position }];
  });
  const opener = (): number | null => {
    const opening = placed.filter(({ position }) => position < SUBJECT_REACH);
    return opening.length === 1 ? (opening[0]?.index ?? null) : null;
  };
  // The event puts the asked verb in other words ("President Trump offers Theresa May the
  // United States' full support" for "Who pledged America's full support …?"): the subject is
  // whoever opens the sentence.
  // Only a verb as written is trusted that far: a tagged one ("swore in") may be a phrase.
  if (verbAt < 0) return subject?.regular === true ? opener() : null;
  // "attends the swearing in of … by Justice Thomas": after a determiner the verb is a noun,
  // whose doer no subject or object position tells.
  if (DETERMINER.test(text[verbAt - 1] ?? '')) return null;
  const near = placed.filter(({ position }) =>
    subject === null
      ? position > verbAt && position <= verbAt + OBJECT_REACH
      : position < verbAt && position >= verbAt - SUBJECT_REACH,
  );
  if (near.length === 1) return near[0]?.index ?? null;
  // The verb is an infinitive of purpose ("President Trump holds a bilateral meeting with … Lee
  // Hsien Loong … to discuss …" for "Who discussed …?"): its subject is the sentence's, who
  // opens it.
  return subject !== null && near.length === 0 && text[verbAt - 1] === 'to' ? opener() : null;
}

/** Words between the last of the subject's names and its verb: "lead a briefing" for "briefed". */
const VERB_REACH = 4;

/**
 * "Who <verb>ed", "Which TV anchor couple <verb>ed": a question for the subject of its verb. Unlike
 * `ASKS_FOR_SUBJECT`, the head after "which" may be several words: a group is named by a phrase.
 */
const ASKS_WHO_DID = /^(?:who|which\s+[\p{L}\s]{1,40}?)\s+(\p{Ll}+ed)\b/iu;

/**
 * The people an event opens with as its subject, together (see `coordinatedSubjectPeople`), when
 * the question asks who did its verb: none of them called by name in it, and the asked verb,
 * where the event has it, after them ("… are sued by the states" does not say they sued).
 */
function actingTogether(ctx: AnswerContext, event: Event | undefined, question: string): number[] {
  if (event === undefined || ASKS_FOR_OBJECT.test(question)) return [];
  const people = coordinatedSubjectPeople(ctx, event);
  const asked = new Set(words(question));
  if (people.length < 2 || people.some((index) => calledByName(ctx, index, asked))) return [];
  const verb = ASKS_WHO_DID.exec(question)?.[1];
  if (verb === undefined) return people;
  const { text, verbAt } = askedVerbIn(event, verb);
  const lastSurname = words(at(ctx.dataset.people, people.at(-1) ?? -1).name).at(-1) ?? '';
  const after = verbAt - text.indexOf(lastSurname);
  return verbAt < 0 || (after > 0 && after <= VERB_REACH) ? people : [];
}

/** Whether the asked words hold a word of one of the person's plain names ("Moon", "Tillerson"). */
function calledByName(ctx: AnswerContext, index: number, asked: ReadonlySet<string>): boolean {
  return plainNamesOf(at(ctx.dataset.people, index)).some((name) =>
    words(name).some((word) => asked.has(word)),
  );
}

/**
 * Whether the verb of "Who <verb>ed …" stands right after the name the event opens with (an
 * adverb may come between): "The White House issues a denial …" for "Who issued a denial …?".
 */
function askedVerbFollows(
  event: Event | undefined,
  opening: string,
  verb: string | undefined,
): boolean {
  if (event === undefined || verb === undefined) return false;
  const { verbAt } = askedVerbIn(event, verb);
  const openingLength = words(opening).length;
  return verbAt >= openingLength && verbAt <= openingLength + 1;
}

/** Whether the text names the person other than as an owner or in a body's name. */
function actsIn(ctx: AnswerContext, index: number, text: string): boolean {
  return !namedOnlyAsOwner(text, at(ctx.dataset.people, index).name);
}

/** Where a text first names a person, by their surname; the text's length when nowhere. */
function positionIn(text: string, name: string): number {
  const found = text.indexOf(name.split(/\s+/).at(-1) ?? name);
  return found < 0 ? text.length : found;
}

/** A subject of a few capitalised words right before its verb: "Senate Republicans". */
const CAPITALISED_SUBJECT = /(?:^|[,;]\s*)((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.'’-]*)\s+$/u;

/**
 * The capitalised subject right before the asked verb (or a news synonym of it) in a sentence of
 * the event: "Senate Republicans" in "… Senate Republicans move to further block …"; null when no
 * sentence has one.
 */
function subjectOfAskedVerb(event: Event, verb: string | undefined): string | null {
  if (verb === undefined) return null;
  const verbStems = new Set([stem(verb), ...synonymsOf(stem(verb))]);
  for (const { text } of splitSentences(titledSummary(event))) {
    for (const match of text.matchAll(/\p{L}+/gu)) {
      if (!verbStems.has(stem(match[0]))) continue;
      const subject = CAPITALISED_SUBJECT.exec(text.slice(0, match.index))?.[1];
      if (subject !== undefined) return subject;
    }
  }
  return null;
}

/**
 * An event's words, and where the asked verb (or a news synonym of it) first stands among them,
 * -1 when nowhere: "issues" for "issued".
 */
function askedVerbIn(event: Event, verb: string): { text: string[]; verbAt: number } {
  const verbStems = new Set([stem(verb), ...synonymsOf(stem(verb))]);
  const text = words(titledSummary(event));
  return { text, verbAt: text.findIndex((word) => verbStems.has(stem(word))) };
}

/**
 * Of several people in an event, the one whose clause holds the description's rarest words: in
 * "nominates six ambassadors: John R. Bass for Afghanistan; … Peter Hoekstra for the
 * Netherlands", "ambassador to the Netherlands" is Hoekstra. When one clause names them all
 * ("announces that Pence's chief lawyer, Mark Paoletta, and domestic policy director, Daris
 * Meeks, are to resign"), the words just before each name decide: "chief lawyer" is Paoletta. Each
 * word counts by its rarity in the dataset. Null unless one person clearly holds more.
 */
function nearestToDescription(
  ctx: AnswerContext,
  event: Event | undefined,
  candidates: readonly number[],
  description: string,
): number | null {
  if (event === undefined || candidates.length < 2) return null;
  const eventCount = (index: number): number => at(ctx.dataset.people, index).eventIds.length;
  const wanted = new Set(
    words(description)
      .filter((word) => !isStopword(word))
      .map(stem),
  );
  // Items of a list ("…: John R. Bass for Afghanistan; … Peter Hoekstra for the Netherlands")
  // and sentences; not commas, which also set off a name's own clause (", who leads …").
  const clauses = splitSentences(titledSummary(event))
    .flatMap(({ text }) => text.split(/[;:]/))
    .map((clause) => words(clause).map(stem));
  const surnames = candidates.map((index) => ({
    index,
    surname: stem(words(at(ctx.dataset.people, index).name).at(-1) ?? ''),
  }));
  const inClause = surnames.map(({ index, surname }) => ({
    index,
    near: clauses.filter((clause) => clause.includes(surname)).flat(),
  }));
  const inReach = surnames.map(({ index, surname }) => ({
    index,
    near: clauses.flatMap((clause) =>
      clause.flatMap((term, position) => (term === surname ? wordsBefore(clause, position) : [])),
    ),
  }));
  // The words next to a name only break a tie between the least-known people (whom the
  // fallback would choose among): beside a well-known subject ("President Trump's travel ban is
  // blocked by …") they are the event's words, not a description of them.
  const fewest = Math.min(...candidates.map(eventCount));
  const leastKnown = inReach.filter(({ index }) => eventCount(index) === fewest);
  return (
    clearlyNearest(ctx, inClause, wanted) ??
    (leastKnown.length > 1 ? clearlyNearest(ctx, leastKnown, wanted) : null)
  );
}

/**
 * An event's title and summary as one text, the title left out when the summary opens with it:
 * a timeline entry's title is its first words ("The White House director of strategic
 * communications, Mercedes Schlapp"), and read twice they would put a name far from its verb.
 */
function titledSummary(event: Event): string {
  return event.summary.startsWith(event.title.replace(/…$/, ''))
    ? event.summary
    : `${event.title}. ${event.summary}`;
}

/**
 * Words before a name that describe its bearer: "chief lawyer, Mark Paoletta". Not those after
 * it, which are what the sentence goes on to say ("… Counterterrorism, is nominated to replace"),
 * nor those before a joining word (see `wordsBefore`).
 */
const NAME_REACH = 4;

/** Words that end a name's description: "… the U.S. Border Patrol and Matt Albence". */
const JOINING_WORDS: ReadonlySet<string> = new Set(['and', 'or', 'but', 'while']);

/** Up to NAME_REACH words before `position`, back to the nearest joining word. */
function wordsBefore(clause: readonly string[], position: number): readonly string[] {
  const reach = clause.slice(Math.max(0, position - NAME_REACH), position);
  const joint = reach.findLastIndex((term) => JOINING_WORDS.has(term));
  return reach.slice(joint + 1);
}

/** The person whose nearby words hold clearly more of the wanted ones, by rarity. */
function clearlyNearest(
  ctx: AnswerContext,
  neighbourhoods: readonly { index: number; near: readonly string[] }[],
  wanted: ReadonlySet<string>,
): number | null {
  const scored = neighbourhoods.map(({ index, near }) => {
    const held = new Set(near.filter((term) => wanted.has(term)));
    const score = [...held].reduce(
      (sum, term) => sum + 1 / Math.log(2 + ctx.index.text.frequency(term)),
      0,
    );
    return { index, score };
  });
  scored.sort((a, b) => b.score - a.score);
  const [best, next] = scored;
  return best !== undefined && best.score > (next?.score ?? 0) * CLEARLY_NEAREST
    ? best.index
    : null;
}

/** Whether every content word of a name is among the question's words. */
function namesAll(asked: ReadonlySet<string>, name: string): boolean {
  const nameWords = words(name).filter((word) => !isStopword(word));
  return nameWords.length > 0 && nameWords.every((word) => asked.has(word));
}
