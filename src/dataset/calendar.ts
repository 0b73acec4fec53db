/** Calendar words shared by the readers of dates in documents and in questions. */

/** English month names, January first (index + 1 is the month number). */
export const MONTH_NAMES: readonly string[] = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** English weekday names, Sunday first (as `Date.getUTCDay()` counts them). */
export const WEEKDAY_NAMES: readonly string[] = [
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
];
