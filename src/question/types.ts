/** What understanding a question produces, shared with the answering layer above it. */

/** What kind of question was asked. */
export type Intent = 'when' | 'date' | 'who' | 'said' | 'who-said' | 'verify' | 'search';

/** An inclusive range of days, YYYY-MM-DD, with the words that named it. */
export interface DayRange {
  from: string;
  to: string;
  /** The words that were understood as the date, e.g. "March 2, 2017". */
  text: string;
}
