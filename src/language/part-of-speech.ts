/**
 * Part-of-speech tags from wink-nlp's English model (fast, deterministic, pinned): what word
 * lists cannot tell, such as "and became" (a new clause) from "and Serbia" (a list), or where the
 * subject of "Did Pence personally invite Abbas …" ends and its verb begins.
 */
import winkNLP, { type ItsFunction, type PartOfSpeech, type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/**
 * Tags of the closed word classes (prepositions, auxiliaries, conjunctions, determiners, particles,
 * pronouns): a word the model gives one of these is one it knows, and never a content word.
 */
const CLOSED_CLASSES: ReadonlySet<PartOfSpeech> = new Set<PartOfSpeech>([
  'ADP',
  'AUX',
  'CCONJ',
  'DET',
  'PART',
  'PRON',
  'SCONJ',
]);

/** Whether a tag is one of a closed word class (see `CLOSED_CLASSES`). */
export function isClosedClass(pos: PartOfSpeech): boolean {
  return CLOSED_CLASSES.has(pos);
}

export interface Token {
  start: number;
  end: number;
  text: string;
  pos: PartOfSpeech;
  /** The word's base form, lower case: "bring" for "brought", "remark" for "remarks". */
  lemma: string;
}

let tagger: WinkMethods | null = null;

/** The model takes ~150 ms to load: the first sentence tagged, not start-up, pays for it. */
function taggerOf(): WinkMethods {
  tagger ??= winkNLP(model, ['pos']);
  return tagger;
}

/**
 * wink's tokenizer is quadratic in the length of a run without spaces (100k characters of "x-"
 * take 40 s), so runs longer than any real word are blanked before tagging. Blanking keeps every
 * offset, so tokens still point into the original sentence.
 */
const LONG_RUN = /\S{41,}/g;

export function tagTokens(sentence: string): Token[] {
  const safe = sentence.replace(LONG_RUN, (run) => ' '.repeat(run.length));
  const doc = taggerOf().readDoc(safe);
  const its = taggerOf().its;
  // wink's API takes its `its` helpers as plain functions; they do not use `this`.
  /* eslint-disable @typescript-eslint/unbound-method */
  const values = doc.tokens().out(its.value);
  const tags = doc.tokens().out(its.pos) as PartOfSpeech[];
  // wink's types give its.lemma the signature of a document helper; it is a token one.
  const lemmaOfToken = its.lemma as unknown as ItsFunction<string>;
  const lemmas: unknown = doc.tokens().out(lemmaOfToken);
  /* eslint-enable @typescript-eslint/unbound-method */
  const tokens: Token[] = [];
  let cursor = 0;
  values.forEach((value, i) => {
    const start = safe.indexOf(value, cursor);
    // A token wink normalised (not found as written) is left out rather than misplaced.
    if (start < 0 || value === '') return;
    cursor = start + value.length;
    const lemma = (lemmaAt(lemmas, i) ?? value).toLowerCase();
    tokens.push({ start, end: cursor, text: value, pos: tags[i] ?? 'X', lemma });
  });
  return tokens;
}

function lemmaAt(lemmas: unknown, i: number): string | undefined {
  const lemma: unknown = Array.isArray(lemmas) ? lemmas[i] : undefined;
  return typeof lemma === 'string' ? lemma : undefined;
}
