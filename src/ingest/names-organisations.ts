/** Organisations' names as news text writes them in full. */

/**
 * Last words of organisations' names: "Ford Motor Company", "Amnesty International" (after which
 * a person's name may follow in a run of capitals: "Amnesty International John Tam").
 */
export const ORGANISATION_ENDS: ReadonlySet<string> = new Set([
  'International',
  'Watch',
  'Borders',
  'Institute',
  'Foundation',
  'Association',
  'Council',
  'Commission',
  'Committee',
  'Agency',
  'Ministry',
  'Organization',
  'Organisation',
  'Network',
  'Party',
  'Union',
  'Group',
  'Company',
  'Corporation',
  'Corp.',
  'Inc.',
  'Ltd.',
  'Motors',
  'Airlines',
  'Bank',
  'Department',
  'Board',
  'Project',
]);

/**
 * The full name the text gives an organisation a lone word stands for: "Ford Motor Company" for
 * "Ford", as a surname stands for the full name given before. The word itself when there is none.
 */
export function organisationNamed(word: string, text: string): string {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`(?<![\\p{L}'’-])${escaped}(?:\\s+\\p{Lu}[\\p{L}&.'’-]*){1,4}`, 'gu');
  let longest = word;
  for (const match of text.matchAll(pattern)) {
    const words = match[0].split(/\s+/);
    // The longest run of the match that ends with a word ending a body's name.
    for (let end = words.length; end > 1; end -= 1) {
      const candidate = words.slice(0, end).join(' ');
      if (ORGANISATION_ENDS.has(words[end - 1] ?? '') && candidate.length > longest.length) {
        longest = candidate;
        break;
      }
    }
  }
  return longest;
}
