/**
 * "Verify quotes" (right-click a message → Apps): the quotations in someone's message, or its
 * main claim, each checked against the dataset like `/verify`, answered to the asker alone.
 */
import { defineMessageCommand, messageCommand } from '../src/bot/command.js';
import { withNameLocalizations } from '../src/bot/i18n/commands.js';
import { renderMessageCheck } from '../src/bot/render/claims.js';

export default defineMessageCommand({
  data: withNameLocalizations(messageCommand('Verify quotes')),
  execute: (message, context) =>
    renderMessageCheck(context.answerer.verifyMessage(message.content), {
      authorName: message.authorName,
      url: message.url,
      locale: context.locale,
    }),
});
