/**
 * Files that go with a reply (the timeline picture). A command names its files and shows them in
 * an embed with `attachment://<name>`; the file itself is drawn here, when the reply is sent as a
 * new message, because drawing takes tens of milliseconds that a page turn need not spend.
 *
 * A page turn keeps the picture already on the message: its update carries no files and no
 * `attachments` list, which Discord reads as "keep the message's attachments", and its embed
 * names the picture again so Discord keeps showing it inside the embed. (Re-sending the embed
 * without the `attachment://` name is what makes Discord show a kept file below the embed
 * instead: discord/discord-api-docs#5675.) A message that shows no picture gets none on a page
 * turn either.
 *
 * A file that cannot be drawn is left out with the embed image that shows it, so the answer still
 * goes out; the caller logs why.
 */
import type { APIEmbed, AttachmentPayload } from 'discord.js';
import type { DrawnAttachment, Reply } from './command.js';

export function attachmentUrl(name: string): string {
  return `attachment://${name}`;
}

export interface DrawnReply {
  /** The reply without images whose file could not be drawn. */
  reply: Reply;
  files: DrawnAttachment[];
}

/** Draws the reply's files; `onFailure` hears of each one that failed (then left out). */
export async function drawAttachments(
  reply: Reply,
  onFailure: (name: string, error: unknown) => void,
): Promise<DrawnReply> {
  const attachments = reply.attachments ?? [];
  if (attachments.length === 0) return { reply, files: [] };
  const drawn = await Promise.all(
    attachments.map(async (attachment) => {
      try {
        return await attachment.draw();
      } catch (error) {
        onFailure(attachment.name, error);
        return null;
      }
    }),
  );
  const files = drawn.filter((file): file is DrawnAttachment => file !== null);
  const present = new Set(files.map((file) => file.name));
  return { reply: showingOnly(reply, present), files };
}

/**
 * A page of a reply for a page turn of a message: no files to send, and embed images that show
 * one of the reply's files kept only when the message already shows a picture.
 */
export function forPageTurn(reply: Reply, messageShowsPicture: boolean): Reply {
  if ((reply.attachments ?? []).length === 0) return reply;
  const kept = messageShowsPicture
    ? new Set((reply.attachments ?? []).map((attachment) => attachment.name))
    : new Set<string>();
  const { attachments: _files, ...page } = showingOnly(reply, kept);
  return page;
}

/** Drawn files as discord.js sends them. */
export function toFilePayloads(files: readonly DrawnAttachment[]): AttachmentPayload[] {
  return files.map((file) => ({
    attachment: Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength),
    name: file.name,
    description: file.description,
  }));
}

/** The reply with its embeds' images of its own files kept only for the names in `present`. */
function showingOnly(reply: Reply, present: ReadonlySet<string>): Reply {
  const names = new Set((reply.attachments ?? []).map((attachment) => attachment.name));
  const missing = [...names].filter((name) => !present.has(name)).map(attachmentUrl);
  if (missing.length === 0) return reply;
  const embeds = reply.embeds.map((embed): APIEmbed => {
    const { image, thumbnail, ...rest } = embed;
    return {
      ...rest,
      ...(image === undefined || missing.includes(image.url) ? {} : { image }),
      ...(thumbnail === undefined || missing.includes(thumbnail.url) ? {} : { thumbnail }),
    };
  });
  return {
    ...reply,
    embeds,
    attachments: (reply.attachments ?? []).filter((attachment) => present.has(attachment.name)),
  };
}
