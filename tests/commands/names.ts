/** The slash commands the bot issue names, sorted: every suite that lists them reads this one. */
export const ISSUE_COMMAND_NAMES = [
  'about',
  'ask',
  'date',
  'event',
  'help',
  'onthisday',
  'quote',
  'settings',
  'timeline',
  'verify',
  'who',
] as const;
