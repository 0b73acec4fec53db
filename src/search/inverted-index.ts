/**
 * An inverted index of stemmed terms with BM25 term weights and per-field weights. Built once;
 * each search walks only the postings of the query's terms, so its cost grows with how common the
 * query words are, not with the size of the dataset.
 */
import { Acronyms } from './acronyms.js';
import { runToEnd, type Slices } from './slices.js';
import { Vocabulary } from './vocabulary.js';
import { isStopword, stem, writtenWords } from './text.js';

export interface IndexedField {
  text: string;
  /** How much a match in this field counts (a title beats a long article body). */
  weight: number;
}

/**
 * One word of a query: several stems (the word, its correction, its synonyms) with weights. A
 * document scores its best term, plus every `part` it holds: the words an acronym stands for
 * ("CPAC": conservative, political, action, conference) count together, so a text with the
 * whole name outscores one with a single word of it ("politics").
 */
export interface QueryGroup {
  terms: { stem: string; weight: number; part?: boolean }[];
}

export interface Hit {
  doc: number;
  score: number;
  /** Share of the query's groups the document matched, 0..1. */
  coverage: number;
}

export interface SearchOptions {
  limit: number;
  /** Documents to keep; all when absent. */
  accept?: (doc: number) => boolean;
  /** A factor applied to each matching document's score (person or date fit). */
  boost?: (doc: number) => number;
  /** The largest factor `boost` returns, so documents that cannot reach the top are skipped. */
  maxBoost?: number;
  /** Per-document kind numbers and a bit mask of the kinds to keep (cheaper than `accept`). */
  kinds?: Uint8Array;
  kindMask?: number;
}

interface Postings {
  docs: Int32Array;
  weights: Float32Array;
  idf: number;
}

const K1 = 1.2;
const B = 0.6;
const MAX_GROUPS = 30;

/** Documents (pass 1) and postings (pass 2) indexed between two yields of a sliced build. */
const DOCUMENTS_PER_SLICE = 200;
const POSTINGS_PER_SLICE = 50_000;

/** What indexing the documents' words gives. */
interface IndexedTerms {
  vocabulary: Vocabulary;
  acronyms: Acronyms;
  postings: Map<string, Postings>;
}

export class InvertedIndex {
  readonly vocabulary: Vocabulary;
  /** Acronyms the indexed texts spell out ("DHS" → Department of Homeland Security). */
  readonly acronyms: Acronyms;
  private readonly postings: Map<string, Postings>;
  private readonly scores: Float64Array;
  private readonly masks: Uint32Array;
  private readonly touched: Int32Array;
  private readonly groupScores: Float64Array;
  private readonly groupTouched: Int32Array;
  /** Per document, in the group being scored: how many of its parts, and whether a whole term. */
  private readonly partHits: Uint8Array;
  private readonly wholeHits: Uint8Array;
  /** Per document, the groups it touched with too few of their parts to have matched them. */
  private readonly partialMasks: Uint32Array;
  /** `idfOfAll` by its terms, joined with spaces. */
  private readonly idfOfAllCache = new Map<string, number>();

  constructor(
    documents: readonly (readonly IndexedField[])[],
    terms: IndexedTerms = runToEnd(indexTerms(documents)),
  ) {
    const count = documents.length;
    this.vocabulary = terms.vocabulary;
    this.acronyms = terms.acronyms;
    this.postings = terms.postings;
    this.scores = new Float64Array(count);
    this.masks = new Uint32Array(count);
    this.touched = new Int32Array(count);
    this.groupScores = new Float64Array(count);
    this.groupTouched = new Int32Array(count);
    this.partHits = new Uint8Array(count);
    this.wholeHits = new Uint8Array(count);
    this.partialMasks = new Uint32Array(count);
  }

  /** The same index, built in slices (see Slices). */
  static *build(documents: readonly (readonly IndexedField[])[]): Slices<InvertedIndex> {
    return new InvertedIndex(documents, yield* indexTerms(documents));
  }

  get documentCount(): number {
    return this.scores.length;
  }

  hasTerm(term: string): boolean {
    return this.postings.has(term);
  }

