/**
 * Whether a text reports that the question's action happened, or only that it was planned or
 * prepared. "When did Sondland testify?" is not answered by "The House will subpoena Sondland to
 * testify", nor "When was Barr confirmed?" by "Barr's confirmation hearing": there the asked word
 * follows "to", "will" or "plans to", names a step toward the action ("confirmation hearing"),
 * or, a participle after a determiner, names someone by it ("the fired FBI director").
 * A ranking feature: a factor of 1 for a text where the word stands as a plain verb or noun, less
 * where every use of some asked word is only planned or preparatory.
 */
import { DETERMINER_WORDS } from '../../language/determiners.js';
import { newsOppositesOf, synonymsOf } from '../../search/synonyms.js';
import { stem, words } from '../../search/text.js';

/** The factor for a text whose asked action is only planned or prepared. */
export const UNREALISED_FACTOR = 0.75;

/** Words before a verb that make it a plan, a wish or a possibility, not a fact. */
const IRREALIS_BEFORE =
  /\b(?:to|will|would|could|may|might|shall|should|expected|plans?|planned|intends?|intended|seeks?|sought|wants?|wanted|threatens?|threatened|vows?|vowed|refuses?|refused|declines?|declined)\s+(?:\w+\s+)?$/i;
/**
 * A determiner before a participle makes it a modifier, which names someone by what was done
 * before ("attacks James Comey, the fired FBI director"), not the action reported.
 */
const MODIFIER_BEFORE = new RegExp(`\\b(?:${DETERMINER_WORDS})\\s+$`, 'i');
const PARTICIPLE = /(?:ed|en)$/i;
/** Nouns after a nominalised action that name a step toward it: "confirmation hearing". */
const PREPARATORY_AFTER =
  /^\s+(?:hearings?|votes?|process|proceedings|fight|battle|talks|inquiry|investigation|deadline|plans?|bid|attempt|request|petition|threat|rumou?rs?|speculation)\b/i;

/**
 * `askedStems` are the stems of the question's content words (not names: a name after "to" is
 * an object, not a plan). 1 when the text realises every asked word it contains.
 */
export function predicateFit(text: string, askedStems: ReadonlySet<string>): number {
  for (const realised of realisedIn(text, askedStems).values()) {
    if (!realised) return UNREALISED_FACTOR;
  }
  return 1;
}

/** The factor for a text that reports the opposite of an asked action and not the action itself. */
export const OPPOSITE_FACTOR = 0.75;

/**
 * Whether a text tells of the opposite of an asked action ("begin opening arguments" for "When
 * did Trump's lawyers finish their opening arguments?") and holds neither the asked word nor a
 * synonym of it: a factor below 1, else 1.
 */
export function oppositeFit(text: string, askedStems: ReadonlySet<string>): number {
  const present = new Set(words(text).map(stem));
  for (const term of askedStems) {
    if (present.has(term) || synonymsOf(term).some((synonym) => present.has(synonym))) continue;
    if (newsOppositesOf(term).some((opposite) => present.has(opposite))) return OPPOSITE_FACTOR;
  }
  return 1;
}

/**
 * The stems a question itself asks about as planned or said of the future: "When did Pence say
 * he would attend …" asks when he said it, so a report that he "will be attending" fits.
 */
export function askedUnrealised(question: string): Set<string> {
  const unrealised = new Set<string>();
  for (const [term, realised] of realisedIn(question, null)) if (!realised) unrealised.add(term);
  return unrealised;
}

/** For each word's stem (of `only`, or all), whether some use of it in the text is realised. */
function realisedIn(text: string, only: ReadonlySet<string> | null): Map<string, boolean> {
  const seen = new Map<string, boolean>();
  for (const match of text.matchAll(/\b\p{Ll}[\p{Ll}'’-]*/gu)) {
    const word = match[0];
    const wordStem = stem(word);
    if (only !== null && !only.has(wordStem)) continue;
    const before = text.slice(Math.max(0, match.index - 30), match.index);
    const after = text.slice(match.index + word.length, match.index + word.length + 30);
    const unrealised =
      IRREALIS_BEFORE.test(before) ||
      PREPARATORY_AFTER.test(after) ||
      (PARTICIPLE.test(word) && MODIFIER_BEFORE.test(before));
    seen.set(wordStem, (seen.get(wordStem) ?? false) || !unrealised);
  }
  return seen;
}
