/**
 * INDEX_CODE_VERSION must change whenever the code that builds the index, validates the dataset or
 * writes snapshots changes: otherwise a snapshot saved by the old code would be loaded as if the
 * new code had made it (old weights, old stems, a field missing). The version is a hash of that
 * code, computed here; a stale one fails with the value to paste.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { INDEX_CODE_VERSION } from '../../src/search/snapshot-version.js';

const root = path.resolve(import.meta.dirname, '../..');
/** What a snapshot depends on: its format and index code, and the dataset validation. */
const ROOTS = ['src/search/snapshot.ts', 'src/dataset/load.ts'];
const VERSION_FILE = 'src/search/snapshot-version.ts';

const IMPORT = /(?<![.\w])(?:from|import)\s*\(?\s*'([^']+)'/g;

/** Every source file the roots import, followed, and the packages they import. */
function dependencies(): { files: string[]; packages: string[] } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const pending = [...ROOTS];
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (files.has(file) || file === VERSION_FILE) continue;
    files.add(file);
    if (file.endsWith('.json')) continue;
    for (const [, specifier = ''] of readFileSync(path.join(root, file), 'utf8').matchAll(IMPORT)) {
      if (specifier.startsWith('node:')) continue;
      if (!specifier.startsWith('.')) {
        packages.add(packageName(specifier));
        continue;
      }
      const target = path.join(path.dirname(file), specifier);
      const typescript = target.replace(/\.js$/, '.ts');
      pending.push(existsSync(path.join(root, typescript)) ? typescript : target);
    }
  }
  return { files: [...files].sort(), packages: [...packages].sort() };
}

function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
}

function codeVersion(): string {
  const { files, packages } = dependencies();
  const hash = createHash('sha256');
  for (const file of files) {
    hash.update(`${file}\n`);
    hash.update(readFileSync(path.join(root, file), 'utf8').replace(/\r\n/g, '\n'));
  }
  for (const name of packages) {
    const manifest = JSON.parse(
      readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8'),
    ) as { version: string };
    hash.update(`${name}@${manifest.version}\n`);
  }
  return hash.digest('hex').slice(0, 16);
}

describe('INDEX_CODE_VERSION', () => {
  it('is the hash of the code that makes snapshots, so old snapshots are rebuilt when it changes', () => {
    const current = codeVersion();
    if (INDEX_CODE_VERSION !== current) {
      throw new Error(
        `The index, dataset validation or snapshot code changed since INDEX_CODE_VERSION was set. ` +
          `Set it to '${current}' in ${VERSION_FILE}: snapshots made by the old code are then ` +
          `rebuilt instead of loaded.`,
      );
    }
  });

  it('covers the index modules, the dataset schema and the packages they use', () => {
    const { files, packages } = dependencies();
    expect(files).toEqual(
      expect.arrayContaining([
        'src/search/dataset-index.ts',
        'src/search/inverted-index.ts',
        'src/search/people.ts',
        'src/search/snapshot-codec.ts',
        'src/dataset/schema.ts',
      ]),
    );
    expect(packages).toEqual(expect.arrayContaining(['fuse.js', 'stemmer', 'zod']));
  });

  it('finds no #private field in the index code: the snapshot saves only what it can see', () => {
    const { files } = dependencies();
    const hidden = files.filter(
      (file) =>
        file.startsWith('src/search/') &&
        /^\s*(?:static\s+)?(?:readonly\s+)?#\w+/m.test(readFileSync(path.join(root, file), 'utf8')),
    );
    expect(hidden).toEqual([]);
  });
});
