/**
 * The names news writing gives offices instead of their titles — "America's top diplomat", "the
 * Pentagon chief", "the commerce boss" — spelt as the titles the data writes ("Secretary of
 * State", "defense secretary"), so the question finds the office's holder and its events.
 */

/** Departments whose head is their secretary: "the commerce chief" is the commerce secretary. */
const SECRETARY_DEPARTMENTS =
  'state|treasury|defense|defence|commerce|interior|labor|labour|education|energy|transportation|agriculture|health|homeland security|veterans affairs|housing';

/** Agencies whose head is their director or administrator. */
const DIRECTOR_AGENCIES = 'cia|fbi|nsa|atf|omb|cdc|nih';
const ADMINISTRATOR_AGENCIES = 'epa|nasa|sba|faa|dea|fema';

/** A word for the head of an office. */
const HEAD = '(?:chief|boss|head)';

/**
 * Epithets and the titles they stand for. An epithet right after a capitalised word that is no
 * possessive belongs to another country's office ("Iraqi intelligence chief"), and is left alone.
 */
const EPITHETS: readonly [RegExp, string][] = [
  // Not "the top diplomat on Korea" or "to Ukraine": an envoy's office.
  [/\b(?:top|chief) diplomat\b(?!\s+(?:on|for|in|to|at)\b)/gi, 'secretary of state'],
  [
    /\b(?:top cop|top law enforcement officer|top law enforcement official)\b/gi,
    'attorney general',
  ],
  [/\b(?:spy|intelligence) chief\b/gi, 'director of national intelligence'],
  [new RegExp(`\\bpentagon ${HEAD}\\b`, 'gi'), 'defense secretary'],
  [new RegExp(`\\b(${SECRETARY_DEPARTMENTS}) ${HEAD}\\b`, 'gi'), '$1 secretary'],
  [new RegExp(`\\b(${DIRECTOR_AGENCIES}) ${HEAD}\\b`, 'gi'), '$1 director'],
  [new RegExp(`\\b(${ADMINISTRATOR_AGENCIES}) ${HEAD}\\b`, 'gi'), '$1 administrator'],
];

/**
 * A capitalised word that is no possessive, just before an epithet ("Iraqi", "Mexican"); not the
 * question's first word ("Which").
 */
const FOREIGN_BEFORE = /\S\s+\p{Lu}[\p{L}-]*(?<!['’]s)\s+$/u;

/** The text with each epithet of an office spelt as its title (see `EPITHETS`). */
export function spellOutRoleEpithets(text: string): string {
  return EPITHETS.reduce(
    (result, [pattern, title]) =>
      result.replace(pattern, (...args: unknown[]) => {
        const match = String(args[0]);
        const offset = args.find((arg): arg is number => typeof arg === 'number') ?? 0;
        if (FOREIGN_BEFORE.test(result.slice(0, offset))) return match;
        return match.replace(new RegExp(pattern.source, 'i'), title);
      }),
    text,
  );
}
