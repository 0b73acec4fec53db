/**
 * Pictures in the offline console: a terminal cannot show the timeline picture a reply carries,
 * so it is drawn as on Discord and saved as a PNG file whose path the console prints. Files go to
 * the folder given, or to a folder of their own made under the system's temporary folder on the
 * first picture; each is numbered, so a later picture never replaces an earlier one.
 */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { drawAttachments } from '../bot/attachments.js';
import type { Reply } from '../bot/command.js';

export interface PictureSaver {
  /** Draws and saves the reply's files; resolves to their paths, in the reply's order. */
  save(reply: Reply): Promise<string[]>;
}

export interface PictureSaverOptions {
  /** Where to save; created when missing. Default: a new folder under the temporary folder. */
  dir?: string;
  /** Hears of a file that could not be drawn (it is then left out). */
  onFailure: (name: string, error: unknown) => void;
}

const TEMP_PREFIX = 'event-qa-pictures-';

export function createPictureSaver(options: PictureSaverOptions): PictureSaver {
  let folder: Promise<string> | null = null;
  let saved = 0;
  const folderFor = (): Promise<string> => {
    const { dir } = options;
    folder ??=
      dir === undefined
        ? mkdtemp(path.join(tmpdir(), TEMP_PREFIX))
        : mkdir(dir, { recursive: true }).then(() => dir);
    return folder;
  };
  return {
    async save(reply) {
      const { files } = await drawAttachments(reply, options.onFailure);
      if (files.length === 0) return [];
      const dir = await folderFor();
      const paths: string[] = [];
      for (const file of files) {
        saved += 1;
        const target = path.join(dir, `${String(saved)}-${path.basename(file.name)}`);
        await writeFile(target, file.bytes);
        paths.push(target);
      }
      return paths;
    },
  };
}
