/**
 * Files on messages, as Discord keeps them: a message sent with files (multipart: `payload_json`
 * plus `files[n]`) gets one attachment per file its `attachments` list names (by the upload's
 * index, with its description), with a CDN URL and, for images, the width and height. An embed
 * image `attachment://<filename>` is shown from the attachment of that name. An edit without an
 * `attachments` list keeps the message's files; with one, it keeps exactly the listed ones
 * (existing ids) and adds the listed uploads. The bytes are kept so tests can read what was sent.
 */
import type { APIAttachment, APIEmbed, APIMessage } from 'discord.js';
import type { DiscordErrorBody } from './message-limits.js';
import { snowflake } from './payloads.js';

/** One `files[n]` part of a multipart request. */
export interface Upload {
  /** The form field, `files[0]`…`files[9]`. */
  field: string;
  filename: string;
  contentType: string;
  bytes: Buffer;
}

/** The `files[n]` parts of a multipart body, in field order. */
export async function uploadsOf(form: FormData): Promise<Upload[]> {
  const uploads: Upload[] = [];
  for (const [field, value] of form.entries()) {
    if (!field.startsWith('files[') || typeof value === 'string') continue;
    uploads.push({
      field,
      filename: value.name,
      contentType: value.type,
      bytes: Buffer.from(await value.arrayBuffer()),
    });
  }
  return uploads;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from a PNG's IHDR chunk (the first, right after the signature); else null. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (data.length < 24 || !data.subarray(0, 8).equals(PNG_SIGNATURE)) return null;
  if (data.toString('latin1', 12, 16) !== 'IHDR') return null;
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

interface AttachmentRequest {
  id?: unknown;
  filename?: unknown;
  description?: unknown;
}

type Applied = { ok: true; attachments: APIAttachment[] } | { ok: false; error: DiscordErrorBody };

export class AttachmentStore {
  private readonly bytes = new Map<string, Buffer>();

  /** The bytes of an attachment this emulator stored, by attachment id. */
  bytesOf(id: string): Buffer | undefined {
    return this.bytes.get(id);
  }

  /**
   * The attachments a message has after a create (`existing` empty) or an edit. `listed` is the
   * body's `attachments`, undefined when the body has none.
   */
  apply(options: {
    channelId: string;
    existing: readonly APIAttachment[];
    listed: unknown;
    uploads: readonly Upload[];
    editing: boolean;
  }): Applied {
    const { existing, uploads } = options;
    if (options.listed === undefined || options.listed === null) {
      // A create lists every upload itself; an edit without a list keeps what the message has.
      const added = options.editing ? [] : uploads.map((upload) => this.store(upload, options));
      return { ok: true, attachments: [...existing, ...added] };
    }
    if (!Array.isArray(options.listed)) return { ok: false, error: invalid('attachments') };
    const attachments: APIAttachment[] = [];
    for (const [index, entry] of (options.listed as AttachmentRequest[]).entries()) {
      const id =
        typeof entry.id === 'string' || typeof entry.id === 'number' ? String(entry.id) : '';
      const kept = existing.find((attachment) => attachment.id === id);
      if (kept !== undefined) {
        attachments.push(kept);
        continue;
      }
      const upload = uploads.find((candidate) => candidate.field === `files[${id}]`);
      if (upload === undefined) return { ok: false, error: invalid(`attachments.${index}.id`) };
      attachments.push(
        this.store(upload, {
          channelId: options.channelId,
          filename: typeof entry.filename === 'string' ? entry.filename : undefined,
          description: typeof entry.description === 'string' ? entry.description : undefined,
        }),
      );
    }
    return { ok: true, attachments };
  }

  private store(
    upload: Upload,
    options: { channelId: string; filename?: string | undefined; description?: string | undefined },
  ): APIAttachment {
    const id = snowflake();
    const filename = options.filename ?? upload.filename;
    this.bytes.set(id, upload.bytes);
    const url = `https://cdn.discordapp.com/attachments/${options.channelId}/${id}/${filename}`;
    const size = pngSize(upload.bytes);
    return {
      id,
      filename,
      size: upload.bytes.length,
      url,
      proxy_url: url.replace('https://cdn.discordapp.com/', 'https://media.discordapp.net/'),
      ...(upload.contentType === '' ? {} : { content_type: upload.contentType }),
      ...(size ?? {}),
      ...(options.description === undefined ? {} : { description: options.description }),
    };
  }
}

/**
 * Embeds with `attachment://<filename>` images and thumbnails shown from the message's attachment
 * of that name, as Discord stores them (its URLs and, for images, the size).
 */
export function resolveAttachmentImages(
  embeds: APIMessage['embeds'],
  attachments: readonly APIAttachment[],
): APIEmbed[] {
  const resolve = <T extends { url: string }>(image: T | undefined): T | undefined => {
    if (!image?.url.startsWith('attachment://')) return image;
    const name = image.url.slice('attachment://'.length);
    const attachment = attachments.find((candidate) => candidate.filename === name);
    if (attachment === undefined) return image;
    return {
      ...image,
      url: attachment.url,
      proxy_url: attachment.proxy_url,
      ...(attachment.width == null ? {} : { width: attachment.width, height: attachment.height }),
    };
  };
  return embeds.map((embed) => {
    const image = resolve(embed.image);
    const thumbnail = resolve(embed.thumbnail);
    return {
      ...embed,
      ...(image === undefined ? {} : { image }),
      ...(thumbnail === undefined ? {} : { thumbnail }),
    };
  });
}

function invalid(at: string): DiscordErrorBody {
  const errors: Record<string, unknown> = {};
  let node = errors;
  for (const key of at.split('.')) {
    node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node._errors = [{ code: 'ATTACHMENT_NOT_FOUND', message: 'Unknown attachment or file.' }];
  return { code: 50035, message: 'Invalid Form Body', errors };
}

/** The files a parsed request body carries (multipart bodies only). */
export function uploadsIn(body: unknown): readonly Upload[] {
  const uploads = (body as { __uploads?: unknown } | undefined)?.__uploads;
  return Array.isArray(uploads) ? (uploads as Upload[]) : [];
}
