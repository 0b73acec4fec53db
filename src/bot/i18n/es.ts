/** Every fixed text in Spanish, for es-ES and es-419 alike (see en.ts, the source). */
import type { Noun, Strings } from './en.js';

const one = (count: number): boolean => new Intl.PluralRules('es-ES').select(count) === 'one';
const plural = (count: number, noun: Noun): string =>
  `${count} ${one(count) ? noun.one : noun.many}`;
const number = (count: number): string => count.toLocaleString('es-ES');
/** "los" or "las", "primeros" or "primeras", as the noun's gender asks. */
const agree = (noun: Noun, masculine: string, feminine: string): string =>
  noun.gender === 'feminine' ? feminine : masculine;

export const es: Strings = {
  languageName: 'Español',

  commands: {
    ask: {
      name: 'preguntar',
      description: 'Pregunta por los sucesos de los datos: cuándo, quién, qué se dijo',
      options: {
        question: {
          name: 'pregunta',
          description: 'En inglés, p. ej. «When did Sessions recuse himself?»',
        },
      },
    },
    quote: {
      name: 'cita',
      description: 'Busca citas por sus palabras, las mejores primero',
      options: {
        search: { name: 'búsqueda', description: 'Palabras de la cita' },
        speaker: { name: 'autor', description: 'Solo citas de esta persona' },
      },
    },
    who: {
      name: 'quién',
      description: 'Ficha de una persona: cargos, otros nombres, últimas citas y sucesos',
      options: {
        name: { name: 'nombre', description: 'La persona (no pasa nada si hay erratas)' },
      },
    },
    date: {
      name: 'fecha',
      description: 'Qué pasó un día, un mes, un año o en un periodo',
      options: {
        when: {
          name: 'cuándo',
          description: 'En inglés, p. ej. «March 2 2017», «2017-03», «Feb to Apr 2017»',
        },
      },
    },
    event: {
      name: 'suceso',
      description: 'Ficha de un suceso: fecha, resumen, personas, citas y fuentes',
      options: {
        query: {
          name: 'búsqueda',
          description: 'Palabras sobre el suceso (elige uno de la lista)',
        },
      },
    },
    timeline: {
      name: 'cronología',
      description: 'Sucesos y citas por fecha, de todos o de una persona',
      options: {
        person: { name: 'persona', description: 'Solo esta persona' },
        from: { name: 'desde', description: 'Inicio, p. ej. «2017-03» o «March 2, 2017»' },
        to: { name: 'hasta', description: 'Fin, p. ej. «2017» o «April 2017»' },
      },
    },
    verify: {
      name: 'verificar',
      description: '¿Lo dijo de verdad? La cita real más parecida, un veredicto y su fuente',
      options: {
        quote: { name: 'cita', description: 'Las palabras que quieres comprobar' },
        speaker: { name: 'autor', description: 'Quién lo habría dicho' },
      },
    },
    onthisday: {
      name: 'tal-día-como-hoy',
      description: 'Qué pasó un día del año, en todos los años',
      options: {
        date: {
          name: 'fecha',
          description: 'Un día, p. ej. «March 2», «2 March» o «03-02» (por defecto: hoy)',
        },
      },
    },
    settings: {
      name: 'ajustes',
      description:
        'Ajustes del servidor: una publicación diaria «Tal día como hoy» (Gestionar servidor)',
      subcommands: {
        daily: {
          name: 'diario',
          description: 'Publica cada día en un canal lo que pasó tal día como hoy',
          options: {
            channel: {
              name: 'canal',
              description: 'El canal de texto o de anuncios donde publicar',
            },
            time: {
              name: 'hora',
              description:
                'Cuándo, como HH:MM en formato de 24 horas (09:00 por defecto, zona de abajo)',
            },
            zone: {
              name: 'zona',
              description: 'Zona horaria de esa hora, p. ej. Europe/Madrid (UTC por defecto)',
            },
          },
        },
        show: { name: 'mostrar', description: 'Muestra los ajustes de este servidor' },
        'daily-off': { name: 'diario-desactivar', description: 'Deja de publicar a diario' },
      },
    },
    help: { name: 'ayuda', description: 'Qué puedo responder y cómo preguntar' },
    about: {
      name: 'acerca-de',
      description: 'Qué sabe el bot: tamaño de los datos, fechas que abarca, versión',
    },
  },

  privateOption: { name: 'privado', description: 'Mostrar la respuesta solo a ti' },

  messageCommands: { 'Verify quotes': 'Verificar citas' },

  options: {
    required: (option) => `Falta la opción \`${option}\`.`,
    invalid: (option, problem) => `La opción \`${option}\` no es válida: ${problem}.`,
    together: (problem) => `Esas opciones no encajan juntas: ${problem}.`,
    invalidInput: 'entrada no válida',
    tooLong: (max) => `usa como máximo ${number(max)} caracteres`,
    hints: {
      writeDate: 'escribe una fecha',
      writeDay: 'escribe un día, p. ej. «March 2»',
      writeName: 'escribe un nombre',
      namePerson: 'indica una persona',
      nameSpeaker: 'indica un autor',
      describeEvent: 'describe el suceso',
      writeQuoteWords: 'escribe algunas palabras de la cita',
      writeQuote: 'escribe la cita que quieres comprobar',
      pickChannel: 'elige un canal de la lista',
      badTime: 'escribe la hora como HH:MM en formato de 24 horas, p. ej. 09:00 o 18:30',
      badZone: 'escribe una zona horaria como UTC, Europe/Madrid o America/New_York',
    },
  },

  router: {
    apology: 'Lo siento, algo ha fallado al responder. Vuelve a intentarlo en un momento.',
    strayForm: 'Este formulario ya no funciona. Vuelve a ejecutar el comando.',
    unknownCommand: (name) => `No conozco el comando \`/${name}\`.`,
    unknownMessageCommand: (name) => `No conozco el comando «${name}».`,
    buttonOfGoneCommand: 'Este botón es de un comando que ya no existe.',
    serverOnly: (name) =>
      `/${name} solo funciona en un servidor de Discord, y aquí no hay ninguno.`,
    cooldown: (seconds) =>
      `Vas un poco rápido. Vuelve a intentarlo en ${seconds} ${one(seconds) ? 'segundo' : 'segundos'}.`,
  },

  nouns: {
    event: { one: 'suceso', many: 'sucesos', gender: 'masculine' },
    entry: { one: 'entrada', many: 'entradas', gender: 'feminine' },
    quote: { one: 'cita', many: 'citas', gender: 'feminine' },
    answer: { one: 'respuesta', many: 'respuestas', gender: 'feminine' },
    report: { one: 'noticia fechada', many: 'noticias fechadas', gender: 'feminine' },
    year: { one: 'año', many: 'años', gender: 'masculine' },
  },
  counts: {
    count: (count, noun) => plural(count, noun),
    first: (shown, total, noun) =>
      `${agree(noun, 'los primeros', 'las primeras')} ${shown} de ${total} ${noun.many}`,
    firstOfAtLeast: (shown, total, noun) =>
      `${agree(noun, 'los primeros', 'las primeras')} ${shown} de ${total} o más ${noun.many}`,
    latest: (shown, total, noun) =>
      `${agree(noun, 'los', 'las')} ${shown} más recientes de ${total} ${noun.many}`,
    page: (page, pageCount) => `Página ${page} de ${pageCount}`,
  },

  answers: {
    kinds: { event: 'Suceso', quote: 'Cita', fact: 'Noticia', person: 'Persona' },
    undated: 'Sin fecha',
    unknownSpeaker: 'Autor desconocido',
    source: 'Fuente',
    article: 'artículo',
    andMore: (count) => `…y ${count} más`,
  },

  pages: {
    first: '⏮ Inicio',
    previous: '◀ Anterior',
    next: 'Siguiente ▶',
    last: 'Final ⏭',
    goTo: 'Ir a…',
    formTitle: { dates: 'Ir a una página o una fecha', pages: 'Ir a una página' },
    inputLabel: {
      dates: 'Página o fecha, p. ej. 3 o 2017-03-02',
      pages: 'Número de página, p. ej. 3',
    },
    inputPlaceholder: { dates: '3 o 2017-03-02', pages: '3' },
    inputHint: (shown) => `Ahora: ${shown}.`,
    refusals: {
      'not-owner':
        'Solo quien ejecutó este comando puede pasar sus páginas. Ejecútalo tú para navegar.',
      expired: 'Estos botones han caducado. Vuelve a ejecutar el comando para ver más.',
      malformed: 'Este botón ya no funciona. Vuelve a ejecutar el comando.',
      outdated:
        'Este botón es de una versión anterior del bot. Vuelve a ejecutar el comando para tener botones nuevos.',
    },
    unreadable: (input, dates, pageCount) =>
      `No he podido leer ${input} como número de página${dates ? ' ni como fecha' : ''}. ` +
      `Escribe un número de página del 1 al ${pageCount}${dates ? ', o una fecha como 2017-03-02' : ''}.`,
    noDates: (pageCount) =>
      `Esta lista va por números de página, no por fechas. Escribe un número de página del 1 al ${pageCount}.`,
  },

  jump: {
    pastTheEnd: (asked, pageCount) =>
      `No hay página ${asked}: esta lista tiene ${pageCount} páginas y esta es la última.`,
    beforeTheStart: 'Las páginas empiezan en 1: esta es la primera.',
    nearestDate: (asked, nearest) =>
      `Nada en esta lista tiene fecha de ${asked}; esta página tiene la fecha más cercana (${nearest}).`,
    noDates:
      'Esta lista va por números de página, no por fechas: esta es la página en la que estabas.',
  },

  dates: {
    range: (from, to) => `${from} – ${to}`,
  },

  tryHeading: 'Sugerencias:',

  quoteMarks: { open: '«', close: '»' },

  hints: {
    coverage: (first, last) => `Los datos abarcan del ${first} al ${last}.`,
    emptyDataset: 'Los datos están vacíos.',
    impossibleDate: (written) => `«${written}» no es una fecha real: revisa el mes y el día.`,
    dateExamples: 'Escribe una fecha en inglés, p. ej. «March 2, 2017», «June 2018» o «2017-03».',
    noQuoteOnTopic: (name, topic, count) =>
      `Ninguna cita de ${name} coincide con «${topic}» (${plural(count, { one: 'cita', many: 'citas', gender: 'feminine' })} de ${name} en los datos).`,
    spelling: (read, typed) => `¿Querías decir «${read}» en vez de «${typed}»?`,
    question: (question) => `Pregunta en inglés: ${question}`,
    askExamples:
      'Pregunta en inglés por una persona, una fecha o una cita, p. ej. «When did … resign?»',
  },

  verdicts: {
    exact: '✅ **Sí.** Esas palabras están en los datos.',
    paraphrase: '🟡 **Parecido, pero no literal.** La cita real más parecida está abajo.',
    'other-speaker': '↔️ **Se dijo, pero lo dijo otra persona.** Quién fue está abajo.',
    related: '⚠️ **No como se afirma.** La cita de abajo trata del tema, pero no dice eso.',
    'not-found': '❌ **No.** Nada en los datos dice eso.',
  },

  ask: {
    noAnswer: 'No he encontrado una respuesta a eso en los datos.',
    noAnswerFor: (period) => `No he encontrado una respuesta a eso en los datos para ${period}.`,
    when: (date, text) => `**${date}**: ${text}`,
    saidIt: (speaker) => `Lo dijo **${speaker}**.`,
    saidItOn: (speaker, date) => `Lo dijo **${speaker}** (${date}).`,
    dates: (period) => `**Fechas:** ${period}`,
    bestFirst: (count) => `${count}, las mejores primero.`,
    greeting: '¡Hola!',
    thanks: '¡De nada!',
  },

  quotes: {
    title: 'Citas',
    titleBy: (name) => `Citas de ${name}`,
    noneTitle: 'Ninguna cita coincide',
    none: (search) => `Ninguna cita de los datos coincide con ${search}.`,
    noneBy: (name, search) => `Ninguna cita de ${name} en los datos coincide con ${search}.`,
    fewerWords: 'Prueba con menos palabras o con otras.',
    pickSpeaker: 'Elige un autor para ver solo sus citas.',
    seeWho: (command) => `Mira ${command} para ver sus últimas citas.`,
    found: (count, search) => `${count} que coinciden con ${search}, las mejores primero.`,
    foundBy: (count, name, search) =>
      `${count} de ${name} que coinciden con ${search}, las mejores primero.`,
  },

  days: {
    unreadableTitle: 'Fecha no entendida',
    unreadable: (written) => `No he podido leer una fecha en ${written}.`,
    nothingTitle: (period) => `Nada encontrado para ${period}`,
    nothing: (period) => `Los datos no tienen sucesos para ${period}.`,
    titleDay: (day) => `Qué pasó el ${day}`,
    titlePeriod: (period) => `Qué pasó: ${period}`,
    cut: (shown) => `${shown}, los más destacados primero: acota el periodo para ver el resto.`,
    all: (events) => `${events}, los más destacados primero.`,
    withReports: (events, reports) => `${events} y ${reports}, los más destacados primero.`,
  },

  timeline: {
    title: 'Cronología',
    titleOf: (name) => `Cronología · ${name}`,
    unreadableDate: (option, written) =>
      `No he entendido la fecha «${written}» de la opción «${option}».`,
    unknownPerson: (id) => `Id de persona desconocido «${id}».`,
    dateExamples: 'Escribe las fechas en inglés, p. ej. «March 2, 2017», «2017-03» o «2017».',
    nothing: (span) => `No hay sucesos ni citas${span} en los datos.`,
    from: (from) => ` desde ${from}`,
    to: (to) => ` hasta ${to}`,
    covers: (dates) => ` (${dates})`,
    summary: (shown, span) => `${shown}${span}, de la más antigua a la más reciente.`,
    summaryCut: (shown, span) =>
      `${shown}${span}, de la más antigua a la más reciente: acota el periodo para ver el resto.`,
  },

  verify: {
    title: (who) => `¿Lo dijo ${who}?`,
    anyone: 'alguien',
    youAsked: (quote) => `**Tu consulta:** ${quote}`,
    shorterQuote: 'Prueba con una parte más corta de la cita, con sus palabras originales.',
    withoutSpeaker: 'Prueba sin autor.',
    closest: 'Cita real más parecida ·',
    alsoClose: 'También parecida ·',
  },

  unknown: {
    personTitle: 'Persona no encontrada',
    person: (name) => `No conozco a nadie llamado ${name} en los datos.`,
    didYouMean: (label) => `¿Querías decir ${label}?`,
    eventTitle: 'Suceso no encontrado',
    event: (query) => `Ningún suceso de los datos coincide con ${query}.`,
  },

  cards: {
    former: (role) => `ex ${role}`,
    roles: (roles) => `**Cargos:** ${roles}`,
    aliases: (aliases) => `**También llamado:** ${aliases}`,
    shown: (parts, several) =>
      `**Se muestran:** ${parts}, ${several ? 'en cada caso ' : ''}de lo más reciente a lo más antiguo.`,
    then: ', luego ',
    shownNothing: '**Se muestran:** ninguna cita ni ningún suceso.',
    quoteNumber: (position) => `Cita ${position} ·`,
    eventNumber: (position) => `Suceso ${position} ·`,
    date: (date) => `**Fecha:** ${date}`,
    people: (people) => `**Personas:** ${people}`,
    noPeople: 'ninguna nombrada',
    quoteCount: (count) => `**Citas:** ${count}`,
    sources: (count) => `Fuentes (${count})`,
    repeat: (source) => `${source} (repetida)`,
  },

  claims: {
    title: 'Verificar citas',
    checked: (count, message) =>
      one(count)
        ? `He comprobado la afirmación de ${message}.`
        : `He comprobado las ${count} afirmaciones de ${message}.`,
    thisMessage: 'este mensaje',
    byAuthor: (name) => ` de ${name}`,
    more: (shown, total) =>
      `Solo se han comprobado las primeras ${shown} de ${total}: usa /verificar para las demás.`,
    claimed: 'Afirmación',
    claimedBy: (speaker) => ` (${speaker})`,
    realWords: 'Palabras reales',
    closestReport: 'Noticia más parecida',
    saidBy: 'Lo dijo',
    unknownSpeaker: 'un autor desconocido',
    undated: 'fecha desconocida',
    source: 'Fuente',
    notSaid: 'Nada en los datos se parece a esas palabras.',
    nothingTitle: 'Nada que comprobar',
    nothing:
      'No he encontrado ninguna cita ni afirmación que comprobar en este mensaje. «Verificar citas» comprueba palabras entre comillas («…», "…", “…”, un bloque de cita >) o una afirmación corta como: Sessions said he never met any Russians.',
    nothingTry: [
      'Para comprobar palabras tú mismo: /verificar cita:<las palabras> autor:<quién las dijo>',
    ],
    verdicts: {
      exact: '✅ Dicho, palabra por palabra',
      paraphrase: '🟡 Dicho con otras palabras',
      'other-speaker': '↔️ Dicho, pero por otra persona',
      related: '⚠️ No como se afirma',
      'not-found': '❌ No encontrado',
    },
  },

  onThisDay: {
    title: (day) => `Tal día como hoy: ${day}`,
    nothing: (day) => `Según los datos, no pasó nada un ${day} en ninguno de sus años.`,
    summary: (shown, day, years) => `${shown} un ${day}, en ${years}, los más importantes primero.`,
    withReports: (events, reports) => `${events} y ${reports}`,
    byYear: (list) => `**Por año:** ${list}`,
    today: (zone) => `Hoy (${zone}).`,
    seeAll: (commandLine) => `Todos: \`${commandLine}\``,
    tryOther: 'Prueba otro día, p. ej. /tal-día-como-hoy fecha:March 2',
    impossibleTitle: 'No es un día del año',
    unreadableTitle: 'Día no entendido',
    howToWrite: 'Escribe un día en inglés como «March 2», «2 March» o «03-02» (mes-día).',
    noMonth: (written, month) => `«${written}» no es un día del año: no existe el mes ${month}.`,
    monthLength: (written, month, days, february) =>
      `«${written}» no es un día del año: ${month} tiene ${february ? 'como máximo ' : ''}${days} días.`,
    notLeapYear: (written, year) => `«${written}» no es una fecha real: ${year} no fue bisiesto.`,
    ambiguous: (written) => `«${written}» puede leerse con el día primero o con el mes primero.`,
    unreadable: (written) => `No he podido leer un día del año en «${written}».`,
  },

  settings: {
    title: 'Ajustes del servidor',
    needsServer:
      'Los ajustes son de un servidor de Discord: ejecuta /ajustes en un servidor donde tengas el permiso Gestionar servidor.',
    needsManageServer:
      'Solo los miembros con el permiso **Gestionar servidor** pueden ver o cambiar estos ajustes.',
    unknownChannel: 'Discord no me ha enviado ese canal. Elígelo de la lista de canales.',
    notPostable: (channel) =>
      `${channel} no es un canal de texto ni de anuncios. Elige uno en el que se lean mensajes.`,
    cannotPost: (channel) =>
      `No puedo publicar en ${channel}: necesito los permisos **Ver canal**, **Enviar mensajes** e **Insertar enlaces** allí.`,
    dailyOn: (channel, time) =>
      `**Publicación diaria:** activada, en ${channel} cada día a las ${time}.`,
    dailyOff:
      'Publicación diaria: desactivada. Actívala con `/ajustes diario canal:#canal [hora]`.',
    turnedOff: (channel) => `La publicación diaria en ${channel} está desactivada.`,
    wasOff: 'La publicación diaria ya estaba desactivada.',
    next: (when, day) => `**Próxima publicación:** ${when}, con lo que pasó un ${day}.`,
    now: 'ahora',
    lastPost: (day, when) => `**Última publicación:** la lista del ${day}, ${when}.`,
    lastEmpty: (day) =>
      `**Última publicación:** ninguna para el ${day}: según los datos, ese día no pasó nada.`,
    noPostYet: '**Última publicación:** ninguna todavía.',
    failure: (day, reason, retry) =>
      `**Problema:** la publicación del ${day} ha fallado: ${reason}. ${
        retry
          ? 'Se volverá a intentar.'
          : 'Comprueba que puedo ver el canal y enviar allí mensajes e insertados, y vuelve a ejecutar /ajustes diario.'
      }`,
    saved: 'Guardado.',
  },

  info: {
    optionTypes: {
      text: 'texto',
      number: 'número',
      boolean: 'true/false',
      channel: 'canal',
      value: 'valor',
    },
    emptyDataset: 'Mis datos están vacíos por ahora.',
    knowledge: (events, range, quotes, people) =>
      `Conozco ${number(events)} ${one(events) ? 'suceso' : 'sucesos'} (${range}), con ` +
      `${number(quotes)} ${one(quotes) ? 'cita' : 'citas'} y ` +
      `${number(people)} ${one(people) ? 'persona' : 'personas'}.`,
    intro:
      'Respondo preguntas sobre sucesos de actualidad con fecha y cito una fuente en cada respuesta.',
    inDms:
      'Por mensaje directo, escribe sin más una pregunta (en inglés) o un comando como /quién nombre:…',
    onMessages:
      'En cualquier mensaje: Aplicaciones → Verificar citas comprueba sus citas, solo para ti.',
    tryAsking: 'Prueba a preguntar (en inglés):',
    helpTitle: 'Qué puedo responder',
    helpFooter: 'Añade privado:True a cualquier comando para ver tú solo la respuesta.',
    aboutTitle: 'Acerca de este bot',
    aboutDescription:
      'Responde preguntas sobre sucesos de actualidad con fecha, citando sus fuentes.',
    noEventsYet: 'todavía no hay sucesos',
    datesCovered: 'Fechas que abarca',
    events: 'Sucesos',
    quotes: 'Citas',
    people: 'Personas',
    sources: 'Fuentes',
    facts: 'Hechos con fecha',
    version: 'Versión',
    credits: 'Créditos de los datos',
  },

  picture: {
    everyone: 'Sucesos a lo largo del tiempo',
    events: (count) => `${number(count)} ${one(count) ? 'suceso' : 'sucesos'}`,
    person: (name) => `${name}: sucesos a lo largo del tiempo`,
    busiest: {
      day: 'Día con más sucesos',
      week: 'Semana con más sucesos',
      month: 'Mes con más sucesos',
      year: 'Año con más sucesos',
    },
    weekOf: (monday) => `semana del ${monday}`,
    countTitle: {
      day: 'sucesos por día',
      week: 'sucesos por semana',
      month: 'sucesos por mes',
      year: 'sucesos por año',
    },
    alt: (title, bars, what, keyEvents) =>
      `${title}, un gráfico de barras de ${bars}: ${what}.${keyEvents === '' ? '' : ` Sucesos clave: ${keyEvents}.`}`,
  },
};
