/** Names joined as English lists them: "Tim Bale, Jon Doe, and Mia Stone". */
const NAME_LIST = new Intl.ListFormat('en', { style: 'long', type: 'conjunction' });

/** The names as one English list, for a speaker that is several people. */
export function listOfNames(names: readonly string[]): string {
  return NAME_LIST.format(names);
}
