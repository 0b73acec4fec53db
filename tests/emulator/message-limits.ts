/**
 * Discord's payload limits, as zod schemas, and the translation of a violation into the error body
 * Discord returns (HTTP 400, code 50035 "Invalid Form Body", nested `_errors`). The emulator rejects
 * exactly what Discord would, so a bot that passes here does not get 400s in production.
 * Lengths count Unicode code points, as Discord does, not UTF-16 units.
 */
import { Locale } from 'discord.js';
import { z } from 'zod';

interface DiscordFieldError {
  code: string;
  message: string;
}

export interface DiscordErrorBody {
  code: number;
  message: string;
  errors?: Record<string, unknown>;
}

/** Discord counts code points, so one emoji made of a surrogate pair is one character. */
export function codePointLength(value: string): number {
  let length = 0;
  for (const _ of value) length += 1;
  return length;
}

function text(max: number, min = 0) {
  return z.string().check((ctx) => {
    const length = codePointLength(ctx.value);
    if (length > max) {
      ctx.issues.push({
        code: 'custom',
        input: ctx.value,
        message: `Must be ${max} or fewer in length.`,
        params: { discordCode: 'BASE_TYPE_MAX_LENGTH' },
      });
    } else if (length < min) {
      ctx.issues.push({
        code: 'custom',
        input: ctx.value,
        message: `Must be ${min} or more in length.`,
        params: { discordCode: 'BASE_TYPE_MIN_LENGTH' },
      });
    }
  });
}

const embedSchema = z.looseObject({
  title: text(256).optional(),
  description: text(4096).optional(),
  url: z.string().optional(),
  color: z.number().int().min(0).max(0xffffff).optional(),
  footer: z.looseObject({ text: text(2048), icon_url: z.string().optional() }).optional(),
  author: z.looseObject({ name: text(256), url: z.string().optional() }).optional(),
  fields: z
    .array(
      z.looseObject({
        name: text(256, 1),
        value: text(1024, 1),
        inline: z.boolean().optional(),
      }),
    )
    .max(25)
    .optional(),
});

type Embed = z.infer<typeof embedSchema>;

function embedLength(embed: Embed): number {
  const parts = [
    embed.title,
    embed.description,
    embed.footer?.text,
    embed.author?.name,
    ...(embed.fields ?? []).flatMap((field) => [field.name, field.value]),
  ];
  return parts.reduce((sum, part) => sum + (part ? codePointLength(part) : 0), 0);
}

const buttonSchema = z.looseObject({
  type: z.literal(2),
  style: z.number().int().min(1).max(6),
  label: text(80).optional(),
  custom_id: text(100, 1).optional(),
  url: z.string().max(512).optional(),
  disabled: z.boolean().optional(),
});

const selectSchema = z.looseObject({
  type: z.union([z.literal(3), z.literal(5), z.literal(6), z.literal(7), z.literal(8)]),
  custom_id: text(100, 1),
  placeholder: text(150).optional(),
  options: z
    .array(z.looseObject({ label: text(100, 1), value: text(100, 1) }))
    .max(25)
    .optional(),
});

const actionRowSchema = z.looseObject({
  type: z.literal(1),
  components: z
    .array(z.discriminatedUnion('type', [buttonSchema, selectSchema]))
    .min(1)
    .max(5),
});

/** Components V2 (flag 1 << 15) lay messages out differently; only the total count is checked. */
const componentsV2Flag = 1 << 15;

const allowedMentionsSchema = z
  .looseObject({
    parse: z.array(z.enum(['users', 'roles', 'everyone'])).optional(),
    users: z.array(z.string()).max(100).optional(),
    roles: z.array(z.string()).max(100).optional(),
    replied_user: z.boolean().optional(),
  })
  .check((ctx) => {
    for (const kind of ['users', 'roles'] as const) {
      if (ctx.value.parse?.includes(kind) && ctx.value[kind] !== undefined) {
        ctx.issues.push({
          code: 'custom',
          input: ctx.value,
          path: ['parse'],
          message: `parse:[${kind}] and ${kind}: [ids...] are mutually exclusive.`,
          params: { discordCode: 'MESSAGE_ALLOWED_MENTIONS_PARSE_EXCLUSIVE' },
        });
      }
    }
  });