  /**
   * The inverse document frequency of a text holding all the terms, as if they were one term:
   * what the words an acronym stands for weigh together (CPAC is rarer than "action").
   */
  idfOfAll(terms: readonly string[]): number {
    // The index never changes, so each acronym's name is counted once, not at every question.
    const key = terms.join(' ');
    let idf = this.idfOfAllCache.get(key);
    if (idf === undefined) {
      idf = this.countIdfOfAll(terms);
      this.idfOfAllCache.set(key, idf);
    }
    return idf;
  }

  private countIdfOfAll(terms: readonly string[]): number {
    const lists = terms.map((term) => this.postings.get(term)?.docs ?? new Int32Array(0));
    lists.sort((a, b) => a.length - b.length);
    const [shortest, ...rest] = lists;
    let holding = 0;
    for (const doc of shortest ?? []) {
      if (rest.every((docs) => holdsDoc(docs, doc))) holding++;
    }
    return idfOf(this.documentCount, holding);
  }

  /** The term's inverse document frequency; 0 for a term no document holds. */
  idf(term: string): number {
    return this.postings.get(term)?.idf ?? 0;
  }

  /** How many documents contain the term. */
  frequency(term: string): number {
    return this.postings.get(term)?.docs.length ?? 0;
  }

  /** The best documents for the query groups, best first; empty when nothing matches. */
  search(groups: readonly QueryGroup[], options: SearchOptions): Hit[] {
    const used = groups.slice(0, MAX_GROUPS);
    const { masks, scores, groupScores, touched, groupTouched } = this;
    const { partHits, wholeHits, partialMasks } = this;
    let touchedCount = 0;
    for (let index = 0; index < used.length; index++) {
      const bit = 1 << index;
      const terms = used[index]?.terms ?? [];
      // An acronym's words count as the acronym only when a text has at least half of them:
      // "politics" alone is no "Conservative Political Action Conference" (CPAC).
      const parts = terms.filter((term) => term.part === true).length;
      const partsNeeded = Math.ceil(parts / 2);
      // Within a group (a word, its correction, its synonyms) a document scores its best term
      // only: a text full of synonyms must not beat one with the word itself.
      let groupCount = 0;
      for (const { stem: term, weight, part } of terms) {
        const postings = this.postings.get(term);
        if (postings === undefined) continue;
        const factor = postings.idf * weight;
        const { docs, weights } = postings;
        for (let i = 0; i < docs.length; i++) {
          const doc = docs[i] ?? 0;
          const value = factor * (weights[i] ?? 0);
          if (parts > 1) {
            if (part === true) partHits[doc] = (partHits[doc] ?? 0) + 1;
            else wholeHits[doc] = 1;
          }
          const mask = masks[doc] ?? 0;
          if ((mask & bit) === 0) {
            if (mask === 0) touched[touchedCount++] = doc;
            masks[doc] = mask | bit;
            groupScores[doc] = value;
            groupTouched[groupCount++] = doc;
          } else if (part === true) {
            groupScores[doc] = (groupScores[doc] ?? 0) + value;
          } else if (value > (groupScores[doc] ?? 0)) {
            groupScores[doc] = value;
          }
        }
      }
      for (let i = 0; i < groupCount; i++) {
        const doc = groupTouched[i] ?? 0;
        const partial = parts > 1 && wholeHits[doc] !== 1 && (partHits[doc] ?? 0) < partsNeeded;
        // Too few of an acronym's words are no part of it: they score nothing.
        if (!partial) scores[doc] = (scores[doc] ?? 0) + (groupScores[doc] ?? 0);
        else partialMasks[doc] = (partialMasks[doc] ?? 0) | bit;
        if (parts > 1) {
          partHits[doc] = 0;
          wholeHits[doc] = 0;
        }
      }
    }

    const top: Hit[] = [];
    const limit = Math.max(1, options.limit);
    const groupCount = used.length || 1;
    const { accept, boost, kinds, kindMask = 0 } = options;
    const maxBoost = boost === undefined ? 1 : (options.maxBoost ?? Number.POSITIVE_INFINITY);
    let floor = 0;
    for (let i = 0; i < touchedCount; i++) {
      const doc = touched[i] ?? 0;
      const mask = (masks[doc] ?? 0) & ~(partialMasks[doc] ?? 0);
      const raw = scores[doc] ?? 0;
      masks[doc] = 0;
      scores[doc] = 0;
      partialMasks[doc] = 0;
      if (kinds !== undefined && ((1 << (kinds[doc] ?? 0)) & kindMask) === 0) continue;
      if (mask === 0) continue;
      const coverage = popcount(mask) / groupCount;
      // Matching every word of the query matters more than matching one word many times.
      let score = raw * coverage * coverage;
      if (top.length === limit && score * maxBoost <= floor) continue;
      if (accept !== undefined && !accept(doc)) continue;
      if (boost !== undefined) score *= boost(doc);
      if (top.length === limit && score <= floor) continue;
      insertSorted(top, { doc, score, coverage }, limit);
      if (top.length === limit) floor = top[limit - 1]?.score ?? 0;
    }
    return top;
  }
}

