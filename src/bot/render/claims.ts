/**
 * The reply to "Verify quotes" on a message: one embed, one field per claim found in it, each
 * with the verdict, the real words, who said them and when, and the source. Built from the same
 * pieces as `/verify` (quoted, citations, dates), within Discord's limits by `fitEmbed`.
 */
import type { APIEmbed, APIEmbedField } from 'discord.js';
import type { Answer, ClaimCheck, MessageCheck, Verdict } from '../../answer/types.js';
import type { Reply } from '../command.js';
import { textOf } from '../i18n/index.js';
import { citationText, quoted } from './answers.js';
import { formatDate } from './dates.js';
import { EMBED_LIMITS, fitEmbed } from './limits.js';
import { COLORS, noticeReply } from './reply.js';
import { oneLine, safeText, safeUrl } from './text.js';

/** Room for one claim's field: five claims and the description fit in one embed's 6000. */
const CLAIM_WORDS_MAX = 200;
const REAL_WORDS_MAX = 500;
const SPEAKER_MAX = 100;

export interface ClaimReplyContext {
  /** The message's author, as Discord names them. */
  authorName?: string | undefined;
  /** A link to the message the claims came from. */
  url?: string | undefined;
  /** The asker's Discord locale. */
  locale?: string | undefined;
}

export function renderMessageCheck(check: MessageCheck, context: ClaimReplyContext): Reply {
  const { locale } = context;
  const strings = textOf(locale).claims;
  if (check.checks.length === 0) {
    return noticeReply({
      title: strings.nothingTitle,
      message: safeText(strings.nothing, EMBED_LIMITS.description),
      suggestions: strings.nothingTry,
      locale,
    });
  }
  const url = safeUrl(context.url);
  const where = url === null ? strings.thisMessage : `[${strings.thisMessage}](${url})`;
  const by =
    context.authorName === undefined
      ? ''
      : strings.byAuthor(safeText(oneLine(context.authorName), SPEAKER_MAX));
  const lines = [strings.checked(check.checks.length, `${where}${by}`)];
  if (check.more > 0) {
    lines.push(strings.more(check.checks.length, check.checks.length + check.more));
  }
  const embed: APIEmbed = {
    title: strings.title,
    description: lines.join('\n'),
    color: colorOf(check.checks.map((one) => one.verification.verdict)),
    fields: check.checks.map((one, index) => claimField(one, index + 1, locale)),
  };
  if (url !== null) embed.url = url;
  return { embeds: [fitEmbed(embed)], components: [], onlyForAsker: true };
}

/** Green when every claim was said, red when none was found, yellow in between. */
function colorOf(verdicts: readonly Verdict[]): number {
  if (verdicts.every((verdict) => verdict === 'exact')) return COLORS.exact;
  if (verdicts.every((verdict) => verdict === 'not-found')) return COLORS.notFound;
  return COLORS.paraphrase;
}

function claimField(
  check: ClaimCheck,
  position: number,
  locale: string | undefined,
): APIEmbedField {
  const strings = textOf(locale).claims;
  const { claim, verification } = check;
  const named = check.speaker?.name ?? claim.speaker;
  const claimedBy = named === null ? '' : strings.claimedBy(safeText(oneLine(named), SPEAKER_MAX));
  const lines = [
    `**${strings.claimed}:** ${quoted(claim.words, CLAIM_WORDS_MAX, locale)}${claimedBy}`,
  ];
  const best = verification.best;
  if (verification.verdict === 'not-found' || best === null) {
    lines.push(strings.notSaid);
  } else {
    lines.push(...realWords(best, locale));
  }
  return {
    name: `${position}. ${strings.verdicts[verification.verdict]}`,
    value: lines.join('\n'),
  };
}

/** The closest real quote (or report), who said it and when, and where it comes from. */
function realWords(best: Answer, locale: string | undefined): string[] {
  const strings = textOf(locale).claims;
  const qualifier = best.qualifier === undefined ? '' : `${safeText(oneLine(best.qualifier), 60)} `;
  const text =
    best.kind === 'quote'
      ? `${qualifier}${quoted(best.text, REAL_WORDS_MAX, locale)}`
      : safeText(oneLine(best.text), REAL_WORDS_MAX);
  const label = best.kind === 'quote' ? strings.realWords : strings.closestReport;
  const when = best.date === null ? strings.undated : formatDate(best.date, locale);
  const lines = [`**${label}:** ${text}`];
  if (best.kind === 'quote') {
    const who = safeText(oneLine(best.speaker ?? strings.unknownSpeaker), SPEAKER_MAX);
    lines.push(`**${strings.saidBy}:** ${who}, ${when}`);
  } else {
    lines.push(`**${when}**`);
  }
  if (best.citation !== null) {
    lines.push(`**${strings.source}:** ${citationText(best.citation, best.date, locale)}`);
  }
  return lines;
}
