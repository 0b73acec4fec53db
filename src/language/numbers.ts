/** Small numbers as words, read as counts: "two days after", "six months". */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  dozen: 12,
};

/** Ordinal words as the rank they give: "the second state dinner". */
export const ORDINAL_WORDS: Readonly<Record<string, number>> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
};

/** The number words for counts from `least` to `most`, as a regex alternation ("two|three"). */
export function numberWordsBetween(least: number, most: number): string[] {
  return Object.entries(NUMBER_WORDS)
    .filter(([, value]) => value >= least && value <= most)
    .map(([word]) => word);
}