function insertSorted(top: Hit[], hit: Hit, limit: number): void {
  let position = top.length;
  while (position > 0 && (top[position - 1]?.score ?? 0) < hit.score) position--;
  top.splice(position, 0, hit);
  if (top.length > limit) top.pop();
}

function popcount(value: number): number {
  let v = value - ((value >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/**
 * Pass 1 gathers weighted term frequencies per document, per term; pass 2 turns them into BM25
 * weights with length normalisation, stored per posting.
 */
function* indexTerms(documents: readonly (readonly IndexedField[])[]): Slices<IndexedTerms> {
  const count = documents.length;
  const vocabulary = new Vocabulary();
  const acronyms = new Acronyms();
  const postings = new Map<string, Postings>();

  const lengths = new Float64Array(count);
  const gathered = new Map<string, { docs: number[]; tfs: number[] }>();
  const local = new Map<string, number>();
  for (const [doc, fields] of documents.entries()) {
    if (doc % DOCUMENTS_PER_SLICE === DOCUMENTS_PER_SLICE - 1) yield;
    local.clear();
    let length = 0;
    for (const field of fields) {
      acronyms.add(field.text);
      const { written, folded } = writtenWords(field.text);
      for (let position = 0; position < folded.length; position++) {
        const word = folded[position] ?? '';
        if (word.length === 0) continue;
        vocabulary.add(word, written[position] ?? word);
        if (isStopword(word)) continue;
        const term = stem(word);
        local.set(term, (local.get(term) ?? 0) + field.weight);
        length += field.weight;
      }
    }
    lengths[doc] = length;
    for (const [term, tf] of local) {
      let entry = gathered.get(term);
      if (entry === undefined) gathered.set(term, (entry = { docs: [], tfs: [] }));
      entry.docs.push(doc);
      entry.tfs.push(tf);
    }
  }
  vocabulary.freeze();
  yield;

  let total = 0;
  for (const length of lengths) total += length;
  const average = count > 0 ? total / count || 1 : 1;
  let sinceYield = 0;
  for (const [term, { docs, tfs }] of gathered) {
    sinceYield += docs.length;
    if (sinceYield >= POSTINGS_PER_SLICE) {
      sinceYield = 0;
      yield;
    }
    const weights = new Float32Array(docs.length);
    for (let i = 0; i < docs.length; i++) {
      const tf = tfs[i] ?? 0;
      const norm = K1 * (1 - B + (B * (lengths[docs[i] ?? 0] ?? 0)) / average);
      weights[i] = (tf * (K1 + 1)) / (tf + norm);
    }
    const idf = idfOf(count, docs.length);
    postings.set(term, { docs: Int32Array.from(docs), weights, idf });
  }
  return { vocabulary, acronyms, postings };
}

/** BM25's inverse document frequency of a term `holding` of `count` documents hold. */
function idfOf(count: number, holding: number): number {
  return Math.log(1 + (count - holding + 0.5) / (holding + 0.5));
}

/** Whether the sorted document list holds the document (binary search). */
function holdsDoc(docs: Int32Array, doc: number): boolean {
  let low = 0;
  let high = docs.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const value = docs[middle] ?? 0;
    if (value === doc) return true;
    if (value < doc) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}
