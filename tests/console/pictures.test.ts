import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/types.js';
import type { Reply } from '../../src/bot/command.js';
import { runConsole } from '../../src/console/console.js';
import { createPictureSaver } from '../../src/console/pictures.js';
import { pngSize } from '../emulator/attachments.js';
import { NOW, allCommands, bundledAnswerer } from '../commands/helpers.js';

let answerer: Answerer;
beforeAll(async () => {
  answerer = await bundledAnswerer();
});

const folders: string[] = [];
async function folder(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'pictures-test-'));
  folders.push(dir);
  return dir;
}

afterEach(async () => {
  await Promise.all(folders.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A reply carrying one file with these bytes (null: nothing to draw). */
function replyWith(bytes: Uint8Array | null): Reply {
  return {
    embeds: [{ title: 'x', image: { url: 'attachment://timeline.png' } }],
    components: [],
    attachments: [
      {
        name: 'timeline.png',
        draw: () =>
          Promise.resolve(
            bytes === null ? null : { name: 'timeline.png', bytes, description: 'd' },
          ),
      },
    ],
  };
}

describe('saving pictures for the console', () => {
  it('writes each picture as a numbered file in the folder given, creating it', async () => {
    const dir = path.join(await folder(), 'made', 'here');
    const saver = createPictureSaver({ dir, onFailure: () => undefined });
    const first = await saver.save(replyWith(new Uint8Array([1, 2, 3])));
    const second = await saver.save(replyWith(new Uint8Array([4])));
    expect(first).toEqual([path.join(dir, '1-timeline.png')]);
    expect(second).toEqual([path.join(dir, '2-timeline.png')]);
    expect([...(await readFile(first[0] ?? ''))]).toEqual([1, 2, 3]);
  });

  it('makes a folder of its own under the temporary folder when given none', async () => {
    const saver = createPictureSaver({ onFailure: () => undefined });
    const [file = ''] = await saver.save(replyWith(new Uint8Array([7])));
    folders.push(path.dirname(file));
    expect(path.dirname(path.dirname(file))).toBe(tmpdir());
    expect(path.basename(path.dirname(file))).toMatch(/^event-qa-pictures-/);
  });

  it('saves nothing for a reply without pictures, or with nothing to draw', async () => {
    const dir = await folder();
    const saver = createPictureSaver({ dir, onFailure: () => undefined });
    expect(await saver.save({ embeds: [], components: [] })).toEqual([]);
    expect(await saver.save(replyWith(null))).toEqual([]);
  });
});

describe('the console prints where the picture was saved', () => {
  async function script(lines: string[], pictureDir: string): Promise<string> {
    const input = new PassThrough();
    const output = new PassThrough();
    let printed = '';
    output.on('data', (chunk: Buffer) => (printed += chunk.toString()));
    const done = runConsole({
      answerer: () => answerer,
      input,
      output,
      commands: await allCommands(),
      now: () => NOW,
      pictureDir,
    });
    input.end(lines.map((line) => `${line}\n`).join(''));
    await done;
    return printed;
  }

  it('saves the timeline picture as a PNG after the reply, and a page turn keeps it', async () => {
    const dir = await folder();
    const printed = await script(['/timeline', 'next', '/who name:sessions'], dir);

    const saved = [...printed.matchAll(/^Picture: (.+)$/gm)].map((match) => match[1] ?? '');
    expect(saved).toEqual([path.join(dir, '1-timeline.png'), path.join(dir, '2-timeline.png')]);
    const bytes = await readFile(saved[0] ?? '');
    expect(pngSize(bytes)).not.toBeNull();
    // The path comes right after the reply it belongs to, before the next page is printed.
    expect(printed.indexOf('Picture:')).toBeLessThan(printed.indexOf('Page 2'));
  });
});
