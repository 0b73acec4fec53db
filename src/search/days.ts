/** Dates as whole-day numbers, so date filters are integer comparisons. */

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a YYYY-MM-DD (or the first day of YYYY-MM / YYYY). */
export function dayNumber(date: string): number {
  const year = Number(date.slice(0, 4));
  const month = date.length >= 7 ? Number(date.slice(5, 7)) : 1;
  const day = date.length >= 10 ? Number(date.slice(8, 10)) : 1;
  return Math.floor(Date.UTC(year, month - 1, day) / DAY_MS);
}

/** The last day number a YYYY, YYYY-MM or YYYY-MM-DD date covers. */
export function lastDayNumber(date: string): number {
  if (date.length >= 10) return dayNumber(date);
  const year = Number(date.slice(0, 4));
  if (date.length >= 7) {
    const month = Number(date.slice(5, 7));
    return Math.floor(Date.UTC(year, month, 0) / DAY_MS);
  }
  return Math.floor(Date.UTC(year, 11, 31) / DAY_MS);
}