/** A message body as sent by a bot: channel message, interaction reply, webhook edit. */
export const messageBodySchema = z
  .looseObject({
    content: text(2000).optional().nullable(),
    embeds: z.array(embedSchema).max(10).optional().nullable(),
    components: z
      .array(z.looseObject({ type: z.number().int() }))
      .optional()
      .nullable(),
    allowed_mentions: allowedMentionsSchema.optional().nullable(),
    flags: z.number().int().optional().nullable(),
  })
  .check((ctx) => {
    const embeds = ctx.value.embeds ?? [];
    const total = embeds.reduce((sum, embed) => sum + embedLength(embed), 0);
    if (total > 6000) {
      ctx.issues.push({
        code: 'custom',
        input: ctx.value,
        path: ['embeds'],
        message: 'Embed size exceeds maximum size of 6000',
        params: { discordCode: 'MAX_EMBED_SIZE_EXCEEDED' },
      });
    }
    const components = ctx.value.components ?? [];
    const v2 = ((ctx.value.flags ?? 0) & componentsV2Flag) !== 0;
    if (!v2) {
      if (components.length > 5) {
        ctx.issues.push({
          code: 'custom',
          input: components,
          path: ['components'],
          message: 'Must be 5 or fewer in length.',
          params: { discordCode: 'BASE_TYPE_MAX_LENGTH' },
        });
      }
      components.forEach((row, index) => {
        const parsed = actionRowSchema.safeParse(row, { reportInput: true });
        if (!parsed.success) {
          for (const issue of parsed.error.issues) {
            ctx.issues.push({
              code: 'custom',
              input: row,
              path: ['components', index, ...issue.path],
              message: fieldErrorOf(issue).message,
              params: { discordCode: fieldErrorOf(issue).code },
            });
          }
        }
      });
    } else if (components.length > 40) {
      ctx.issues.push({
        code: 'custom',
        input: components,
        path: ['components'],
        message: 'Must be 40 or fewer in length.',
        params: { discordCode: 'BASE_TYPE_MAX_LENGTH' },
      });
    }
  });

export type MessageBody = z.infer<typeof messageBodySchema>;

export const autocompleteChoicesSchema = z.looseObject({
  choices: z
    .array(
      z.looseObject({
        name: text(100, 1),
        value: z.union([text(100), z.number()]),
      }),
    )
    .max(25),
});

const commandNamePattern = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

const commandName = z.string().check((ctx) => {
  if (!commandNamePattern.test(ctx.value) || ctx.value !== ctx.value.toLowerCase()) {
    ctx.issues.push({
      code: 'custom',
      input: ctx.value,
      message: 'Command name is invalid',
      params: { discordCode: 'APPLICATION_COMMAND_INVALID_NAME' },
    });
  }
});

/** The locales Discord accepts as keys of a localization map. */
const discordLocales: ReadonlySet<string> = new Set(Object.values(Locale));

const isCommandName = (value: string): boolean =>
  commandNamePattern.test(value) && value === value.toLowerCase();
const isContextMenuName = (value: string): boolean =>
  contextMenuName.test(value) && value.trim() === value;
const isDescription = (value: string): boolean => {
  const length = codePointLength(value);
  return length >= 1 && length <= 100;
};

/**
 * A `name_localizations` or `description_localizations` map: keys must be Discord's locales and
 * each value must be valid where the default is (a name as names are, a description of 1 to 100).
 */
function localizations(valid: (value: string) => boolean, invalid: DiscordFieldError) {
  return z
    .record(z.string(), z.string().nullable())
    .nullable()
    .optional()
    .check((ctx) => {
      for (const [locale, value] of Object.entries(ctx.value ?? {})) {
        if (!discordLocales.has(locale)) {
          ctx.issues.push({
            code: 'custom',
            input: locale,
            path: [locale],
            message: `Value "${locale}" is not a valid enum value.`,
            params: { discordCode: 'BASE_TYPE_CHOICES' },
          });
        } else if (value !== null && !valid(value)) {
          ctx.issues.push({
            code: 'custom',
            input: value,
            path: [locale],
            message: invalid.message,
            params: { discordCode: invalid.code },
          });
        }
      }
    });
}

const invalidName = {
  code: 'APPLICATION_COMMAND_INVALID_NAME',
  message: 'Command name is invalid',
};
const badDescription = {
  code: 'BASE_TYPE_BAD_LENGTH',
  message: 'Must be between 1 and 100 in length.',
};

/**
 * Discord's rule for localized option names: in each locale, an option's name must differ from
 * the other options' default names and from their names in that locale.
 */
