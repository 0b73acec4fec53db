/** Every fixed text in German (see en.ts, the source these translate). */
import type { Noun, Strings } from './en.js';

const one = (count: number): boolean => new Intl.PluralRules('de-DE').select(count) === 'one';
const plural = (count: number, noun: Noun): string =>
  `${count} ${one(count) ? noun.one : noun.many}`;
const number = (count: number): string => count.toLocaleString('de-DE');

export const de: Strings = {
  languageName: 'Deutsch',

  commands: {
    ask: {
      name: 'fragen',
      description: 'Frag nach den Ereignissen im Datensatz: wann, wer, was gesagt wurde',
      options: {
        question: {
          name: 'frage',
          description: 'Auf Englisch, z. B. „When did Sessions recuse himself?“',
        },
      },
    },
    quote: {
      name: 'zitat',
      description: 'Zitate nach ihren Worten finden, die besten zuerst',
      options: {
        search: { name: 'suche', description: 'Worte aus dem Zitat' },
        speaker: { name: 'sprecher', description: 'Nur Zitate dieser Person' },
      },
    },
    who: {
      name: 'wer',
      description: 'Steckbrief einer Person: Ämter, andere Namen, neueste Zitate und Ereignisse',
      options: { name: { name: 'name', description: 'Die Person (Tippfehler sind okay)' } },
    },
    date: {
      name: 'datum',
      description: 'Was an einem Tag, in einem Monat, Jahr oder Zeitraum geschah',
      options: {
        when: {
          name: 'wann',
          description: 'Auf Englisch, z. B. „March 2 2017“, „2017-03“, „Feb to Apr 2017“',
        },
      },
    },
    event: {
      name: 'ereignis',
      description:
        'Steckbrief eines Ereignisses: Datum, Zusammenfassung, Personen, Zitate, Quellen',
      options: {
        query: { name: 'suche', description: 'Worte zum Ereignis (wähl eines aus der Liste)' },
      },
    },
    timeline: {
      name: 'zeitleiste',
      description: 'Ereignisse und Zitate nach Datum, für alle oder eine Person',
      options: {
        person: { name: 'person', description: 'Nur diese Person' },
        from: { name: 'von', description: 'Beginn, z. B. „2017-03“ oder „March 2, 2017“' },
        to: { name: 'bis', description: 'Ende, z. B. „2017“ oder „April 2017“' },
      },
    },
    verify: {
      name: 'prüfen',
      description: 'Wurde das gesagt? Das nächste echte Zitat, ein Urteil und die Quelle',
      options: {
        quote: { name: 'zitat', description: 'Die Worte, die geprüft werden sollen' },
        speaker: { name: 'sprecher', description: 'Wer es angeblich gesagt hat' },
      },
    },
    onthisday: {
      name: 'an-diesem-tag',
      description: 'Was an einem Tag des Jahres geschah, in allen Jahren',
      options: {
        date: {
          name: 'datum',
          description: 'Ein Tag, z. B. „March 2“, „2 March“ oder „03-02“ (Standard: heute)',
        },
      },
    },
    settings: {
      name: 'einstellungen',
      description: 'Servereinstellungen: ein täglicher „An diesem Tag“-Beitrag (Server verwalten)',
      subcommands: {
        daily: {
          name: 'täglich',
          description: 'Jeden Tag in einem Kanal posten, was an diesem Tag geschah',
          options: {
            channel: { name: 'kanal', description: 'Der Text- oder Ankündigungskanal dafür' },
            time: {
              name: 'uhrzeit',
              description: 'Wann, als HH:MM im 24-Stunden-Format (Standard 09:00, Zeitzone unten)',
            },
            zone: {
              name: 'zeitzone',
              description: 'Zeitzone der Uhrzeit, z. B. Europe/Berlin (Standard UTC)',
            },
          },
        },
        show: { name: 'anzeigen', description: 'Die Einstellungen dieses Servers anzeigen' },
        'daily-off': { name: 'täglich-aus', description: 'Den täglichen Beitrag beenden' },
      },
    },
    help: { name: 'hilfe', description: 'Was ich beantworten kann und wie man fragt' },
    about: {
      name: 'info',
      description: 'Was der Bot weiß: Größe des Datensatzes, Zeitraum, Version',
    },
  },

  privateOption: { name: 'privat', description: 'Die Antwort nur dir zeigen' },

  messageCommands: { 'Verify quotes': 'Zitate prüfen' },

  options: {
    required: (option) => `Die Option \`${option}\` fehlt.`,
    invalid: (option, problem) => `Die Option \`${option}\` ist ungültig: ${problem}.`,
    together: (problem) => `Diese Optionen passen nicht zusammen: ${problem}.`,
    invalidInput: 'ungültige Eingabe',
    tooLong: (max) => `höchstens ${number(max)} Zeichen`,
    hints: {
      writeDate: 'gib ein Datum an',
      writeDay: 'gib einen Tag an, z. B. „March 2“',
      writeName: 'gib einen Namen an',
      namePerson: 'nenn eine Person',
      nameSpeaker: 'nenn einen Sprecher',
      describeEvent: 'beschreib das Ereignis',
      writeQuoteWords: 'gib ein paar Worte des Zitats an',
      writeQuote: 'gib das Zitat an, das geprüft werden soll',
      pickChannel: 'wähl einen Kanal aus der Liste',
      badTime: 'gib die Uhrzeit als HH:MM im 24-Stunden-Format an, z. B. 09:00 oder 18:30',
      badZone: 'gib eine Zeitzone an, z. B. UTC, Europe/Berlin oder America/New_York',
    },
  },

  router: {
    apology:
      'Entschuldige, beim Antworten ist etwas schiefgegangen. Versuch es gleich noch einmal.',
    strayForm: 'Dieses Formular funktioniert nicht mehr. Führ den Befehl noch einmal aus.',
    unknownCommand: (name) => `Den Befehl \`/${name}\` kenne ich nicht.`,
    unknownMessageCommand: (name) => `Den Befehl „${name}“ kenne ich nicht.`,
    buttonOfGoneCommand: 'Dieser Knopf gehört zu einem Befehl, den es nicht mehr gibt.',
    serverOnly: (name) =>
      `/${name} funktioniert nur auf einem Discord-Server, und hier ist keiner.`,
    cooldown: (seconds) =>
      `Du fragst etwas zu schnell. Versuch es in ${seconds} ${one(seconds) ? 'Sekunde' : 'Sekunden'} noch einmal.`,
  },

  nouns: {
    event: { one: 'Ereignis', many: 'Ereignisse', gender: 'neuter' },
    entry: { one: 'Eintrag', many: 'Einträge', gender: 'masculine' },
    quote: { one: 'Zitat', many: 'Zitate', gender: 'neuter' },
    answer: { one: 'Antwort', many: 'Antworten', gender: 'feminine' },
    report: { one: 'datierte Meldung', many: 'datierte Meldungen', gender: 'feminine' },
    // Only ever counted after "in" ("in 6 Jahren"): the dative.
    year: { one: 'Jahr', many: 'Jahren', gender: 'neuter' },
  },
  counts: {
    count: (count, noun) => plural(count, noun),
    first: (shown, total, noun) => `die ersten ${shown} ${noun.many} von insgesamt ${total}`,
    firstOfAtLeast: (shown, total, noun) =>
      `die ersten ${shown} ${noun.many} von ${total} oder mehr`,
    latest: (shown, total, noun) => `die neuesten ${shown} ${noun.many} von insgesamt ${total}`,
    page: (page, pageCount) => `Seite ${page} von ${pageCount}`,
  },

  answers: {
    kinds: { event: 'Ereignis', quote: 'Zitat', fact: 'Gemeldet', person: 'Person' },
    undated: 'Ohne Datum',
    unknownSpeaker: 'Unbekannt',
    source: 'Quelle',
    article: 'Artikel',
    andMore: (count) => `…und ${count} weitere`,
  },

  pages: {
    first: '⏮ Anfang',
    previous: '◀ Zurück',
    next: 'Weiter ▶',
    last: 'Ende ⏭',
    goTo: 'Gehe zu…',
    formTitle: { dates: 'Zu einer Seite oder einem Datum', pages: 'Zu einer Seite' },
    inputLabel: {
      dates: 'Seite oder Datum, z. B. 3 oder 2017-03-02',
      pages: 'Seitenzahl, z. B. 3',
    },
    inputPlaceholder: { dates: '3 oder 2017-03-02', pages: '3' },
    inputHint: (shown) => `Angezeigt: ${shown}.`,
    refusals: {
      'not-owner':
        'Nur wer den Befehl ausgeführt hat, kann hier blättern. Führ ihn selbst aus, um zu stöbern.',
      expired: 'Diese Knöpfe sind abgelaufen. Führ den Befehl noch einmal aus, um mehr zu sehen.',
      malformed: 'Dieser Knopf funktioniert nicht mehr. Führ den Befehl noch einmal aus.',
      outdated:
        'Dieser Knopf stammt aus einer älteren Version des Bots. Führ den Befehl noch einmal aus, um neue Knöpfe zu bekommen.',
    },
    unreadable: (input, dates, pageCount) =>
      `${input} kann ich nicht als Seitenzahl${dates ? ' oder Datum' : ''} lesen. ` +
      `Gib eine Seitenzahl von 1 bis ${pageCount} an${dates ? ' oder ein Datum wie 2017-03-02' : ''}.`,
    noDates: (pageCount) =>
      `In dieser Liste geht es nur nach Seitenzahl, nicht nach Datum. Gib eine Seitenzahl von 1 bis ${pageCount} an.`,
  },

  jump: {
    pastTheEnd: (asked, pageCount) =>
      `Eine Seite ${asked} gibt es nicht: Die Liste hat ${pageCount} Seiten, das hier ist die letzte.`,
    beforeTheStart: 'Die Seiten beginnen bei 1: Das hier ist die erste.',
    nearestDate: (asked, nearest) =>
      `Nichts in dieser Liste ist auf ${asked} datiert; diese Seite enthält das nächste Datum, ${nearest}.`,
    noDates:
      'In dieser Liste geht es nur nach Seitenzahl, nicht nach Datum: Das ist die Seite, auf der du warst.',
  },

  dates: {
    range: (from, to) => `${from} bis ${to}`,
  },

  tryHeading: 'Tipps:',

  quoteMarks: { open: '„', close: '“' },

  hints: {
    coverage: (first, last) => `Der Datensatz reicht vom ${first} bis zum ${last}.`,
    emptyDataset: 'Der Datensatz ist leer.',
    impossibleDate: (written) => `„${written}“ ist kein echtes Datum: Prüf den Monat und den Tag.`,
    dateExamples:
      'Schreib ein Datum auf Englisch, z. B. „March 2, 2017“, „June 2018“ oder „2017-03“.',
    noQuoteOnTopic: (name, topic, count) =>
      `Kein Zitat von ${name} passt zu „${topic}“ (${plural(count, { one: 'Zitat', many: 'Zitate', gender: 'neuter' })} von ${name} im Datensatz).`,
    spelling: (read, typed) => `Meintest du „${read}“ statt „${typed}“?`,
    question: (question) => `Frag auf Englisch: ${question}`,
    askExamples:
      'Frag auf Englisch nach einer Person, einem Datum oder einem Zitat, z. B. „When did … resign?“',
  },

  verdicts: {
    exact: '✅ **Ja.** Genau diese Worte stehen im Datensatz.',
    paraphrase: '🟡 **Ähnlich, aber nicht wörtlich.** Das nächste echte Zitat steht unten.',
    'other-speaker': '↔️ **Gesagt, aber von jemand anderem.** Wer es war, steht unten.',
    related:
      '⚠️ **Nicht so wie behauptet.** Das Zitat unten betrifft das Thema, sagt aber etwas anderes.',
    'not-found': '❌ **Nein.** Nichts im Datensatz sagt das.',
  },

  ask: {
    noAnswer: 'Dazu habe ich im Datensatz keine Antwort gefunden.',
    noAnswerFor: (period) => `Dazu habe ich im Datensatz für ${period} keine Antwort gefunden.`,
    when: (date, text) => `**${date}**: ${text}`,
    saidIt: (speaker) => `**${speaker}** hat es gesagt.`,
    saidItOn: (speaker, date) => `**${speaker}** hat es gesagt (${date}).`,
    dates: (period) => `**Zeitraum:** ${period}`,
    bestFirst: (count) => `${count}, die besten zuerst.`,
    greeting: 'Hallo!',
    thanks: 'Gern geschehen!',
  },

  quotes: {
    title: 'Zitate',
    titleBy: (name) => `Zitate von ${name}`,
    noneTitle: 'Kein passendes Zitat',
    none: (search) => `Kein Zitat im Datensatz passt zu ${search}.`,
    noneBy: (name, search) => `Kein Zitat von ${name} im Datensatz passt zu ${search}.`,
    fewerWords: 'Versuch es mit weniger oder anderen Worten.',
    pickSpeaker: 'Wähl einen Sprecher, um nur dessen Zitate zu sehen.',
    seeWho: (command) => `Unter ${command} stehen die neuesten Zitate dieser Person.`,
    found: (count, search) => `${count} passend zu ${search}, die besten zuerst.`,
    foundBy: (count, name, search) =>
      `${count} von ${name} passend zu ${search}, die besten zuerst.`,
  },

  days: {
    unreadableTitle: 'Datum nicht verstanden',
    unreadable: (written) => `In ${written} konnte ich kein Datum lesen.`,
    nothingTitle: (period) => `Nichts gefunden für ${period}`,
    nothing: (period) => `Der Datensatz enthält keine Ereignisse für ${period}.`,
    titleDay: (day) => `Was am ${day} geschah`,
    titlePeriod: (period) => `Was geschah: ${period}`,
    cut: (shown) =>
      `${shown}, die wichtigsten zuerst: Grenz den Zeitraum ein, um den Rest zu sehen.`,
    all: (events) => `${events}, die wichtigsten zuerst.`,
    withReports: (events, reports) => `${events} und ${reports}, die wichtigsten zuerst.`,
  },

  timeline: {
    title: 'Zeitleiste',
    titleOf: (name) => `Zeitleiste · ${name}`,
    unreadableDate: (option, written) =>
      `Das Datum „${written}“ bei „${option}“ habe ich nicht verstanden.`,
    unknownPerson: (id) => `Unbekannte Personen-ID „${id}“.`,
    dateExamples: 'Schreib Daten auf Englisch, z. B. „March 2, 2017“, „2017-03“ oder „2017“.',
    nothing: (span) => `Keine Ereignisse oder Zitate${span} im Datensatz.`,
    from: (from) => ` ab ${from}`,
    to: (to) => ` bis ${to}`,
    covers: (dates) => ` (${dates})`,
    summary: (shown, span) => `${shown}${span}, die ältesten zuerst.`,
    summaryCut: (shown, span) =>
      `${shown}${span}, die ältesten zuerst: Grenz den Zeitraum ein, um den Rest zu sehen.`,
  },

  verify: {
    title: (who) => `Hat ${who} das gesagt?`,
    anyone: 'irgendwer',
    youAsked: (quote) => `**Deine Frage:** ${quote}`,
    shorterQuote: 'Versuch es mit einem kürzeren Teil des Zitats, im Originalwortlaut.',
    withoutSpeaker: 'Versuch es ohne Sprecher.',
    closest: 'Nächstes echtes Zitat ·',
    alsoClose: 'Auch ähnlich ·',
  },

  unknown: {
    personTitle: 'Person nicht gefunden',
    person: (name) => `Im Datensatz kenne ich niemanden namens ${name}.`,
    didYouMean: (label) => `Meintest du ${label}?`,
    eventTitle: 'Ereignis nicht gefunden',
    event: (query) => `Kein Ereignis im Datensatz passt zu ${query}.`,
  },

  cards: {
    former: (role) => `ehemals ${role}`,
    roles: (roles) => `**Ämter:** ${roles}`,
    aliases: (aliases) => `**Auch genannt:** ${aliases}`,
    shown: (parts, several) =>
      `**Angezeigt:** ${parts}, ${several ? 'jeweils ' : ''}die neuesten zuerst.`,
    then: ', danach ',
    shownNothing: '**Angezeigt:** keine Zitate oder Ereignisse.',
    quoteNumber: (position) => `Zitat ${position} ·`,
    eventNumber: (position) => `Ereignis ${position} ·`,
    date: (date) => `**Datum:** ${date}`,
    people: (people) => `**Personen:** ${people}`,
    noPeople: 'keine genannt',
    quoteCount: (count) => `**Zitate:** ${count}`,
    sources: (count) => `Quellen (${count})`,
    repeat: (source) => `${source} (Wiederholung)`,
  },

  claims: {
    title: 'Zitate prüfen',
    checked: (count, message) =>
      one(count)
        ? `Ich habe die eine Aussage in ${message} geprüft.`
        : `Ich habe die ${count} Aussagen in ${message} geprüft.`,
    thisMessage: 'dieser Nachricht',
    byAuthor: (name) => ` von ${name}`,
    more: (shown, total) =>
      `Nur die ersten ${shown} von ${total} wurden geprüft: Nimm /prüfen für die anderen.`,
    claimed: 'Behauptet',
    claimedBy: (speaker) => ` (${speaker})`,
    realWords: 'Echter Wortlaut',
    closestReport: 'Nächste Meldung',
    saidBy: 'Gesagt von',
    unknownSpeaker: 'unbekannt',
    undated: 'Datum unbekannt',
    source: 'Quelle',
    notSaid: 'Nichts im Datensatz kommt diesen Worten nahe.',
    nothingTitle: 'Nichts zu prüfen',
    nothing:
      'In dieser Nachricht habe ich kein Zitat und keine Aussage zum Prüfen gefunden. „Zitate prüfen“ prüft Worte in Anführungszeichen („…“, "…", «…», ein > Zitatblock) oder eine kurze Aussage wie: Sessions said he never met any Russians.',
    nothingTry: [
      'Um Worte selbst zu prüfen: /prüfen zitat:<die Worte> sprecher:<wer sie gesagt hat>',
    ],
    verdicts: {
      exact: '✅ Gesagt, Wort für Wort',
      paraphrase: '🟡 Mit anderen Worten gesagt',
      'other-speaker': '↔️ Gesagt, aber von jemand anderem',
      related: '⚠️ Nicht so wie behauptet',
      'not-found': '❌ Nicht gefunden',
    },
  },

  onThisDay: {
    title: (day) => `An diesem Tag: ${day}`,
    nothing: (day) => `Am ${day} ist laut Datensatz in keinem Jahr etwas geschehen.`,
    summary: (shown, day, years) => `${shown} am ${day}, in ${years}, die wichtigsten zuerst.`,
    withReports: (events, reports) => `${events} und ${reports}`,
    byYear: (list) => `**Nach Jahr:** ${list}`,
    today: (zone) => `Heute (${zone}).`,
    seeAll: (commandLine) => `Alle: \`${commandLine}\``,
    tryOther: 'Versuch einen anderen Tag, z. B. /an-diesem-tag datum:March 2',
    impossibleTitle: 'Kein Tag des Jahres',
    unreadableTitle: 'Tag nicht verstanden',
    howToWrite: 'Schreib einen Tag auf Englisch wie „March 2“, „2 March“ oder „03-02“ (Monat-Tag).',
    noMonth: (written, month) =>
      `„${written}“ ist kein Tag des Jahres: Einen Monat ${month} gibt es nicht.`,
    monthLength: (written, month, days, february) =>
      `„${written}“ ist kein Tag des Jahres: Der ${month} hat ${february ? 'höchstens ' : ''}${days} Tage.`,
    notLeapYear: (written, year) =>
      `„${written}“ ist kein echtes Datum: ${year} war kein Schaltjahr.`,
    ambiguous: (written) => `„${written}“ lässt sich mit dem Tag oder dem Monat zuerst lesen.`,
    unreadable: (written) => `In „${written}“ konnte ich keinen Tag des Jahres lesen.`,
  },

  settings: {
    title: 'Servereinstellungen',
    needsServer:
      'Servereinstellungen gehören zu einem Discord-Server: Führ /einstellungen auf einem Server aus, auf dem du die Berechtigung „Server verwalten“ hast.',
    needsManageServer:
      'Nur Mitglieder mit der Berechtigung **Server verwalten** können diese Einstellungen sehen oder ändern.',
    unknownChannel: 'Discord hat mir diesen Kanal nicht geschickt. Wähl ihn aus der Kanalliste.',
    notPostable: (channel) =>
      `${channel} ist kein Text- oder Ankündigungskanal. Wähl einen, in dem Nachrichten gelesen werden.`,
    cannotPost: (channel) =>
      `In ${channel} kann ich nicht posten: Dafür brauche ich dort die Berechtigungen **Kanal ansehen**, **Nachrichten senden** und **Links einbetten**.`,
    dailyOn: (channel, time) => `**Täglicher Beitrag:** an, in ${channel} jeden Tag um ${time}.`,
    dailyOff:
      'Täglicher Beitrag: aus. Schalte ihn mit `/einstellungen täglich kanal:#kanal [uhrzeit]` ein.',
    turnedOff: (channel) => `Der tägliche Beitrag in ${channel} ist jetzt aus.`,
    wasOff: 'Der tägliche Beitrag war schon aus.',
    next: (when, day) => `**Nächster Beitrag:** ${when}, mit dem, was am ${day} geschah.`,
    now: 'jetzt',
    lastPost: (day, when) => `**Letzter Beitrag:** die Liste für den ${day}, ${when}.`,
    lastEmpty: (day) =>
      `**Letzter Beitrag:** keiner für den ${day}: An diesem Tag ist laut Datensatz nichts geschehen.`,
    noPostYet: '**Letzter Beitrag:** noch keiner.',
    failure: (day, reason, retry) =>
      `**Problem:** Der Beitrag für den ${day} ist fehlgeschlagen: ${reason}. ${
        retry
          ? 'Er wird noch einmal versucht.'
          : 'Prüf, ob ich den Kanal sehen und dort Nachrichten und Einbettungen senden kann, und führ dann /einstellungen täglich noch einmal aus.'
      }`,
    saved: 'Gespeichert.',
  },

  info: {
    optionTypes: {
      text: 'Text',
      number: 'Zahl',
      boolean: 'true/false',
      channel: 'Kanal',
      value: 'Wert',
    },
    emptyDataset: 'Mein Datensatz ist noch leer.',
    knowledge: (events, range, quotes, people) =>
      `Ich kenne ${number(events)} ${one(events) ? 'Ereignis' : 'Ereignisse'} (${range}), mit ` +
      `${number(quotes)} ${one(quotes) ? 'Zitat' : 'Zitaten'} und ` +
      `${number(people)} ${one(people) ? 'Person' : 'Personen'}.`,
    intro:
      'Ich beantworte Fragen zu datierten Nachrichtenereignissen und nenne zu jeder Antwort eine Quelle.',
    inDms:
      'Schreib mir einfach eine Frage als Direktnachricht (auf Englisch) oder einen Befehl wie /wer name:…',
    onMessages:
      'Bei jeder Nachricht: Apps → Zitate prüfen prüft die Zitate darin, nur für dich sichtbar.',
    tryAsking: 'Frag zum Beispiel (auf Englisch):',
    helpTitle: 'Was ich beantworten kann',
    helpFooter: 'Mit privat:True bei einem Befehl siehst nur du die Antwort.',
    aboutTitle: 'Über diesen Bot',
    aboutDescription: 'Beantwortet Fragen zu datierten Nachrichtenereignissen, mit Quellen.',
    noEventsYet: 'noch keine Ereignisse',
    datesCovered: 'Zeitraum',
    events: 'Ereignisse',
    quotes: 'Zitate',
    people: 'Personen',
    sources: 'Quellen',
    facts: 'Datierte Fakten',
    version: 'Version',
    credits: 'Datenquellen',
  },

  picture: {
    everyone: 'Ereignisse im Zeitverlauf',
    events: (count) => `${number(count)} ${one(count) ? 'Ereignis' : 'Ereignisse'}`,
    person: (name) => `${name}: Ereignisse im Zeitverlauf`,
    busiest: {
      day: 'Ereignisreichster Tag',
      week: 'Ereignisreichste Woche',
      month: 'Ereignisreichster Monat',
      year: 'Ereignisreichstes Jahr',
    },
    weekOf: (monday) => `Woche ab ${monday}`,
    countTitle: {
      day: 'Ereignisse pro Tag',
      week: 'Ereignisse pro Woche',
      month: 'Ereignisse pro Monat',
      year: 'Ereignisse pro Jahr',
    },
    alt: (title, bars, what, keyEvents) =>
      `${title}, ein Balkendiagramm der ${bars}: ${what}.${keyEvents === '' ? '' : ` Wichtige Ereignisse: ${keyEvents}.`}`,
  },
};
