/**
 * Every fixed text the bot shows, in English: the source of truth that de.ts, fr.ts and es.ts
 * translate. Their type is this object's (`Strings`), so a string missing in a language is a type
 * error. A text with values is a function of them, so each language orders the words around the
 * values as it needs; texts stay plain (markdown marks such as `**…**` are part of the text, and
 * every value passed in is already escaped by the caller). Dataset text (events, quotes, names)
 * is never translated: it stays in the language it was written in.
 */
import type { ActivityStep, Verdict } from '../../answer/types.js';

/** How a language counts things: a noun's forms, and (for languages that agree) its gender. */
export interface Noun {
  one: string;
  many: string;
  gender: 'masculine' | 'feminine' | 'neuter';
}

/** A command's words as Discord lists them: its name, description and options'. */
export interface CommandText {
  name: string;
  description: string;
  options?: Record<string, OptionText>;
  subcommands?: Record<string, CommandText>;
}

export interface OptionText {
  name: string;
  description: string;
}

const plural = (count: number, noun: Noun): string =>
  `${count} ${count === 1 ? noun.one : noun.many}`;

export const en = {
  /** Discord's own label for the language, for logs and the README. */
  languageName: 'English',

  /** Slash commands as Discord lists them; keys and option keys are the canonical names. */
  commands: {
    ask: {
      name: 'ask',
      description: 'Ask about the events in the dataset: when, who, what was said',
      options: {
        question: { name: 'question', description: 'e.g. "When did Sessions recuse himself?"' },
      },
    },
    quote: {
      name: 'quote',
      description: 'Find quotes by their words, best match first',
      options: {
        search: { name: 'search', description: 'Words from the quote' },
        speaker: { name: 'speaker', description: 'Only quotes by this person' },
      },
    },
    who: {
      name: 'who',
      description: "A person's card: roles, aliases, latest quotes and events",
      options: { name: { name: 'name', description: 'The person (typos are fine)' } },
    },
    date: {
      name: 'date',
      description: 'What happened on a day, in a month or year, or in a range',
      options: {
        when: { name: 'when', description: 'e.g. "March 2 2017", "2017-03", "Feb to Apr 2017"' },
      },
    },
    event: {
      name: 'event',
      description: "An event's card: date, summary, people, quotes and sources",
      options: {
        query: { name: 'query', description: 'Words about the event (pick one from the list)' },
      },
    },
    timeline: {
      name: 'timeline',
      description: 'Events and quotes in date order, for everyone or one person',
      options: {
        person: { name: 'person', description: 'Only this person' },
        from: { name: 'from', description: 'Start, e.g. "2017-03" or "March 2, 2017"' },
        to: { name: 'to', description: 'End, e.g. "2017" or "April 2017"' },
      },
    },
    verify: {
      name: 'verify',
      description: 'Did they say it? The closest real quote, a verdict and its source',
      options: {
        quote: { name: 'quote', description: 'The words to check' },
        speaker: { name: 'speaker', description: 'Who supposedly said it' },
      },
    },
    onthisday: {
      name: 'onthisday',
      description: 'What happened on a day of the year, in every year',
      options: {
        date: {
          name: 'date',
          description: 'A day, e.g. "March 2", "2 March" or "03-02" (default: today)',
        },
      },
    },
    settings: {
      name: 'settings',
      description: 'Server settings: a daily "on this day" post (Manage Server)',
      subcommands: {
        daily: {
          name: 'daily',
          description: 'Post what happened on this day, every day, in a channel',
          options: {
            channel: {
              name: 'channel',
              description: 'The text or announcement channel to post in',
            },
            time: {
              name: 'time',
              description: 'When, as HH:MM on a 24-hour clock (default 09:00, in the zone below)',
            },
            zone: {
              name: 'zone',
              description: 'Time zone of that time, e.g. Europe/Berlin (default UTC)',
            },
          },
        },
        show: { name: 'show', description: "Show this server's settings" },
        'daily-off': { name: 'daily-off', description: 'Stop the daily post' },
      },
    },
    help: { name: 'help', description: 'What I can answer, and how to ask' },
    about: {
      name: 'about',
      description: 'What the bot knows: dataset size, dates covered, version',
    },
  } satisfies Record<string, CommandText>,

  /** The option every slash command ends with. */
  privateOption: { name: 'private', description: 'Show the reply only to you' },

  /** Message commands (right-click a message → Apps), by their canonical name. */
  messageCommands: { 'Verify quotes': 'Verify quotes' } satisfies Record<string, string>,

  /** Why the options of a command were refused. */
  options: {
    required: (option: string) => `The option \`${option}\` is required.`,
    invalid: (option: string, problem: string) =>
      `The option \`${option}\` is not valid: ${problem}.`,
    together: (problem: string) => `Those options don't work together: ${problem}.`,
    invalidInput: 'invalid input',
    tooLong: (max: number) => `use at most ${max} characters`,
    /** What an option's own check says, by the key its schema gives as the message. */
    hints: {
      writeDate: 'write a date',
      writeDay: 'write a day, e.g. "March 2"',
      writeName: 'write a name',
      namePerson: 'name a person',
      nameSpeaker: 'name a speaker',
      describeEvent: 'describe the event',
      writeQuoteWords: 'write some words of the quote',
      writeQuote: 'write the quote to check',
      pickChannel: 'pick a channel from the list',
      badTime: 'write a time as HH:MM on a 24-hour clock, e.g. 09:00 or 18:30',
      badZone: 'write a time zone name such as UTC, Europe/Berlin or America/New_York',
    },
  },

  /** What the router says when it cannot answer. */
  router: {
    apology: 'Sorry, something went wrong while answering. Please try again in a moment.',
    strayForm: 'This form no longer works. Run the command again.',
    unknownCommand: (name: string) => `I don't know the command \`/${name}\`.`,
    unknownMessageCommand: (name: string) => `I don't know the command "${name}".`,
    buttonOfGoneCommand: 'This button belongs to a command that no longer exists.',
    serverOnly: (name: string) =>
      `/${name} works in a Discord server only: there is no server here.`,
    cooldown: (seconds: number) =>
      `You're asking a little fast. Please try again in ${seconds} second${seconds === 1 ? '' : 's'}.`,
  },

  /** Counting what a list shows. */
  nouns: {
    event: { one: 'event', many: 'events', gender: 'neuter' } as Noun,
    entry: { one: 'entry', many: 'entries', gender: 'neuter' } as Noun,
    quote: { one: 'quote', many: 'quotes', gender: 'neuter' } as Noun,
    answer: { one: 'answer', many: 'answers', gender: 'neuter' } as Noun,
    report: { one: 'dated report', many: 'dated reports', gender: 'neuter' } as Noun,
    year: { one: 'year', many: 'years', gender: 'neuter' } as Noun,
  },
  counts: {
    /** "3 events". */
    count: (count: number, noun: Noun) => plural(count, noun),
    /** "first 25 of 403 events": the first `shown`, in the list's order, of `total`. */
    first: (shown: number, total: number, noun: Noun) => `first ${shown} of ${plural(total, noun)}`,
    /** "first 25 of 100 or more answers": counting stopped at `total`. */
    firstOfAtLeast: (shown: number, total: number, noun: Noun) =>
      `first ${shown} of ${total} or more ${noun.many}`,
    /** "latest 10 of 34 quotes": the newest `shown` of `total`. */
    latest: (shown: number, total: number, noun: Noun) =>
      `latest ${shown} of ${plural(total, noun)}`,
    /** "Page 2 of 5". */
    page: (page: number, pageCount: number) => `Page ${page} of ${pageCount}`,
  },

  /** One answer as a list entry. */
  answers: {
    kinds: { event: 'Event', quote: 'Quote', fact: 'Reported', person: 'Person' },
    undated: 'Undated',
    unknownSpeaker: 'Unknown speaker',
    source: 'Source',
    /** A source with no name of its own. */
    article: 'article',
    andMore: (count: number) => `…and ${count} more`,
  },

  /** Page buttons, the Go to… form, and why a press is refused. */
  pages: {
    first: '⏮ First',
    previous: '◀ Previous',
    next: 'Next ▶',
    last: 'Last ⏭',
    goTo: 'Go to…',
    formTitle: { dates: 'Go to a page or a date', pages: 'Go to a page' },
    inputLabel: {
      dates: 'Page number or date, e.g. 3 or 2017-03-02',
      pages: 'Page number, e.g. 3',
    },
    inputPlaceholder: { dates: '3 or 2017-03-02', pages: '3' },
    /** Under the input: "Page 2 of 5 is showing." */
    inputHint: (shown: string) => `${shown} is showing.`,
    refusals: {
      'not-owner':
        'Only the person who ran this command can turn its pages. Run it yourself to browse.',
      expired: 'These page buttons have expired. Run the command again to see more.',
      malformed: 'This button no longer works. Run the command again.',
      outdated:
        'This button is from an older version of the bot. Run the command again to get new buttons.',
    },
    unreadable: (input: string, dates: boolean, pageCount: number) =>
      `I couldn't read ${input} as a page number${dates ? ' or a date' : ''}. ` +
      `Type a page number from 1 to ${pageCount}${dates ? ', or a date such as 2017-03-02' : ''}.`,
    noDates: (pageCount: number) =>
      `This list goes to page numbers only, not to dates. Type a page number from 1 to ${pageCount}.`,
  },

  /** Said above a page that is not quite the one asked for. */
  jump: {
    pastTheEnd: (asked: number, pageCount: number) =>
      `There is no page ${asked}: this list has ${pageCount} pages, and this is the last.`,
    beforeTheStart: 'Pages start at 1: this is the first.',
    nearestDate: (asked: string, nearest: string) =>
      `Nothing in this list is dated ${asked}; this page holds the nearest date, ${nearest}.`,
    noDates: 'This list goes to page numbers only, not to dates: this is the page you were on.',
  },

  dates: {
    /** "February 2017 to April 2017". */
    range: (from: string, to: string) => `${from} to ${to}`,
  },

  /** A notice's list of things to try. */
  tryHeading: 'Try:',

  /** Around quoted words (the asker's, or a quote from the dataset). */
  quoteMarks: { open: '“', close: '”' },

  /** What the core suggests when nothing was found (see answer/types.ts, Suggestion). */
  hints: {
    coverage: (first: string, last: string) => `The dataset covers ${first} to ${last}.`,
    emptyDataset: 'The dataset is empty.',
    impossibleDate: (written: string) =>
      `“${written}” is not a real date: check the month and the day.`,
    dateExamples: 'Try a date like "March 2, 2017", "June 2018" or "2017-03".',
    noQuoteOnTopic: (name: string, topic: string, count: number) =>
      `No quote by ${name} matches "${topic}" (${count} quote${count === 1 ? '' : 's'} by ${name} in the dataset).`,
    spelling: (read: string, typed: string) => `Did you mean "${read}" for "${typed}"?`,
    /** A question to ask the bot, which reads questions in English. */
    question: (question: string) => question,
    askExamples: 'Ask about a person, a date or a quote, e.g. "When did … resign?"',
  },

  verdicts: {
    exact: '✅ **Yes.** Those words are in the dataset.',
    paraphrase: '🟡 **Close, but not word for word.** The closest real quote is below.',
    'other-speaker': '↔️ **Said, but by someone else.** The real speaker is below.',
    related:
      '⚠️ **Not as claimed.** The closest quote below is on the subject but does not say that.',
    'not-found': '❌ **No.** Nothing in the dataset says that.',
  } satisfies Record<Verdict, string>,

  /** /ask. */
  ask: {
    noAnswer: "I couldn't find an answer to that in the dataset.",
    noAnswerFor: (period: string) =>
      `I couldn't find an answer to that in the dataset for ${period}.`,
    /** "**2 March 2017**: …" for a "when" question. */
    when: (date: string, text: string) => `**${date}**: ${text}`,
    /** "**Jeff Sessions** said it." for "who said". */
    saidIt: (speaker: string) => `**${speaker}** said it.`,
    saidItOn: (speaker: string, date: string) => `**${speaker}** said it (${date}).`,
    dates: (period: string) => `**Dates:** ${period}`,
    /** `count` is "15 answers" or "first 25 of 73 answers". */
    bestFirst: (count: string) => `${count}, best first.`,
    greeting: 'Hello!',
    thanks: 'You’re welcome!',
  },

  /** /quote. */
  quotes: {
    title: 'Quotes',
    titleBy: (name: string) => `Quotes by ${name}`,
    noneTitle: 'No matching quote',
    none: (search: string) => `No quote in the dataset matches ${search}.`,
    noneBy: (name: string, search: string) =>
      `No quote by ${name} in the dataset matches ${search}.`,
    fewerWords: 'Try fewer or different words.',
    pickSpeaker: 'Pick a speaker to see only their quotes.',
    seeWho: (command: string) => `See ${command} for their latest quotes.`,
    /** `count` is "3 quotes" or "first 25 of 73 quotes". */
    found: (count: string, search: string) => `${count} matching ${search}, best first.`,
    foundBy: (count: string, name: string, search: string) =>
      `${count} by ${name} matching ${search}, best first.`,
  },

  /** /date. */
  days: {
    unreadableTitle: 'Date not understood',
    unreadable: (written: string) => `I couldn't read a date in ${written}.`,
    nothingTitle: (period: string) => `Nothing found for ${period}`,
    nothing: (period: string) => `The dataset has no events for ${period}.`,
    titleDay: (day: string) => `What happened on ${day}`,
    titlePeriod: (period: string) => `What happened in ${period}`,
    /** `shown` is "first 25 of 403 events". */
    cut: (shown: string) => `${shown}, the most prominent first: narrow the range to see the rest.`,
    all: (events: string) => `${events}, the most prominent first.`,
    withReports: (events: string, reports: string) =>
      `${events} and ${reports}, the most prominent first.`,
  },

  /** /timeline. */
  timeline: {
    title: 'Timeline',
    titleOf: (name: string) => `Timeline · ${name}`,
    /** `option` is the option's name as the asker's Discord shows it. */
    unreadableDate: (option: string, written: string) =>
      `Could not understand the "${option}" date "${written}".`,
    unknownPerson: (id: string) => `Unknown person id "${id}".`,
    dateExamples: 'Write dates like "March 2, 2017", "2017-03" or "2017".',
    /** `span` is the asked bounds: " from “2017” to “2018”" (or ""). */
    nothing: (span: string) => `No events or quotes${span} in the dataset.`,
    from: (from: string) => ` from ${from}`,
    to: (to: string) => ` to ${to}`,
    /** " (2 March 2017 to 5 May 2018)": the dates the list covers. */
    covers: (dates: string) => ` (${dates})`,
    /** `shown` is "60 entries" or "First 100 of 240 entries", `span` the bounds and dates. */
    summary: (shown: string, span: string) => `${shown}${span}, oldest first.`,
    summaryCut: (shown: string, span: string) =>
      `${shown}${span}, oldest first: narrow the range to see the rest.`,
  },

  /** /verify. */
  verify: {
    title: (who: string) => `Did ${who} say it?`,
    anyone: 'anyone',
    youAsked: (quote: string) => `**You asked about:** ${quote}`,
    shorterQuote: 'Try a shorter part of the quote, in its original words.',
    withoutSpeaker: 'Try without a speaker.',
    closest: 'Closest real quote ·',
    alsoClose: 'Also close ·',
  },

  /** Replies to a name or event the dataset does not know. */
  unknown: {
    personTitle: 'Person not found',
    person: (name: string) => `I don't know anyone called ${name} in the dataset.`,
    didYouMean: (label: string) => `Did you mean ${label}?`,
    eventTitle: 'Event not found',
    event: (query: string) => `No event in the dataset matches ${query}.`,
  },

  /** /who and /event cards. */
  cards: {
    former: (role: string) => `former ${role}`,
    roles: (roles: string) => `**Roles:** ${roles}`,
    aliases: (aliases: string) => `**Also called:** ${aliases}`,
    /** `parts` are "latest 10 of 34 quotes" and "5 events", joined with `then`. */
    shown: (parts: string, several: boolean) =>
      `**Shown:** ${parts}, ${several ? 'each ' : ''}newest first.`,
    then: ', then ',
    shownNothing: '**Shown:** no quotes or events.',
    quoteNumber: (position: number) => `Quote ${position} ·`,
    eventNumber: (position: number) => `Event ${position} ·`,
    date: (date: string) => `**Date:** ${date}`,
    people: (people: string) => `**People:** ${people}`,
    noPeople: 'none named',
    quoteCount: (count: number) => `**Quotes:** ${count}`,
    sources: (count: number) => `Sources (${count})`,
    repeat: (source: string) => `${source} (repeat)`,
  },

  /** Apps → Verify quotes. */
  claims: {
    title: 'Verify quotes',
    /** `message` is "this message" (a link), with " by <author>" when Discord names them. */
    checked: (count: number, message: string) =>
      count === 1
        ? `I checked the one claim in ${message}.`
        : `I checked the ${count} claims in ${message}.`,
    thisMessage: 'this message',
    byAuthor: (name: string) => ` by ${name}`,
    more: (shown: number, total: number) =>
      `Only the first ${shown} of ${total} were checked: use /verify for the others.`,
    claimed: 'Claimed',
    claimedBy: (speaker: string) => ` (${speaker})`,
    realWords: 'Real words',
    closestReport: 'Closest report',
    saidBy: 'Said by',
    unknownSpeaker: 'an unknown speaker',
    undated: 'date unknown',
    source: 'Source',
    notSaid: 'Nothing in the dataset is close to those words.',
    nothingTitle: 'Nothing to check',
    nothing:
      'I found no quotation or claim to check in this message. "Verify quotes" checks words in quotation marks ("…", “…”, «…», a > block quote), or a short statement such as: Sessions said he never met any Russians.',
    nothingTry: ['To check words yourself: /verify quote:<the words> speaker:<who said them>'],
    verdicts: {
      exact: '✅ Said, word for word',
      paraphrase: '🟡 Said in other words',
      'other-speaker': '↔️ Said, but by someone else',
      related: '⚠️ Not as claimed',
      'not-found': '❌ Not found',
    } satisfies Record<Verdict, string>,
  },

  /** /onthisday and the daily post. */
  onThisDay: {
    title: (day: string) => `On this day: ${day}`,
    nothing: (day: string) => `Nothing in the dataset happened on ${day}, in any year it covers.`,
    /** "First 25 of 40 events on 2 March, in 6 years (2017–2022), the most important first." */
    summary: (shown: string, day: string, years: string) =>
      `${shown} on ${day}, in ${years}, the most important first.`,
    /** "1 event and 2 dated reports": reports are what articles say happened on that day. */
    withReports: (events: string, reports: string) => `${events} and ${reports}`,
    /** "2017 (4) · 2018 (1)". */
    byYear: (list: string) => `**By year:** ${list}`,
    today: (zone: string) => `Today (${zone}).`,
    seeAll: (commandLine: string) => `All of them: \`${commandLine}\``,
    tryOther: 'Try another day, e.g. /onthisday date:March 2',
    impossibleTitle: 'Not a day of the year',
    unreadableTitle: 'Day not understood',
    howToWrite: 'Write a day like "March 2", "2 March" or "03-02" (month-day).',
    noMonth: (written: string, month: number) =>
      `“${written}” is not a day of the year: there is no month ${month}.`,
    monthLength: (written: string, month: string, days: number, february: boolean) =>
      `“${written}” is not a day of the year: ${month} has ${days} days${february ? ' at most' : ''}.`,
    notLeapYear: (written: string, year: number) =>
      `“${written}” is not a real date: ${year} was not a leap year.`,
    ambiguous: (written: string) => `“${written}” could be read day first or month first.`,
    unreadable: (written: string) => `I couldn't read a day of the year in “${written}”.`,
  },

  /** /settings. */
  settings: {
    title: 'Server settings',
    needsServer:
      'Server settings belong to a Discord server: run /settings in a server where you have the Manage Server permission.',
    needsManageServer:
      'Only members with the **Manage Server** permission can change or see these settings.',
    unknownChannel: 'Discord did not send me that channel. Pick it from the list of channels.',
    notPostable: (channel: string) =>
      `${channel} is not a text or announcement channel. Pick one people read messages in.`,
    cannotPost: (channel: string) =>
      `I can't post in ${channel}: I need the **View Channel**, **Send Messages** and **Embed Links** permissions there.`,
    dailyOn: (channel: string, time: string) =>
      `**Daily post:** on, in ${channel} every day at ${time}.`,
    dailyOff: 'Daily post: off. Turn it on with `/settings daily channel:#channel [time]`.',
    turnedOff: (channel: string) => `The daily post in ${channel} is off now.`,
    wasOff: 'The daily post was already off.',
    next: (when: string, day: string) => `**Next post:** ${when}, with what happened on ${day}.`,
    now: 'now',
    lastPost: (day: string, when: string) => `**Last post:** ${day}'s list, ${when}.`,
    lastEmpty: (day: string) =>
      `**Last post:** none for ${day}: nothing in the dataset happened on that day.`,
    noPostYet: '**Last post:** none yet.',
    failure: (day: string, reason: string, retry: boolean) =>
      `**Problem:** the post for ${day} failed: ${reason}. ${
        retry
          ? 'It will be tried again.'
          : 'Check that I can see the channel and send messages and embeds there, then run /settings daily again.'
      }`,
    saved: 'Saved.',
  },

  /** /help and /about. */
  info: {
    optionTypes: {
      text: 'text',
      number: 'number',
      boolean: 'true/false',
      channel: 'channel',
      value: 'value',
    },
    emptyDataset: 'My dataset is empty for now.',
    /** "I know 1 event (2 March 2017), with 7 quotes and 3 people." */
    knowledge: (events: number, range: string, quotes: number, people: number) =>
      `I know ${events.toLocaleString('en-GB')} event${events === 1 ? '' : 's'} (${range}), with ` +
      `${quotes.toLocaleString('en-GB')} quote${quotes === 1 ? '' : 's'} and ` +
      `${people === 1 ? '1 person' : `${people.toLocaleString('en-GB')} people`}.`,
    intro: 'I answer questions about dated news events and cite a source for every answer.',
    inDms: 'In a DM with me, just type a question, or a command such as /who name:…',
    onMessages: 'On any message: Apps → Verify quotes checks the quotes in it, for your eyes only.',
    tryAsking: 'Try asking:',
    helpTitle: 'What I can answer',
    helpFooter: 'Add private:True to any command to see the reply alone.',
    aboutTitle: 'About this bot',
    aboutDescription: 'Answers questions about dated news events, citing its sources.',
    noEventsYet: 'no events yet',
    datesCovered: 'Dates covered',
    events: 'Events',
    quotes: 'Quotes',
    people: 'People',
    sources: 'Sources',
    facts: 'Dated facts',
    version: 'Version',
    credits: 'Data credits',
  },

  /** The timeline picture and its alt text. */
  picture: {
    everyone: 'Events over time',
    events: (count: number) => `${count.toLocaleString('en-US')} event${count === 1 ? '' : 's'}`,
    person: (name: string) => `${name}: events over time`,
    busiest: {
      day: 'Busiest day',
      week: 'Busiest week',
      month: 'Busiest month',
      year: 'Busiest year',
    } satisfies Record<ActivityStep, string>,
    weekOf: (monday: string) => `week of ${monday}`,
    countTitle: {
      day: 'events a day',
      week: 'events a week',
      month: 'events a month',
      year: 'events a year',
    } satisfies Record<ActivityStep, string>,
    alt: (title: string, bars: string, what: string, keyEvents: string) =>
      `${title}, a bar chart of ${bars}: ${what}.${keyEvents === '' ? '' : ` Key events: ${keyEvents}.`}`,
  },
};

export type Strings = typeof en;
