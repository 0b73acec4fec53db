/**
 * Who held a role at a time, after or before someone, or first ("Who was national security
 * adviser in 2017?", "Who was DHS secretary after Kelly?"): from the tenures the events give
 * (../roles.ts), or from the event that describes the appointment.
 */
import { questionFirst, whoDidParts, type ParsedQuestion } from '../../question/parse.js';
import { DocKind } from '../../search/dataset-index.js';
import { cardOf } from '../cards.js';
import { dateWithin } from '../days.js';
import { at, type AnswerContext } from '../context.js';
import { plainNamesOf, resolvePerson } from '../people-in-text.js';
import { personAnswer } from '../render.js';
import { focusOf, searchHits } from '../retrieve.js';
import { words } from '../../search/text.js';
import { holderFor, RANK_STEMS, roleStems, type RoleConstraint } from '../roles.js';
import type { Answer, DayRange } from '../types.js';
import { asksForSeveral, whoByDescription } from './described-person.js';

/** "after Jim Mattis left", "replaced Kelly": the person before in a role. */
const AFTER_PERSON =
  /\b(?:after|replac(?:ed|ing)|succeed(?:ed|ing))\s+(.+?)(?=\s+(?:as|in|on|at|left|resigned|quit|was|stepped|departed|when)\b|[?.!,]|$)/i;
/** "before Barr", "preceded Pompeo": the person after in a role. */
const BEFORE_PERSON =
  /\b(?:before|preceded|preceding)\s+(.+?)(?=\s+(?:as|in|on|at|took|was|became|when)\b|[?.!,]|$)/i;
/** Questions that ask who held a role, not who did something: "Who was …", "Who served as …". */
const HOLDING_VERB =
  /^(?:who|which\s+[\p{L}\s]{1,40}?)\s+(?:is|was|were|are|has\s+been|had\s+been|became|becomes|served|serves|held|holds|took\s+over)\b|^(?!(?:who|which|what|when|did|does|do|is|was)\b)/iu;
/** The share of a "when …" clause's words an event must have to date the clause. */
const EVENT_CLAUSE_COVERAGE = 0.6;

/**
 * "first" asking for the first holder of a role: not in a title ("Which former first lady …"),
 * nor for the first to do something ("the first sitting senator to endorse Trump").
 */
const FIRST_HOLDER =
  /\bfirst\b(?!\s+(?:lady|ladies|daughter|son|family|gentleman|couple)\b)(?![^.?!]*?\bto\s+(?!(?:serve|hold|be|head|lead)\b)\p{Ll}+)/iu;

/**
 * The order of a role's holders a question asks about: "after X", "before X" (only when they name
 * a known person: "after three senators caught Covid" does not) and "first".
 */
function roleOrderOf(
  ctx: AnswerContext,
  text: string,
): Pick<RoleConstraint, 'after' | 'before' | 'first'> {
  const personIn = (phrase: string | undefined): number | null =>
    phrase === undefined ? null : (resolvePerson(ctx, phrase)?.index ?? null);
  return {
    after: personIn(AFTER_PERSON.exec(text)?.[1]),
    before: personIn(BEFORE_PERSON.exec(text)?.[1]),
    first: FIRST_HOLDER.test(text),
  };
}

/**
 * For a question about a role holder: the person the best events describe, when they hold the
 * role ("Who did Trump name as national security adviser in September 2019?" is answered by the
 * event that names him), else the holder the tenures give. Empty when the question asks about no
 * role with a time, an order or "first".
 */
