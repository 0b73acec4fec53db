/**
 * The dataset file (`data/events.json`) is the contract between ingestion and everything that
 * answers questions. Its shape is defined once here; the TypeScript types are derived from it.
 */
import { z } from 'zod';

const isoDay = /^\d{4}-\d{2}-\d{2}$/;
const isoMonth = /^\d{4}-\d{2}$/;
const isoYear = /^\d{4}$/;

/** A calendar day that actually exists (rejects 2017-13-45 and 2017-02-30). */
export const DaySchema = z
  .string()
  .regex(isoDay, 'expected a date as YYYY-MM-DD')
  .refine(isRealDay, { error: 'not a real calendar date (years 1000–9999)' });

/**
 * Years the product handles: four digits, from 1000. Earlier years would need care everywhere
 * (`Date.UTC` reads 0–99 as 1900–1999) and a news dataset has no use for them.
 */
export const FIRST_YEAR = 1000;
export const LAST_YEAR = 9999;

export function isSupportedYear(year: number): boolean {
  return Number.isInteger(year) && year >= FIRST_YEAR && year <= LAST_YEAR;
}

export function isRealDay(value: string): boolean {
  const [year, month, day] = value.split('-').map(Number);
  if (year === undefined || month === undefined || day === undefined) return false;
  if (!isSupportedYear(year)) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

export const PrecisionSchema = z.enum(['day', 'month', 'year']);

/**
 * A date known to some precision: `2017-03-01` (day), `2017-01` (month) or `2016` (year).
 * `precision` is stored alongside so readers need not parse the string to know it.
 */
export const WhenSchema = z
  .object({
    date: z.string(),
    precision: PrecisionSchema,
  })
  .refine(
    ({ date, precision }) =>
      (precision === 'day' && isoDay.test(date) && isRealDay(date)) ||
      (precision === 'month' && isoMonth.test(date) && isRealDay(`${date}-01`)) ||
      (precision === 'year' && isoYear.test(date) && isSupportedYear(Number(date))),
    {
      error: `date does not match its precision (day: YYYY-MM-DD, month: YYYY-MM, year: YYYY; years ${FIRST_YEAR}–${LAST_YEAR})`,
    },
  );

/** Where a piece of the dataset came from in the raw input, for error messages and provenance. */
export const OriginSchema = z.object({
  file: z.string(),
  line: z.number().int().positive(),
});

const TweetSourceSchema = z.object({
  id: z.string(),
  kind: z.literal('tweet'),
  eventId: z.string(),
  authorName: z.string(),
  handle: z.string(),
  date: DaySchema,
  text: z.string(),
  links: z.array(z.string()),
  media: z.array(z.string()),
  /** The id of an earlier source of the same event that reports the same thing, if any. */
  duplicateOf: z.string().nullable(),
});

const ArticleSourceSchema = z.object({
  id: z.string(),
  kind: z.literal('article'),
  eventId: z.string(),
  date: DaySchema,
  text: z.string(),
  /** Publisher or outlet named by the input, if any. */
  publisher: z.string().nullable(),
  url: z.string().nullable(),
});

export const SourceSchema = z.discriminatedUnion('kind', [TweetSourceSchema, ArticleSourceSchema]);

export const EventSchema = z.object({
  id: z.string(),
  date: DaySchema,
  title: z.string(),
  summary: z.string(),
  sourceIds: z.array(z.string()),
  personIds: z.array(z.string()),
  origin: OriginSchema,
});

export const SpeakerSchema = z.object({
  /** Set when the speaker is a person in the people list. */
  personId: z.string().nullable(),
  /** How the text names the speaker: "Jeff Sessions", "A White House official". */
  name: z.string(),
});

export const QuoteSchema = z.object({
  id: z.string(),
  eventId: z.string(),
  sourceId: z.string(),
  text: z.string(),
  /** Null when the text does not say who is speaking. */
  speaker: SpeakerSchema.nullable(),
  when: WhenSchema,
  /** The whole sentence the quotation stands in. */
  sentence: z.string(),
  /** `tweet`: the whole text of a tweet, the statement of the account that posted it. */
  quoteMark: z.enum(['double', 'single', 'tweet']),
  /** A few quoted words inside a sentence rather than a full statement. */
  fragment: z.boolean(),
  /**
   * The words around the quotation that deny or hedge it, as written ("were not", "denied that",
   * "allegedly"), or null. `were not "misleading."` stores "misleading." with qualifier "were not":
   * the sentence does not claim the words, it rejects them.
   */
  qualifier: z.string().nullable(),
  /** True when the qualifier negates the quotation rather than hedging it. */
  negated: z.boolean(),
});

export const RoleSchema = z.object({
  title: z.string(),
  /** True when the text gives the role as one the person held before the event. */
  former: z.boolean(),
});

/**
 * `person`: a named person. `organisation` ("NATO", "the Trump administration") and `group` (a
 * described speaker: "A White House official", "Commentators") are speakers too, so `/who`,
 * `speaker:` and autocomplete find them, but they are not people.
 */
export const SpeakerKindSchema = z.enum(['person', 'organisation', 'group']);

export const PersonSchema = z.object({
  id: z.string(),
  kind: SpeakerKindSchema,
  name: z.string(),
  aliases: z.array(z.string()),
  roles: z.array(RoleSchema),
  eventIds: z.array(z.string()),
});

export const FactSchema = z.object({
  id: z.string(),
  eventId: z.string(),
  sourceId: z.string(),
  /** The sentence that places something in time. */
  text: z.string(),
  /**
   * The clause of the sentence that this date governs ("Sessions became the first sitting senator
   * to endorse Trump" for "in February 2016"), so a sentence with two dates gives two facts that
   * each say what happened when.
   */
  clause: z.string(),
  when: WhenSchema,
  /** The words that gave the date: "in February 2016", "Wednesday night". */
  expression: z.string(),
});

export const DATASET_VERSION = 2;

export const DatasetSchema = z.object({
  version: z.literal(DATASET_VERSION),
  /** Input files, relative to the working directory, in the order they were read. */
  inputs: z.array(z.string()),
  /**
   * Licences and credits given next to the inputs (an `ATTRIBUTION` or `LICENSE` file beside a
   * corpus), shown by `/about`.
   */
  attributions: z.array(z.object({ input: z.string(), text: z.string() })),
  events: z.array(EventSchema),
  sources: z.array(SourceSchema),
  quotes: z.array(QuoteSchema),
  people: z.array(PersonSchema),
  facts: z.array(FactSchema),
});

export type Precision = z.infer<typeof PrecisionSchema>;
export type When = z.infer<typeof WhenSchema>;
export type Origin = z.infer<typeof OriginSchema>;
export type TweetSource = z.infer<typeof TweetSourceSchema>;
export type ArticleSource = z.infer<typeof ArticleSourceSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type Event = z.infer<typeof EventSchema>;
export type Speaker = z.infer<typeof SpeakerSchema>;
export type Quote = z.infer<typeof QuoteSchema>;
export type Role = z.infer<typeof RoleSchema>;
export type Person = z.infer<typeof PersonSchema>;
export type SpeakerKind = z.infer<typeof SpeakerKindSchema>;
export type Fact = z.infer<typeof FactSchema>;
export type Dataset = z.infer<typeof DatasetSchema>;
