/**
 * Builders for the JSON Discord sends: users, guilds, channels, interactions and messages, shaped
 * like real API v10 payloads so the unmodified discord.js client parses them as it would in
 * production. Types come from discord-api-types (re-exported by discord.js), so a missing field
 * is a compile error rather than a silent difference from Discord.
 */
import {
  ApplicationCommandOptionType,
  ChannelType,
  GuildDefaultMessageNotifications,
  GuildExplicitContentFilter,
  GuildMFALevel,
  GuildNSFWLevel,
  GuildPremiumTier,
  GuildSystemChannelFlags,
  GuildVerificationLevel,
  InteractionContextType,
  InteractionType,
  Locale,
  MessageType,
} from 'discord.js';
import type {
  MessageFlags,
  ChannelFlags,
  GuildMemberFlags,
  RoleFlags,
  UserFlags,
  APIApplicationCommandInteractionDataBasicOption,
  APIDMChannel,
  APIGuildMember,
  APIInteractionGuildMember,
  APIMessage,
  APIRole,
  APITextChannel,
  APIUser,
  GatewayGuildCreateDispatchData,
} from 'discord.js';

/** Discord sends flag fields as plain integers; discord-api-types types them as enums. */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- a typed cast
export function integerAs<T>(value: number): T {
  return value as unknown as T;
}

const discordEpoch = 1_420_070_400_000n;
let snowflakeIncrement = 0n;

/** A unique snowflake for "now": 17-19 digits like real ids, which discord.js' REST router relies on. */
export function snowflake(at: number = Date.now()): string {
  snowflakeIncrement = (snowflakeIncrement + 1n) % 4096n;
  return (((BigInt(at) - discordEpoch) << 22n) | (1n << 17n) | snowflakeIncrement).toString();
}

/** Interaction tokens are opaque strings of this shape; only their uniqueness matters. */
export function interactionToken(): string {
  const bytes = new Uint8Array(48);
  crypto.getRandomValues(bytes);
  return `aW50ZXJhY3Rpb246${Buffer.from(bytes).toString('base64url')}`;
}

/** Every permission bit Discord grants an administrator-less bot in a typical server. */
export const defaultAppPermissions = '2248473465835073';
export const attachmentSizeLimit = 10_485_760;

export function userPayload(
  id: string,
  options: { bot?: boolean; username?: string } = {},
): APIUser {
  const username = options.username ?? `user${id.slice(-4)}`;
  return {
    id,
    username,
    global_name: options.bot ? null : username.replace(/^\w/, (c) => c.toUpperCase()),
    discriminator: options.bot ? '0001' : '0',
    avatar: null,
    ...(options.bot ? { bot: true } : {}),
    public_flags: integerAs<UserFlags>(0),
    flags: integerAs<UserFlags>(0),
    banner: null,
    accent_color: null,
    avatar_decoration_data: null,
    collectibles: null,
    primary_guild: null,
  };
}

export function memberPayload(user: APIUser, joinedAt: string): APIGuildMember {
  return {
    user,
    nick: null,
    avatar: null,
    banner: null,
    roles: [],
    joined_at: joinedAt,
    premium_since: null,
    deaf: false,
    mute: false,
    flags: integerAs<GuildMemberFlags>(0),
    pending: false,
    communication_disabled_until: null,
  };
}

export function interactionMemberPayload(
  user: APIUser,
  joinedAt: string,
  permissions: string,
): APIInteractionGuildMember {
  return { ...memberPayload(user, joinedAt), user, permissions };
}

export function guildTextChannelPayload(id: string, guildId: string): APITextChannel {
  return {
    id,
    type: ChannelType.GuildText,
    guild_id: guildId,
    name: 'general',
    position: 0,
    permission_overwrites: [],
    parent_id: null,
    nsfw: false,
    topic: null,
    rate_limit_per_user: 0,
    last_message_id: null,
    flags: integerAs<ChannelFlags>(0),
  };
}

export function dmChannelPayload(id: string, recipient: APIUser): APIDMChannel {
  return {
    id,
    type: ChannelType.DM,
    name: null,
    flags: integerAs<ChannelFlags>(0),
    last_message_id: null,
    recipients: [recipient],
  };
}

export function everyoneRole(guildId: string): APIRole {
  return {
    id: guildId,
    name: '@everyone',
    // Deprecated for requests, but Discord still sends it.
    // eslint-disable-next-line @typescript-eslint/no-deprecated
    color: 0,
    colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
    hoist: false,
    icon: null,
    unicode_emoji: null,
    position: 0,
    permissions: '2222085186637376',
    managed: false,
    mentionable: false,
    flags: integerAs<RoleFlags>(0),
  };
}

