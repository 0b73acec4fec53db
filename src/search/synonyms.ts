/**
 * News verbs that mean the same thing. Applied at query time only, so the index stays literal and
 * an exact word always outranks its synonym (synonyms get a lower weight). General English
 * synonyms come from WordNet (wordnet.ts), weighted lower still; this table holds the news senses
 * that WordNet's most frequent senses miss ("clear" a defendant, "fire" an official), and a word
 * it lists is not expanded by WordNet.
 */
import { stem } from './text.js';

const GROUPS: readonly (readonly string[])[] = [
  [
    'fire',
    'dismiss',
    'remove',
    'oust',
    'sack',
    'terminate',
    'axe',
    'ouster',
    'removal',
    'dismissal',
  ],
  // Not 'depart': Porter stems 'department' to it too.
  ['resign', 'resignation', 'quit', 'departure'],
  ['recuse', 'recusal', 'withdraw', 'abstain'],
  ['hire', 'appoint', 'nominate', 'nomination', 'appointment'],
  ['meet', 'meeting', 'talk', 'contact'],
  ['sue', 'lawsuit', 'suit', 'litigation'],
  ['ban', 'block', 'bar', 'prohibit'],
  ['indict', 'charge', 'indictment'],
  ['pardon', 'clemency', 'commute'],
  ['probe', 'investigation', 'investigate', 'inquiry'],
  ['sign', 'signs', 'enact'],
  ['attack', 'strike', 'assault'],
  ['russian', 'russia', 'moscow', 'kremlin'],
  // Porter stems "lied" and "lies" to "li", apart from "lie": the forms are listed.
  ['lie', 'lied', 'lies', 'lying', 'false', 'mislead', 'misleading', 'untrue'],
  ['covid', 'coronavirus', 'pandemic'],
  ['potus', 'president'],
  ['scotus', 'supreme'],
  // Porter stems "died" to "di" and "dying" to "dy", apart from "die".
  ['die', 'died', 'dies', 'dying', 'death', 'dead'],
  ['swear', 'sworn', 'oath', 'inaugurate', 'inauguration'],
  ['suspend', 'suspension', 'ban'],
  ['acquit', 'acquittal', 'clear', 'exonerate'],
  ['repeal', 'scrap', 'rollback', 'rescind', 'revoke'],
  ['ban', 'outlaw'],
  ['visit', 'tour'],
  ['impeach', 'impeachment'],
  ['confirm', 'confirmation'],
  ['test', 'positive', 'diagnose'],
  ['overturn', 'override', 'overrule', 'reverse'],
  ['skip', 'miss', 'boycott'],
  ['lawmaker', 'legislator', 'congress', 'congressional'],
  // Buildings that stand for the departments in them.
  ['pentagon', 'defense'],
  ['apologize', 'apologise', 'apology', 'sorry'],
  ['tv', 'television', 'televise', 'televised'],
  ['attend', 'participate', 'participation', 'attendance'],
];

const byStem = new Map<string, string[]>();
for (const group of GROUPS) {
  const stems = [...new Set(group.map(stem))];
  for (const member of stems) {
    const others = stems.filter((other) => other !== member);
    byStem.set(member, [...new Set([...(byStem.get(member) ?? []), ...others])]);
  }
}

/** Stems that mean the same as `termStem` (never including it); empty when none are known. */
export function synonymsOf(termStem: string): readonly string[] {
  return byStem.get(termStem) ?? [];
}

/** True when the table lists the stem, even alone ("confirm", "confirmation"): a news word. */
export function isNewsWord(termStem: string): boolean {
  return byStem.has(termStem);
}

/** Multi-word verbs folded into one word before tokenising: "stepped down" means resigned. */
const PHRASES: readonly [RegExp, string][] = [
  [/\bstep(?:s|ped|ping)? down\b/gi, 'resign'],
  [/\bfired? up\b/gi, 'energize'],
  [/\bkick(?:s|ed)? out\b/gi, 'oust'],
  [/\blet go\b/gi, 'dismiss'],
  [/\bpass(?:es|ed)? away\b/gi, 'die'],
  [/\bsworn in\b|\bswearing[- ]in\b/gi, 'sworn'],
  [/\bkick(?:s|ed)? off (?:of )?twitter\b/gi, 'suspend twitter'],
  [/\b(?:signed into|becomes?|became) law\b/gi, 'sign'],
  [/\bfor good\b/gi, 'permanently'],
  [/\broll(?:s|ed|ing)? back\b/gi, 'rollback'],
  [/\bwrap(?:s|ped|ping)? up\b/gi, 'conclude'],
  [/\b(?:sit|sits|sat|sitting) down with\b/gi, 'meet with'],
];

/**
 * The words the phrases of a text stand for ("passes away" → "die"), for indexing next to the
 * text: a question with the single word then finds the phrase. Empty when it has none.
 */
export function phraseMeanings(text: string): string {
  const meanings: string[] = [];
  for (const [pattern, replacement] of PHRASES) {
    pattern.lastIndex = 0;
    if (pattern.test(text)) meanings.push(replacement);
    pattern.lastIndex = 0;
  }
  return meanings.join(' ');
}

export function rewritePhrases(text: string): string {
  let result = text;
  for (const [pattern, replacement] of PHRASES) result = result.replace(pattern, replacement);
  return result;
}
