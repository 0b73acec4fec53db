/**
 * When a server's daily post is owed, from the wall clock alone: each day at HH:MM in the
 * server's time zone, the list of that local day. A day's post is owed from its time on, once:
 * made on time, or when the bot comes back if it was down then (only the latest missed day, not
 * one per day missed), and never for a time that passed before the schedule was set. Everything
 * is computed from `now` each time, so a timer that fires late, a suspended machine or a clock
 * change shifts nothing.
 */

/** A daily schedule as stored. */
export interface DailySchedule {
  channelId: string;
  /** HH:MM, 24-hour. */
  time: string;
  /** An IANA zone name, "UTC" unless set. */
  timeZone: string;
  /** When the schedule was set or last changed: what fell due before it is not owed. */
  since: Date;
}

/** What has been done for a schedule so far. */
export interface DailyState {
  /** The last local day (YYYY-MM-DD) whose post was made (or had nothing to post). */
  lastPostedDay: string | null;
  /** A day whose post failed for good (no permission, no channel): not tried again that day. */
  abandonedDay: string | null;
}

/** One day's post: the local day whose list it carries, and when it falls due. */
export interface Occurrence {
  day: string;
  at: Date;
}

const TIME = /^([01]?\d|2[0-3]):([0-5]\d)$/;
const DAY_MS = 86_400_000;

/** "9:05" → "09:05"; null for anything that is not a time of day on a 24-hour clock. */
export function normaliseTime(text: string): string | null {
  const match = TIME.exec(text.trim());
  if (match === null) return null;
  return `${(match[1] ?? '').padStart(2, '0')}:${match[2] ?? ''}`;
}

/** The zone's canonical name ("europe/berlin" → "Europe/Berlin"), or null if there is none. */
export function normaliseTimeZone(name: string): string | null {
  const wanted = name.trim();
  if (wanted === '' || wanted.length > 64) return null;
  try {
    const resolved = new Intl.DateTimeFormat('en-US', { timeZone: wanted }).resolvedOptions()
      .timeZone;
    // Intl answers "Etc/UTC" and friends for UTC; keep the name people write.
    return /^(?:etc\/)?(?:utc|gmt|universal|zulu)$/i.test(resolved) ? 'UTC' : resolved;
  } catch {
    return null;
  }
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall-clock time in `timeZone` at `instant`, as if it were UTC (milliseconds). */
function wallClock(instant: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(instant))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return Date.UTC(
    parts.year ?? 1970,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    parts.hour ?? 0,
    parts.minute ?? 0,
    parts.second ?? 0,
  );
}

/** The local calendar day (YYYY-MM-DD) of an instant in a zone. */
export function localDay(instant: Date, timeZone: string): string {
  return new Date(wallClock(instant.getTime(), timeZone)).toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The instant a local day's HH:MM falls at in a zone. A time the clocks skip (02:30 on the day
 * summer time starts) falls an hour later, when that wall time first exists.
 */
export function instantOf(day: string, time: string, timeZone: string): Date {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  const local = Date.parse(`${day}T00:00:00Z`) + (hours * 60 + minutes) * 60_000;
  const firstGuess = local - (wallClock(local, timeZone) - local);
  const offset = wallClock(firstGuess, timeZone) - firstGuess;
  return new Date(local - offset);
}

function occurrenceOn(day: string, schedule: DailySchedule): Occurrence {
  return { day, at: instantOf(day, schedule.time, schedule.timeZone) };
}

/** The latest post time at or before `now`. */
export function previousOccurrence(schedule: DailySchedule, now: Date): Occurrence {
  const today = occurrenceOn(localDay(now, schedule.timeZone), schedule);
  return today.at.getTime() <= now.getTime()
    ? today
    : occurrenceOn(addDays(today.day, -1), schedule);
}

/** The first post time after `now`. */
export function nextOccurrence(schedule: DailySchedule, now: Date): Occurrence {
  const today = occurrenceOn(localDay(now, schedule.timeZone), schedule);
  return today.at.getTime() > now.getTime() ? today : occurrenceOn(addDays(today.day, 1), schedule);
}

/** The post owed now, if any: the latest one due since the schedule was set and not yet made. */
export function duePost(schedule: DailySchedule, state: DailyState, now: Date): Occurrence | null {
  const latest = previousOccurrence(schedule, now);
  if (latest.at.getTime() < schedule.since.getTime()) return null;
  if (state.lastPostedDay !== null && state.lastPostedDay >= latest.day) return null;
  if (state.abandonedDay === latest.day) return null;
  return latest;
}

/** The next post to be made: the one owed now, or else the next whose day has no post yet. */
export function nextPost(schedule: DailySchedule, state: DailyState, now: Date): Occurrence {
  const due = duePost(schedule, state, now);
  if (due !== null) return due;
  let next = nextOccurrence(schedule, now);
  // After a zone change east the next local day may already have had its post (at most one).
  for (let i = 0; i < 2 && state.lastPostedDay !== null && state.lastPostedDay >= next.day; i++) {
    next = occurrenceOn(addDays(next.day, 1), schedule);
  }
  return next;
}