export function guildCreatePayload(options: {
  guildId: string;
  channelId: string;
  ownerId: string;
  bot: APIUser;
  joinedAt: string;
}): GatewayGuildCreateDispatchData {
  const { guildId, channelId, ownerId, bot, joinedAt } = options;
  return {
    id: guildId,
    name: 'Emulated Test Guild',
    icon: null,
    icon_hash: null,
    splash: null,
    discovery_splash: null,
    owner_id: ownerId,
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- still present in GUILD_CREATE
    region: 'deprecated',
    afk_channel_id: null,
    afk_timeout: 300,
    widget_enabled: false,
    widget_channel_id: null,
    verification_level: GuildVerificationLevel.None,
    default_message_notifications: GuildDefaultMessageNotifications.OnlyMentions,
    explicit_content_filter: GuildExplicitContentFilter.Disabled,
    roles: [everyoneRole(guildId)],
    emojis: [],
    features: [],
    mfa_level: GuildMFALevel.None,
    application_id: null,
    system_channel_id: channelId,
    system_channel_flags: GuildSystemChannelFlags.SuppressJoinNotifications,
    rules_channel_id: null,
    max_presences: null,
    max_members: 500_000,
    vanity_url_code: null,
    description: null,
    banner: null,
    premium_tier: GuildPremiumTier.None,
    premium_subscription_count: 0,
    preferred_locale: Locale.EnglishUS,
    public_updates_channel_id: null,
    max_video_channel_users: 25,
    max_stage_video_channel_users: 50,
    approximate_member_count: 2,
    approximate_presence_count: 1,
    nsfw_level: GuildNSFWLevel.Default,
    stickers: [],
    premium_progress_bar_enabled: false,
    hub_type: null,
    safety_alerts_channel_id: null,
    incidents_data: null,
    joined_at: joinedAt,
    large: false,
    unavailable: false,
    member_count: 2,
    voice_states: [],
    members: [memberPayload(bot, joinedAt)],
    channels: [guildTextChannelPayload(channelId, guildId)],
    threads: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}

export type OptionValue = string | number | boolean;

/**
 * Turns `{ question: 'x' }` into Discord's typed option list. The registered definition, when the
 * bot registered one, decides the option type (as Discord would); otherwise the JS type does.
 */
export function commandOptions(
  values: Record<string, OptionValue>,
  registeredTypes: ReadonlyMap<string, number>,
  focused?: string,
): APIApplicationCommandInteractionDataBasicOption[] {
  return Object.entries(values).map(([name, value]) => {
    const type = integerAs<ApplicationCommandOptionType>(
      registeredTypes.get(name) ?? inferOptionType(value),
    );
    const option = { name, type, value } as APIApplicationCommandInteractionDataBasicOption;
    return name === focused ? { ...option, focused: true } : option;
  });
}

function inferOptionType(value: OptionValue): number {
  if (typeof value === 'boolean') return ApplicationCommandOptionType.Boolean;
  if (typeof value === 'number') {
    return Number.isInteger(value)
      ? ApplicationCommandOptionType.Integer
      : ApplicationCommandOptionType.Number;
  }
  return ApplicationCommandOptionType.String;
}

/** Who may act on an interaction and where: Discord's context and authorizing owners. */
export type InteractionPlace =
  | { kind: 'guild'; guildId: string; channelId: string }
  | { kind: 'botDm'; channelId: string }
  | { kind: 'privateChannel'; channelId: string };

export function contextOf(place: InteractionPlace): InteractionContextType {
  if (place.kind === 'guild') return InteractionContextType.Guild;
  return place.kind === 'botDm'
    ? InteractionContextType.BotDM
    : InteractionContextType.PrivateChannel;
}

/** The interaction a message answers, as the emulator recorded it. */
export interface AnsweredInteraction {
  id: string;
  type: InteractionType;
  user: APIUser;
  /** The INTERACTION_CREATE payload: its authorizing owners and, for a press, the message. */
  payload: Record<string, unknown>;
  commandName: string | undefined;
}

/**
 * What Discord writes on a message an interaction made: `interaction_metadata` (who ran it, and
 * for a press the message pressed), plus the deprecated `interaction` it still sends with a
 * command's replies.
 */
export function interactionFields(
  interaction: AnsweredInteraction,
): Pick<APIMessage, 'interaction_metadata' | 'interaction'> {
  const base = {
    id: interaction.id,
    user: interaction.user,
    authorizing_integration_owners: interaction.payload.authorizing_integration_owners as Record<
      string,
      string
    >,
  };
  if (interaction.type === InteractionType.MessageComponent) {
    const pressed = interaction.payload.message as { id: string } | undefined;
    return {
      interaction_metadata: {
        ...base,
        type: InteractionType.MessageComponent,
        interacted_message_id: pressed?.id ?? '',
      },
    };
  }
  return {
    interaction_metadata: { ...base, type: InteractionType.ApplicationCommand },
    ...(interaction.commandName === undefined
      ? {}
      : {
          // eslint-disable-next-line @typescript-eslint/no-deprecated -- Discord still sends it
          interaction: {
            id: interaction.id,
            type: InteractionType.ApplicationCommand,
            name: interaction.commandName,
            user: interaction.user,
          },
        }),
  };
}

/** A message as Discord stores and returns it, built from what the bot sent. */
export function messagePayload(options: {
  id: string;
  channelId: string;
  author: APIUser;
  body: Record<string, unknown>;
  guildId?: string;
  webhookId?: string;
  applicationId?: string;
  mentions: { everyone: boolean; users: APIUser[]; roles: string[] };
  /** The interaction that made the message, if one did. */
  interaction?: AnsweredInteraction;
  reference?: APIMessage['message_reference'];
}): APIMessage & { guild_id?: string } {
  const { body } = options;
  const content = typeof body.content === 'string' ? body.content : '';
  return {
    id: options.id,
    type: options.reference ? MessageType.Reply : MessageType.Default,
    channel_id: options.channelId,
    ...(options.guildId ? { guild_id: options.guildId } : {}),
    author: options.author,
    content,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: body.tts === true,
    mention_everyone: options.mentions.everyone,
    mentions: options.mentions.users,
    mention_roles: options.mentions.roles,
    attachments: [],
    embeds: Array.isArray(body.embeds) ? (body.embeds as APIMessage['embeds']) : [],
    components: Array.isArray(body.components) ? (body.components as APIMessage['components']) : [],
    pinned: false,
    flags: integerAs<MessageFlags>(typeof body.flags === 'number' ? body.flags : 0),
    ...(options.webhookId ? { webhook_id: options.webhookId } : {}),
    ...(options.applicationId ? { application_id: options.applicationId } : {}),
    ...(options.interaction ? interactionFields(options.interaction) : {}),
    ...(options.reference ? { message_reference: options.reference } : {}),
  };
}