export function describedOrRoleHolder(
  ctx: AnswerContext,
  parsed: ParsedQuestion,
  limit: number,
): Answer[] {
  // A phrase set before the question is read after it: "After the labor secretary quit, who did
  // Trump put in charge?" asks whom Trump put in charge.
  const question = questionFirst(parsed.text).body;
  // "Who did the president meet …?" asks for whom the role holder met, not for the holder.
  const subject = whoDidParts(question)?.subject;
  if (subject !== undefined && ctx.roles().askedRole(subject) !== null) return [];
  const order = roleOrderOf(ctx, parsed.text);
  // "Which senators moved to block …?" asks for those who did it, not for a holder of the role.
  if (asksForSeveral(question) && !HOLDING_VERB.test(question)) return [];
  const byRole = roleHolderAnswers(ctx, parsed, order, limit);
  if (byRole.length === 0) return [];
  // "first", "after X", "before X" are about the order of holders, which only tenures know.
  if (order.first || order.after !== null || order.before !== null) return byRole;
  const described = whoByDescription(ctx, parsed.text, parsed.range, limit);
  const person = described[0]?.kind === 'person' ? ctx.personById.get(described[0].id) : undefined;
  const extra = acronymStems(ctx, parsed.text);
  const roles = ctx.roles();
  const holders = roles.holdersFor(parsed.text, extra) ?? [];
  // The described person counts if the tenures hold them, or if the data gives them the role
  // at all ("names Robert O'Brien as national security adviser" gives no tenure yet), or one
  // that holds its words ("Senate Majority Leader" for a senator).
  const asked = roles.askedRole(parsed.text, extra);
  // The described person's roles, each as its stems, read once for the tests below.
  const theirRoles =
    person === undefined ? [] : at(ctx.dataset.people, person).roles.map((r) => roleStems(r.title));
  const hasAll = (stems: readonly string[]): boolean =>
    asked?.every((part) => stems.includes(part)) === true;
  // More words, but no lower rank: a deputy attorney general is no attorney general.
  const holdsRole = theirRoles.some(
    (stems) =>
      hasAll(stems) && !RANK_STEMS.some((rank) => stems.includes(rank) && !asked?.includes(rank)),
  );
  // Only an event in the asked time describes its holder: the search falls back on any time.
  const inRange = parsed.range === null || dateWithin(described[1]?.date ?? null, parsed.range);
  // "Which US ambassador announced his resignation …?" asks for the one who did it, of any
  // ambassadors; "Who was ambassador …?" for the holder of the role.
  // Still, one described with another role of the kind ("Mexican Interior Secretary" for "Which
  // Homeland Security secretary …?") is not the one asked about.
  const holdsOtherOfKind = theirRoles.some(
    (stems) => asked !== null && asked.some((part) => stems.includes(part)) && !hasAll(stems),
  );
  const doneBy = !HOLDING_VERB.test(question) && !holdsOtherOfKind;
  return person !== undefined &&
    inRange &&
    (doneBy || holders.some((tenure) => tenure.person === person) || holdsRole)
    ? described
    : byRole;
}

/** The words of the names the question's acronyms stand for ("DHS"). */
function acronymStems(ctx: AnswerContext, text: string): string[] {
  return (text.match(/\b\p{Lu}{2,6}\b/gu) ?? []).flatMap((acronym) => [
    ...ctx.index.text.acronyms.expand(acronym),
  ]);
}

/**
 * The holder the tenures give, then their latest events. Empty when the question names no role
 * or no time, order or "first" to pick a holder by.
 */
function roleHolderAnswers(
  ctx: AnswerContext,
  parsed: ParsedQuestion,
  order: Pick<RoleConstraint, 'after' | 'before' | 'first'>,
  limit: number,
): Answer[] {
  const text = parsed.text;
  const constraint: RoleConstraint = { range: parsed.range ?? dayOfEvent(ctx, text), ...order };
  const constrained =
    constraint.range !== null ||
    constraint.after !== null ||
    constraint.before !== null ||
    constraint.first;
  if (!constrained) return [];
  const holders = ctx.roles().holdersFor(text, acronymStems(ctx, text));
  if (holders === null) return [];
  const holder = holderFor(holders, constraint);
  // Whom the question names is not its answer: "Who became acting HHS secretary when Tom Price
  // quit?" is left to the event that describes it.
  if (holder === null || namedIn(ctx, text, holder.person)) return [];
  const person = at(ctx.dataset.people, holder.person);
  const card = cardOf(ctx, holder.person, limit);
  return [personAnswer(person, ctx.lookup, 1), ...card.events].slice(0, limit);
}

/** Whether the text calls the person by their name or a one-word alias ("Price"). */
function namedIn(ctx: AnswerContext, text: string, person: number): boolean {
  const textWords = new Set(words(text));
  return plainNamesOf(at(ctx.dataset.people, person)).some((called) =>
    words(called).every((word) => textWords.has(word)),
  );
}

/**
 * The day of the event a "when …" clause names ("… when the Mueller report was released"): the
 * best event for the clause's words. Null without such a clause or a matching event.
 */
function dayOfEvent(ctx: AnswerContext, question: string): DayRange | null {
  const clause = /\bwhen\s+(.{6,})$/i.exec(question.replace(/[?!.]+$/, ''))?.[1];
  if (clause === undefined) return null;
  const hit = searchHits(ctx, clause, 1, [DocKind.event], focusOf(ctx, clause, null))[0];
  const date =
    hit === undefined ? undefined : ctx.dataset.events[ctx.index.refs[hit.doc] ?? -1]?.date;
  return date === undefined || (hit?.coverage ?? 0) < EVENT_CLAUSE_COVERAGE
    ? null
    : { from: date, to: date, text: `when ${clause}` };
}