function checkLocalizedOptionNames(
  options: readonly { name: string; name_localizations?: Record<string, string | null> | null }[],
  ctx: z.core.ParsePayload,
  path: (string | number)[],
): void {
  const defaults = options.map((option) => option.name);
  const locales = new Set(
    options.flatMap((option) => Object.keys(option.name_localizations ?? {})),
  );
  for (const locale of locales) {
    const shown = options.map((option) => option.name_localizations?.[locale] ?? option.name);
    options.forEach((option, index) => {
      const name = option.name_localizations?.[locale];
      if (name === undefined || name === null) return;
      const clash =
        shown.some((other, at) => at !== index && other === name) ||
        defaults.some((other, at) => at !== index && other === name);
      if (clash) {
        ctx.issues.push({
          code: 'custom',
          input: name,
          path: [...path, index, 'name_localizations', locale],
          message: 'Application command option names must be unique',
          params: { discordCode: 'APPLICATION_COMMAND_OPTIONS_NAME_ALREADY_EXISTS' },
        });
      }
    });
  }
}

const commandOptionSchema = z.looseObject({
  type: z.number().int().min(1).max(11),
  name: commandName,
  name_localizations: localizations(isCommandName, invalidName),
  description: text(100, 1),
  description_localizations: localizations(isDescription, badDescription),
  required: z.boolean().optional(),
  autocomplete: z.boolean().optional(),
  choices: z
    .array(
      z.looseObject({
        name: text(100, 1),
        name_localizations: localizations(isDescription, badDescription),
        value: z.union([text(100), z.number()]),
      }),
    )
    .max(25)
    .optional(),
  get options() {
    return z.array(commandOptionSchema).max(25).optional();
  },
});

/** Context-menu names (user and message commands) may have capitals and spaces: "Verify quotes". */
const contextMenuName = /^[^\n]{1,32}$/u;

/** One command in a bulk overwrite (PUT .../commands). */
export const commandDefinitionSchema = z
  .looseObject({
    name: z.string(),
    type: z.number().int().min(1).max(4).optional(),
    description: text(100).optional(),
    name_localizations: z.record(z.string(), z.string().nullable()).nullable().optional(),
    description_localizations: localizations(isDescription, badDescription),
    options: z.array(commandOptionSchema).max(25).optional(),
    contexts: z.array(z.number().int().min(0).max(2)).optional().nullable(),
    integration_types: z.array(z.number().int().min(0).max(1)).optional(),
  })
  .check((ctx) => {
    const chatInput = (ctx.value.type ?? 1) === 1;
    const name = ctx.value.name;
    const validName = chatInput
      ? commandNamePattern.test(name) && name === name.toLowerCase()
      : contextMenuName.test(name) && name.trim() === name;
    if (!validName) {
      ctx.issues.push({
        code: 'custom',
        input: name,
        path: ['name'],
        message: 'Command name is invalid',
        params: { discordCode: 'APPLICATION_COMMAND_INVALID_NAME' },
      });
    }
    // Localized names follow the rules of the default name for the command's type.
    const nameIsValid = chatInput ? isCommandName : isContextMenuName;
    for (const [locale, localized] of Object.entries(ctx.value.name_localizations ?? {})) {
      const problem = !discordLocales.has(locale)
        ? { code: 'BASE_TYPE_CHOICES', message: `Value "${locale}" is not a valid enum value.` }
        : localized !== null && !nameIsValid(localized)
          ? invalidName
          : null;
      if (problem !== null) {
        ctx.issues.push({
          code: 'custom',
          input: localized,
          path: ['name_localizations', locale],
          message: problem.message,
          params: { discordCode: problem.code },
        });
      }
    }
    checkLocalizedOptionNames(ctx.value.options ?? [], ctx, ['options']);
    (ctx.value.options ?? []).forEach((option, index) => {
      const nested = (option as { options?: Parameters<typeof checkLocalizedOptionNames>[0] })
        .options;
      if (nested !== undefined) {
        checkLocalizedOptionNames(nested, ctx, ['options', index, 'options']);
      }
    });
    if (chatInput && !ctx.value.description) {
      ctx.issues.push({
        code: 'custom',
        input: ctx.value,
        path: ['description'],
        message: 'This field is required',
        params: { discordCode: 'BASE_TYPE_REQUIRED' },
      });
    }
    // Discord requires required options before optional ones.
    const options = ctx.value.options ?? [];
    const firstOptional = options.findIndex((option) => option.required !== true);
    options.forEach((option, index) => {
      if (option.required === true && firstOptional !== -1 && index > firstOptional) {
        ctx.issues.push({
          code: 'custom',
          input: option,
          path: ['options', index, 'required'],
          message: 'Required options must be placed before non-required options',
          params: { discordCode: 'APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID' },
        });
      }
    });
  });

