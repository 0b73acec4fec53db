/** Every fixed text in French (see en.ts, the source these translate). */
import type { Noun, Strings } from './en.js';

/** French counts 0 and 1 in the singular. */
const one = (count: number): boolean => new Intl.PluralRules('fr-FR').select(count) === 'one';
const plural = (count: number, noun: Noun): string =>
  `${count} ${one(count) ? noun.one : noun.many}`;
const number = (count: number): string => count.toLocaleString('fr-FR');
/** "premiers" or "premières", as the noun's gender asks. */
const agree = (noun: Noun, masculine: string, feminine: string): string =>
  noun.gender === 'feminine' ? feminine : masculine;

export const fr: Strings = {
  languageName: 'Français',

  commands: {
    ask: {
      name: 'demander',
      description: 'Pose une question sur les événements : quand, qui, ce qui a été dit',
      options: {
        question: {
          name: 'question',
          description: 'En anglais, p. ex. « When did Sessions recuse himself? »',
        },
      },
    },
    quote: {
      name: 'citation',
      description: 'Trouver des citations par leurs mots, les meilleures d’abord',
      options: {
        search: { name: 'recherche', description: 'Des mots de la citation' },
        speaker: { name: 'auteur', description: 'Seulement les citations de cette personne' },
      },
    },
    who: {
      name: 'qui',
      description: 'Fiche d’une personne : fonctions, autres noms, citations et événements récents',
      options: { name: { name: 'nom', description: 'La personne (les fautes de frappe passent)' } },
    },
    date: {
      name: 'date',
      description: 'Ce qui s’est passé un jour, un mois, une année ou sur une période',
      options: {
        when: {
          name: 'quand',
          description: 'En anglais, p. ex. « March 2 2017 », « 2017-03 », « Feb to Apr 2017 »',
        },
      },
    },
    event: {
      name: 'événement',
      description: 'Fiche d’un événement : date, résumé, personnes, citations et sources',
      options: {
        query: {
          name: 'recherche',
          description: 'Des mots sur l’événement (choisis-le dans la liste)',
        },
      },
    },
    timeline: {
      name: 'chronologie',
      description: 'Événements et citations par date, pour tous ou pour une personne',
      options: {
        person: { name: 'personne', description: 'Seulement cette personne' },
        from: { name: 'début', description: 'Début, p. ex. « 2017-03 » ou « March 2, 2017 »' },
        to: { name: 'fin', description: 'Fin, p. ex. « 2017 » ou « April 2017 »' },
      },
    },
    verify: {
      name: 'vérifier',
      description:
        'L’a-t-on vraiment dit ? La vraie citation la plus proche, un verdict, sa source',
      options: {
        quote: { name: 'citation', description: 'Les mots à vérifier' },
        speaker: { name: 'auteur', description: 'Qui l’aurait dit' },
      },
    },
    onthisday: {
      name: 'ce-jour-là',
      description: 'Ce qui s’est passé un jour de l’année, toutes années confondues',
      options: {
        date: {
          name: 'date',
          description:
            'Un jour, p. ex. « March 2 », « 2 March » ou « 03-02 » (par défaut : aujourd’hui)',
        },
      },
    },
    settings: {
      name: 'paramètres',
      description: 'Paramètres du serveur : un message quotidien « Ce jour-là » (Gérer le serveur)',
      subcommands: {
        daily: {
          name: 'quotidien',
          description: 'Publier chaque jour dans un salon ce qui s’est passé ce jour-là',
          options: {
            channel: { name: 'salon', description: 'Le salon textuel ou d’annonces où publier' },
            time: {
              name: 'heure',
              description:
                'Quand, au format HH:MM sur 24 heures (09:00 par défaut, fuseau ci-dessous)',
            },
            zone: {
              name: 'fuseau',
              description: 'Fuseau horaire de cette heure, p. ex. Europe/Paris (UTC par défaut)',
            },
          },
        },
        show: { name: 'afficher', description: 'Afficher les paramètres de ce serveur' },
        'daily-off': { name: 'quotidien-arrêt', description: 'Arrêter le message quotidien' },
      },
    },
    help: { name: 'aide', description: 'Ce à quoi je peux répondre, et comment demander' },
    about: {
      name: 'à-propos',
      description: 'Ce que sait le bot : taille des données, période couverte, version',
    },
  },

  privateOption: { name: 'privé', description: 'Afficher la réponse pour toi seul' },

  messageCommands: { 'Verify quotes': 'Vérifier les citations' },

  options: {
    required: (option) => `L’option \`${option}\` est obligatoire.`,
    invalid: (option, problem) => `L’option \`${option}\` n’est pas valide : ${problem}.`,
    together: (problem) => `Ces options ne vont pas ensemble : ${problem}.`,
    invalidInput: 'saisie non valide',
    tooLong: (max) => `${number(max)} caractères au plus`,
    hints: {
      writeDate: 'indique une date',
      writeDay: 'indique un jour, p. ex. « March 2 »',
      writeName: 'indique un nom',
      namePerson: 'nomme une personne',
      nameSpeaker: 'nomme un auteur',
      describeEvent: 'décris l’événement',
      writeQuoteWords: 'indique quelques mots de la citation',
      writeQuote: 'indique la citation à vérifier',
      pickChannel: 'choisis un salon dans la liste',
      badTime: 'indique une heure au format HH:MM sur 24 heures, p. ex. 09:00 ou 18:30',
      badZone: 'indique un fuseau horaire comme UTC, Europe/Paris ou America/New_York',
    },
  },

  router: {
    apology: 'Désolé, un problème est survenu pendant la réponse. Réessaie dans un instant.',
    strayForm: 'Ce formulaire ne fonctionne plus. Relance la commande.',
    unknownCommand: (name) => `Je ne connais pas la commande \`/${name}\`.`,
    unknownMessageCommand: (name) => `Je ne connais pas la commande « ${name} ».`,
    buttonOfGoneCommand: 'Ce bouton appartient à une commande qui n’existe plus.',
    serverOnly: (name) => `/${name} ne marche que sur un serveur Discord, et il n’y en a pas ici.`,
    cooldown: (seconds) =>
      `Tu vas un peu vite. Réessaie dans ${seconds} ${one(seconds) ? 'seconde' : 'secondes'}.`,
  },

  nouns: {
    event: { one: 'événement', many: 'événements', gender: 'masculine' },
    entry: { one: 'entrée', many: 'entrées', gender: 'feminine' },
    quote: { one: 'citation', many: 'citations', gender: 'feminine' },
    answer: { one: 'réponse', many: 'réponses', gender: 'feminine' },
    report: { one: 'compte rendu daté', many: 'comptes rendus datés', gender: 'masculine' },
    year: { one: 'an', many: 'ans', gender: 'masculine' },
  },
  counts: {
    count: (count, noun) => plural(count, noun),
    first: (shown, total, noun) =>
      `les ${shown} ${agree(noun, 'premiers', 'premières')} ${noun.many} sur ${total}`,
    firstOfAtLeast: (shown, total, noun) =>
      `les ${shown} ${agree(noun, 'premiers', 'premières')} ${noun.many} sur ${total} ou plus`,
    latest: (shown, total, noun) =>
      `les ${shown} ${noun.many} les plus ${agree(noun, 'récents', 'récentes')} sur ${total}`,
    page: (page, pageCount) => `Page ${page} sur ${pageCount}`,
  },

  answers: {
    kinds: { event: 'Événement', quote: 'Citation', fact: 'Rapporté', person: 'Personne' },
    undated: 'Sans date',
    unknownSpeaker: 'Auteur inconnu',
    source: 'Source',
    article: 'article',
    andMore: (count) => `…et ${count} de plus`,
  },

  pages: {
    first: '⏮ Début',
    previous: '◀ Précédent',
    next: 'Suivant ▶',
    last: 'Fin ⏭',
    goTo: 'Aller à…',
    formTitle: { dates: 'Aller à une page ou une date', pages: 'Aller à une page' },
    inputLabel: {
      dates: 'Page ou date, p. ex. 3 ou 2017-03-02',
      pages: 'Numéro de page, p. ex. 3',
    },
    inputPlaceholder: { dates: '3 ou 2017-03-02', pages: '3' },
    inputHint: (shown) => `Affichée : ${shown}.`,
    refusals: {
      'not-owner':
        'Seule la personne qui a lancé cette commande peut tourner ses pages. Lance-la toi-même pour parcourir.',
      expired: 'Ces boutons ont expiré. Relance la commande pour en voir plus.',
      malformed: 'Ce bouton ne fonctionne plus. Relance la commande.',
      outdated:
        'Ce bouton vient d’une ancienne version du bot. Relance la commande pour avoir de nouveaux boutons.',
    },
    unreadable: (input, dates, pageCount) =>
      `Je n’arrive pas à lire ${input} comme un numéro de page${dates ? ' ou une date' : ''}. ` +
      `Indique un numéro de page de 1 à ${pageCount}${dates ? ', ou une date comme 2017-03-02' : ''}.`,
    noDates: (pageCount) =>
      `Cette liste se parcourt par numéro de page, pas par date. Indique un numéro de page de 1 à ${pageCount}.`,
  },

  jump: {
    pastTheEnd: (asked, pageCount) =>
      `Il n’y a pas de page ${asked} : cette liste a ${pageCount} pages, et voici la dernière.`,
    beforeTheStart: 'Les pages commencent à 1 : voici la première.',
    nearestDate: (asked, nearest) =>
      `Rien dans cette liste ne correspond à ${asked} ; cette page contient la date la plus proche (${nearest}).`,
    noDates:
      'Cette liste se parcourt par numéro de page, pas par date : voici la page où tu étais.',
  },

  dates: {
    range: (from, to) => `${from} – ${to}`,
  },

  tryHeading: 'Pistes :',

  quoteMarks: { open: '«\u00a0', close: '\u00a0»' },

  hints: {
    coverage: (first, last) => `Les données vont du ${first} au ${last}.`,
    emptyDataset: 'Les données sont vides.',
    impossibleDate: (written) =>
      `« ${written} » n’est pas une vraie date : vérifie le mois et le jour.`,
    dateExamples:
      'Écris une date en anglais, p. ex. « March 2, 2017 », « June 2018 » ou « 2017-03 ».',
    noQuoteOnTopic: (name, topic, count) =>
      `Aucune citation de ${name} ne correspond à « ${topic} » (${plural(count, { one: 'citation', many: 'citations', gender: 'feminine' })} de ${name} dans les données).`,
    spelling: (read, typed) => `Voulais-tu dire « ${read} » pour « ${typed} » ?`,
    question: (question) => `Demande en anglais : ${question}`,
    askExamples:
      'Pose une question en anglais sur une personne, une date ou une citation, p. ex. « When did … resign? »',
  },

  verdicts: {
    exact: '✅ **Oui.** Ces mots figurent dans les données.',
    paraphrase:
      '🟡 **Proche, mais pas mot pour mot.** La vraie citation la plus proche est ci-dessous.',
    'other-speaker': '↔️ **Dit, mais par quelqu’un d’autre.** Son véritable auteur est ci-dessous.',
    related:
      '⚠️ **Pas comme prétendu.** La citation ci-dessous porte sur le sujet mais ne dit pas cela.',
    'not-found': '❌ **Non.** Rien dans les données ne dit cela.',
  },

  ask: {
    noAnswer: 'Je n’ai pas trouvé de réponse à cela dans les données.',
    noAnswerFor: (period) =>
      `Je n’ai pas trouvé de réponse à cela dans les données pour ${period}.`,
    when: (date, text) => `**${date}** : ${text}`,
    saidIt: (speaker) => `C’est **${speaker}** qui l’a dit.`,
    saidItOn: (speaker, date) => `C’est **${speaker}** qui l’a dit (${date}).`,
    dates: (period) => `**Période :** ${period}`,
    bestFirst: (count) => `${count}, les meilleures d’abord.`,
    greeting: 'Bonjour !',
    thanks: 'Avec plaisir !',
  },

  quotes: {
    title: 'Citations',
    titleBy: (name) => `Citations de ${name}`,
    noneTitle: 'Aucune citation correspondante',
    none: (search) => `Aucune citation dans les données ne correspond à ${search}.`,
    noneBy: (name, search) =>
      `Aucune citation de ${name} dans les données ne correspond à ${search}.`,
    fewerWords: 'Essaie avec moins de mots, ou d’autres.',
    pickSpeaker: 'Choisis un auteur pour ne voir que ses citations.',
    seeWho: (command) => `Vois ${command} pour ses dernières citations.`,
    found: (count, search) => `${count} correspondant à ${search}, les meilleures d’abord.`,
    foundBy: (count, name, search) =>
      `${count} de ${name} correspondant à ${search}, les meilleures d’abord.`,
  },

  days: {
    unreadableTitle: 'Date non comprise',
    unreadable: (written) => `Je n’ai pas pu lire de date dans ${written}.`,
    nothingTitle: (period) => `Rien trouvé pour ${period}`,
    nothing: (period) => `Les données ne contiennent aucun événement pour ${period}.`,
    titleDay: (day) => `Ce qui s’est passé le ${day}`,
    titlePeriod: (period) => `Ce qui s’est passé : ${period}`,
    cut: (shown) =>
      `${shown}, les plus marquants d’abord : réduis la période pour voir les autres.`,
    all: (events) => `${events}, les plus marquants d’abord.`,
    withReports: (events, reports) => `${events} et ${reports}, les plus marquants d’abord.`,
  },

  timeline: {
    title: 'Chronologie',
    titleOf: (name) => `Chronologie · ${name}`,
    unreadableDate: (option, written) =>
      `Je n’ai pas compris la date « ${written} » de l’option « ${option} ».`,
    unknownPerson: (id) => `Identifiant de personne inconnu « ${id} ».`,
    dateExamples: 'Écris les dates en anglais, p. ex. « March 2, 2017 », « 2017-03 » ou « 2017 ».',
    nothing: (span) => `Aucun événement ni aucune citation${span} dans les données.`,
    from: (from) => ` à partir de ${from}`,
    to: (to) => ` jusqu’à ${to}`,
    covers: (dates) => ` (${dates})`,
    summary: (shown, span) => `${shown}${span}, des plus anciennes aux plus récentes.`,
    summaryCut: (shown, span) =>
      `${shown}${span}, des plus anciennes aux plus récentes : réduis la période pour voir la suite.`,
  },

  verify: {
    title: (who) => `${who} l’a-t-il dit ?`,
    anyone: 'Quelqu’un',
    youAsked: (quote) => `**Ta question :** ${quote}`,
    shorterQuote: 'Essaie avec un passage plus court de la citation, dans ses mots d’origine.',
    withoutSpeaker: 'Essaie sans auteur.',
    closest: 'Vraie citation la plus proche ·',
    alsoClose: 'Proche aussi ·',
  },

  unknown: {
    personTitle: 'Personne introuvable',
    person: (name) => `Je ne connais personne du nom de ${name} dans les données.`,
    didYouMean: (label) => `Voulais-tu dire ${label} ?`,
    eventTitle: 'Événement introuvable',
    event: (query) => `Aucun événement dans les données ne correspond à ${query}.`,
  },

  cards: {
    former: (role) => `ex-${role}`,
    roles: (roles) => `**Fonctions :** ${roles}`,
    aliases: (aliases) => `**Aussi appelé :** ${aliases}`,
    shown: (parts, several) =>
      `**Affiché :** ${parts}, ${several ? 'à chaque fois ' : ''}les plus récents d’abord.`,
    then: ', puis ',
    shownNothing: '**Affiché :** aucune citation ni aucun événement.',
    quoteNumber: (position) => `Citation ${position} ·`,
    eventNumber: (position) => `Événement ${position} ·`,
    date: (date) => `**Date :** ${date}`,
    people: (people) => `**Personnes :** ${people}`,
    noPeople: 'aucune nommée',
    quoteCount: (count) => `**Citations :** ${count}`,
    sources: (count) => `Sources (${count})`,
    repeat: (source) => `${source} (reprise)`,
  },

  claims: {
    title: 'Vérifier les citations',
    checked: (count, message) =>
      one(count)
        ? `J’ai vérifié l’affirmation contenue dans ${message}.`
        : `J’ai vérifié les ${count} affirmations contenues dans ${message}.`,
    thisMessage: 'ce message',
    byAuthor: (name) => ` de ${name}`,
    more: (shown, total) =>
      `Seules les ${shown} premières sur ${total} ont été vérifiées : utilise /vérifier pour les autres.`,
    claimed: 'Affirmé',
    claimedBy: (speaker) => ` (${speaker})`,
    realWords: 'Vrais mots',
    closestReport: 'Compte rendu le plus proche',
    saidBy: 'Dit par',
    unknownSpeaker: 'un auteur inconnu',
    undated: 'date inconnue',
    source: 'Source',
    notSaid: 'Rien dans les données ne ressemble à ces mots.',
    nothingTitle: 'Rien à vérifier',
    nothing:
      'Je n’ai trouvé ni citation ni affirmation à vérifier dans ce message. « Vérifier les citations » vérifie les mots entre guillemets (« … », "…", “…”, un bloc de citation >), ou une courte affirmation comme : Sessions said he never met any Russians.',
    nothingTry: [
      'Pour vérifier des mots toi-même : /vérifier citation:<les mots> auteur:<qui les a dits>',
    ],
    verdicts: {
      exact: '✅ Dit, mot pour mot',
      paraphrase: '🟡 Dit en d’autres mots',
      'other-speaker': '↔️ Dit, mais par quelqu’un d’autre',
      related: '⚠️ Pas comme prétendu',
      'not-found': '❌ Introuvable',
    },
  },

  onThisDay: {
    title: (day) => `Ce jour-là : ${day}`,
    nothing: (day) => `Rien dans les données ne s’est passé un ${day}, quelle que soit l’année.`,
    summary: (shown, day, years) => `${shown} un ${day}, sur ${years}, les plus marquants d’abord.`,
    withReports: (events, reports) => `${events} et ${reports}`,
    byYear: (list) => `**Par année :** ${list}`,
    today: (zone) => `Aujourd’hui (${zone}).`,
    seeAll: (commandLine) => `Tous : \`${commandLine}\``,
    tryOther: 'Essaie un autre jour, p. ex. /ce-jour-là date:March 2',
    impossibleTitle: 'Pas un jour de l’année',
    unreadableTitle: 'Jour non compris',
    howToWrite: 'Écris un jour en anglais comme « March 2 », « 2 March » ou « 03-02 » (mois-jour).',
    noMonth: (written, month) =>
      `« ${written} » n’est pas un jour de l’année : il n’y a pas de mois ${month}.`,
    monthLength: (written, month, days, february) =>
      `« ${written} » n’est pas un jour de l’année : ${month} compte ${february ? 'au plus ' : ''}${days} jours.`,
    notLeapYear: (written, year) =>
      `« ${written} » n’est pas une vraie date : ${year} n’était pas une année bissextile.`,
    ambiguous: (written) => `« ${written} » peut se lire le jour d’abord ou le mois d’abord.`,
    unreadable: (written) => `Je n’ai pas pu lire de jour de l’année dans « ${written} ».`,
  },

  settings: {
    title: 'Paramètres du serveur',
    needsServer:
      'Les paramètres appartiennent à un serveur Discord : lance /paramètres sur un serveur où tu as la permission Gérer le serveur.',
    needsManageServer:
      'Seuls les membres avec la permission **Gérer le serveur** peuvent voir ou changer ces paramètres.',
    unknownChannel: 'Discord ne m’a pas envoyé ce salon. Choisis-le dans la liste des salons.',
    notPostable: (channel) =>
      `${channel} n’est pas un salon textuel ou d’annonces. Choisis-en un où l’on lit les messages.`,
    cannotPost: (channel) =>
      `Je ne peux pas publier dans ${channel} : il me faut les permissions **Voir le salon**, **Envoyer des messages** et **Intégrer des liens**.`,
    dailyOn: (channel, time) =>
      `**Message quotidien :** activé, dans ${channel} chaque jour à ${time}.`,
    dailyOff:
      'Message quotidien : désactivé. Active-le avec `/paramètres quotidien salon:#salon [heure]`.',
    turnedOff: (channel) => `Le message quotidien dans ${channel} est maintenant désactivé.`,
    wasOff: 'Le message quotidien était déjà désactivé.',
    next: (when, day) => `**Prochain message :** ${when}, avec ce qui s’est passé un ${day}.`,
    now: 'maintenant',
    lastPost: (day, when) => `**Dernier message :** la liste du ${day}, ${when}.`,
    lastEmpty: (day) =>
      `**Dernier message :** aucun pour le ${day} : rien dans les données ne s’est passé ce jour-là.`,
    noPostYet: '**Dernier message :** aucun pour l’instant.',
    failure: (day, reason, retry) =>
      `**Problème :** le message du ${day} a échoué : ${reason}. ${
        retry
          ? 'Il sera réessayé.'
          : 'Vérifie que je peux voir le salon et y envoyer des messages et des intégrations, puis relance /paramètres quotidien.'
      }`,
    saved: 'Enregistré.',
  },

  info: {
    optionTypes: {
      text: 'texte',
      number: 'nombre',
      boolean: 'true/false',
      channel: 'salon',
      value: 'valeur',
    },
    emptyDataset: 'Mes données sont vides pour l’instant.',
    knowledge: (events, range, quotes, people) =>
      `Je connais ${number(events)} ${one(events) ? 'événement' : 'événements'} (${range}), avec ` +
      `${number(quotes)} ${one(quotes) ? 'citation' : 'citations'} et ` +
      `${number(people)} ${one(people) ? 'personne' : 'personnes'}.`,
    intro:
      'Je réponds aux questions sur des événements d’actualité datés et je cite une source pour chaque réponse.',
    inDms:
      'En message privé, écris simplement une question (en anglais) ou une commande comme /qui nom:…',
    onMessages:
      'Sur n’importe quel message : Applications → Vérifier les citations contrôle ce qu’il cite, pour toi seul.',
    tryAsking: 'Essaie de demander (en anglais) :',
    helpTitle: 'Ce à quoi je peux répondre',
    helpFooter: 'Ajoute privé:True à une commande pour voir la réponse seul.',
    aboutTitle: 'À propos de ce bot',
    aboutDescription:
      'Répond aux questions sur des événements d’actualité datés, en citant ses sources.',
    noEventsYet: 'aucun événement pour l’instant',
    datesCovered: 'Période couverte',
    events: 'Événements',
    quotes: 'Citations',
    people: 'Personnes',
    sources: 'Sources',
    facts: 'Faits datés',
    version: 'Version',
    credits: 'Crédits des données',
  },

  picture: {
    everyone: 'Événements au fil du temps',
    events: (count) => `${number(count)} ${one(count) ? 'événement' : 'événements'}`,
    person: (name) => `${name} : événements au fil du temps`,
    busiest: {
      day: 'Jour le plus chargé',
      week: 'Semaine la plus chargée',
      month: 'Mois le plus chargé',
      year: 'Année la plus chargée',
    },
    weekOf: (monday) => `semaine du ${monday}`,
    countTitle: {
      day: 'événements par jour',
      week: 'événements par semaine',
      month: 'événements par mois',
      year: 'événements par an',
    },
    alt: (title, bars, what, keyEvents) =>
      `${title}, un diagramme en barres des ${bars} : ${what}.${keyEvents === '' ? '' : ` Événements clés : ${keyEvents}.`}`,
  },
};
