/**
 * Word lists shared by the WordNet table's generator (scripts/wordnet-synonyms.ts) and its reader
 * (wordnet.ts), so both agree on what a phrasal verb is and which words are never expanded.
 */

/**
 * Light verbs and other everyday words that mean too many things for any synonym to be safe:
 * "take" would bring in "claim", "direct", "lead"… They are neither keys nor synonyms.
 */
export const LIGHT_WORDS: ReadonlySet<string> = new Set(
  (
    'be have do get make take go say give put set come see know let keep hold turn run find think ' +
    'look want use work seem tell become leave bring begin call show try ask need feel mean play ' +
    'move live stand lead stay meet pay hear include continue change follow stop start open win ' +
    'lose add carry end face head point thing way time year day man people state case place ' +
    'new old good great high right last long little big same able like nothing something'
  ).split(' '),
);

/** Particles that make a phrasal verb with the verb before them: "wrap up", "step down". */
export const PARTICLES: ReadonlySet<string> = new Set(
  'up down out off in on over away back through'.split(' '),
);