export type CommandDefinition = z.infer<typeof commandDefinitionSchema>;

export const commandListSchema = z.array(commandDefinitionSchema).max(100);

function fieldErrorOf(issue: z.core.$ZodIssue): DiscordFieldError {
  const discordCode = (issue as { params?: { discordCode?: string } }).params?.discordCode;
  if (discordCode) return { code: discordCode, message: issue.message };
  if (issue.code === 'invalid_type' && issue.input === undefined) {
    return { code: 'BASE_TYPE_REQUIRED', message: 'This field is required' };
  }
  if (issue.code === 'too_big') {
    return {
      code: 'BASE_TYPE_MAX_LENGTH',
      message: `Must be ${String(issue.maximum)} or fewer in length.`,
    };
  }
  if (issue.code === 'too_small') {
    return {
      code: 'BASE_TYPE_MIN_LENGTH',
      message: `Must be ${String(issue.minimum)} or more in length.`,
    };
  }
  return { code: 'BASE_TYPE_BAD_TYPE', message: issue.message };
}

/** Builds Discord's 50035 body: errors nested along the path, each leaf holding `_errors`. */
export function invalidFormBody(
  issues: readonly z.core.$ZodIssue[],
  prefix: readonly PropertyKey[] = [],
): DiscordErrorBody {
  const errors: Record<string, unknown> = {};
  for (const issue of issues) {
    let node = errors;
    for (const key of [...prefix, ...issue.path]) {
      const name = String(key);
      node[name] ??= {};
      node = node[name] as Record<string, unknown>;
    }
    const list = (node._errors ??= []) as DiscordFieldError[];
    list.push(fieldErrorOf(issue));
  }
  return { code: 50035, message: 'Invalid Form Body', errors };
}

/**
 * Validates a message body. `prefix` places the errors where Discord reports them (an interaction
 * callback nests the message under `data`).
 */
export function checkMessageBody(
  body: unknown,
  prefix: readonly PropertyKey[] = [],
): { ok: true; body: MessageBody } | { ok: false; error: DiscordErrorBody } {
  const parsed = messageBodySchema.safeParse(body, { reportInput: true });
  if (!parsed.success) return { ok: false, error: invalidFormBody(parsed.error.issues, prefix) };
  return { ok: true, body: parsed.data };
}

/** A new message needs something to show: Discord answers 50006 otherwise. */
export function isEmptyMessage(body: MessageBody): boolean {
  return (
    !body.content &&
    (body.embeds ?? []).length === 0 &&
    (body.components ?? []).length === 0 &&
    !(Array.isArray(body.attachments) && body.attachments.length > 0)
  );
}

export const emptyMessageError: DiscordErrorBody = {
  code: 50006,
  message: 'Cannot send an empty message',
};

export interface Pings {
  everyone: boolean;
  users: string[];
  roles: string[];
}

/**
 * Who a message would actually ping: the mentions written in its content, filtered by its
 * `allowed_mentions` as Discord applies them (no `allowed_mentions` means everything parses).
 */
export function pingsOf(body: MessageBody): Pings {
  const content = body.content ?? '';
  const writtenUsers = [...content.matchAll(/<@!?(\d{17,20})>/g)].map((match) => match[1] ?? '');
  const writtenRoles = [...content.matchAll(/<@&(\d{17,20})>/g)].map((match) => match[1] ?? '');
  const writtenEveryone = /@(everyone|here)\b/.test(content);
  const allowed = body.allowed_mentions;
  if (!allowed) {
    return { everyone: writtenEveryone, users: unique(writtenUsers), roles: unique(writtenRoles) };
  }
  const parse = allowed.parse ?? [];
  return {
    everyone: writtenEveryone && parse.includes('everyone'),
    users: unique(
      writtenUsers.filter((id) => parse.includes('users') || (allowed.users ?? []).includes(id)),
    ),
    roles: unique(
      writtenRoles.filter((id) => parse.includes('roles') || (allowed.roles ?? []).includes(id)),
    ),
  };
}

function unique(ids: string[]): string[] {
  return [...new Set(ids)];
}
