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
  // Headline verbs of criticism: WordNet's first senses of "slam" and "blast" are noises.
  [
    'criticize',
    'criticise',
    'slam',
    'blast',
    'chastise',
    'castigate',
    'rebuke',
    'lambaste',
    'berate',
  ],
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
  ['conclude', 'complete'],
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
  // News shorthand and plain words for the people in the news.
  ['veteran', 'vets'],
  ['scientist', 'researcher'],
  ['drone', 'unmanned'],
];

/** Adds stems to a word's entry in a table, each once. */
function addStems(table: Map<string, string[]>, member: string, stems: readonly string[]): void {
  table.set(member, [...new Set([...(table.get(member) ?? []), ...stems])]);
}

const byStem = new Map<string, string[]>();
for (const group of GROUPS) {
  const stems = [...new Set(group.map(stem))];
  for (const member of stems) {
    const others = stems.filter((other) => other !== member);
    addStems(byStem, member, others);
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

/**
 * News verbs that say the opposite of each other where WordNet's antonyms are silent: a vote to
 * "limit" a power is no vote to "expand" it, a program "ended" was not "extended". Each pair is
 * two sides; every word of one side is the opposite of every word of the other. For judging
 * whether a text says a claim, never for widening a search. Words with a common sense that is
 * no opposite are left out ("leave" for Japan is no leaving of a treaty, "back" no support).
 */
const OPPOSITE_SIDES: readonly (readonly [readonly string[], readonly string[]])[] = [
  [
    ['expand', 'expansion', 'broaden', 'widen'],
    ['limit', 'restrict', 'restriction', 'curb'],
  ],
  // A freeze or ban "lifted" was not "extended".
  [
    ['extend', 'extension', 'renew'],
    ['end', 'lift'],
  ],
  [
    ['open', 'reopen'],
    ['close', 'closure', 'shut'],
  ],
  [
    ['win', 'victory'],
    ['lose', 'loss', 'defeat'],
  ],
  [['lift'], ['impose', 'imposition']],
  [
    ['support', 'endorse', 'endorsement'],
    ['oppose', 'opposition'],
  ],
  [
    ['approve', 'approval'],
    ['reject', 'rejection', 'veto'],
  ],
  [['sign'], ['veto']],
  [
    ['increase', 'raise', 'hike', 'boost'],
    ['cut', 'reduce', 'reduction', 'lower', 'decrease'],
  ],
  [
    ['join', 'rejoin'],
    ['withdraw', 'withdrawal', 'exit'],
  ],
  [
    ['acquit', 'acquittal'],
    ['convict', 'conviction'],
  ],
  [
    ['allow', 'permit'],
    ['ban', 'prohibit'],
  ],
  [['hire'], ['fire']],
  // One who resigned was not fired: who ended the job differs.
  [
    ['fire', 'oust'],
    ['resign', 'resignation'],
  ],
  [
    ['praise', 'commend', 'laud'],
    ['criticize', 'criticise', 'condemn'],
  ],
  [['accept'], ['decline', 'refuse']],
  [
    ['begin', 'start'],
    ['conclude', 'complete', 'finish'],
  ],
];

const oppositesByStem = new Map<string, string[]>();
for (const [one, other] of OPPOSITE_SIDES) {
  const oneStems = one.map(stem);
  const otherStems = other.map(stem);
  for (const [side, opposite] of [
    [oneStems, otherStems],
    [otherStems, oneStems],
  ] as const) {
    for (const member of side) {
      addStems(oppositesByStem, member, opposite);
    }
  }
}

/** Stems of news words that say the opposite of `termStem` ("expand" → "limit", "curb" …). */
export function newsOppositesOf(termStem: string): readonly string[] {
  return oppositesByStem.get(termStem) ?? [];
}

/** Multi-word verbs folded into one word before tokenising: "stepped down" means resigned. */
const PHRASES: readonly [RegExp, string][] = [
  [/\bstep(?:s|ped|ping)? down\b/gi, 'resign'],
  [/\bfired? up\b/gi, 'energize'],
  [/\bkick(?:s|ed)? out\b/gi, 'oust'],
  [/\blet go\b/gi, 'dismiss'],
  [/\bpass(?:es|ed)? away\b/gi, 'die'],
  [/\bsworn in\b|\bswearing[- ]in\b/gi, 'sworn'],
  [/\b(?:take|takes|took|taken|taking) the oath(?: of office)?\b/gi, 'sworn'],
  [/\bkick(?:s|ed)? off (?:of )?twitter\b/gi, 'suspend twitter'],
  [/\b(?:signed into|becomes?|became) law\b/gi, 'sign'],
  [/\bfor good\b/gi, 'permanently'],
  [/\broll(?:s|ed|ing)? back\b/gi, 'rollback'],
  [/\bwrap(?:s|ped|ping)? up\b/gi, 'conclude'],
  [/\b(?:sit|sits|sat|sitting) down with\b/gi, 'meet with'],
  // The chambers and courts by their descriptions: "the lower chamber", "the high court".
  [/\b(?:lower (?:chamber|house)(?: of congress)?)\b/gi, 'House'],
  [/\b(?:upper (?:chamber|house)(?: of congress)?)\b/gi, 'Senate'],
  [/\b(?:nation's |country's )?high(?:est)? court\b/gi, 'Supreme Court'],
  [/\bexecutive mansion\b/gi, 'White House'],
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
