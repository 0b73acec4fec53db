/**
 * The container files hold the properties that make the bot stop cleanly and run safely: no
 * Docker engine runs here, so they are read and checked as text. The Dockerfile builds in one
 * stage and runs in another with production dependencies only, as the unprivileged `node` user,
 * under an init as PID 1, starting the same compiled entry `npm start` runs; compose restarts the
 * bot, keeps the dataset on a volume and gives a stop more time than the bot's own deadline.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/env.js';

const root = path.resolve(import.meta.dirname, '..');
const read = (file: string): string => readFileSync(path.join(root, file), 'utf8');

interface Instruction {
  keyword: string;
  args: string;
}

interface Stage {
  image: string;
  name: string | undefined;
  instructions: Instruction[];
}

/** Dockerfile instructions by stage, continuation lines joined and comments dropped. */
function parseDockerfile(text: string): Stage[] {
  const stages: Stage[] = [];
  const lines = text
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('#'))
    .join('\n')
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  for (const line of lines) {
    const [keyword = '', ...rest] = line.split(/\s+/);
    const instruction = { keyword: keyword.toUpperCase(), args: rest.join(' ') };
    if (instruction.keyword === 'FROM') {
      const from = /^(?:--\S+\s+)*(\S+)(?:\s+AS\s+(\S+))?$/i.exec(instruction.args);
      stages.push({ image: from?.[1] ?? '', name: from?.[2], instructions: [] });
    } else {
      const stage = stages.at(-1);
      if (stage === undefined) throw new Error(`Dockerfile: ${keyword} before any FROM`);
      stage.instructions.push(instruction);
    }
  }
  return stages;
}

const argsOf = (stage: Stage, keyword: string): string[] =>
  stage.instructions.filter((item) => item.keyword === keyword).map((item) => item.args);

/** An instruction's exec form (a JSON array); a shell form is a failure here. */
function execForm(args: string | undefined, what: string): string[] {
  if (args?.startsWith('[') !== true) {
    throw new Error(`${what} must use the exec form (a JSON array), got: ${String(args)}`);
  }
  return JSON.parse(args) as string[];
}

type Yaml = string | Yaml[] | { [key: string]: Yaml };

/**
 * The block-style YAML subset compose.yaml is written in (mappings, lists of scalars, plain or
 * quoted scalars, whole-line comments); anything else is refused rather than misread.
 */
function parseYaml(text: string): Yaml {
  const lines = text
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.trim().startsWith('#'))
    .map((line) => ({ indent: line.length - line.trimStart().length, text: line.trim() }));
  let index = 0;
  const scalar = (value: string): string => value.replace(/^(["'])(.*)\1$/, '$2');
  const block = (indent: number): Yaml => {
    if (lines[index]?.text.startsWith('- ') === true) {
      const items: Yaml[] = [];
      while (lines[index]?.indent === indent && lines[index]?.text.startsWith('- ') === true) {
        const item = lines[index]?.text.slice(2) ?? '';
        if (/^[\w.-]+:(\s|$)/.test(item)) throw new Error(`compose.yaml: unsupported: ${item}`);
        items.push(scalar(item));
        index += 1;
      }
      return items;
    }
    const map: Record<string, Yaml> = {};
    while (lines[index]?.indent === indent) {
      const line = lines[index]?.text ?? '';
      const entry = /^([\w.-]+):(?:\s+(.*))?$/.exec(line);
      if (entry?.[1] === undefined) throw new Error(`compose.yaml: unsupported line: ${line}`);
      index += 1;
      const next = lines[index];
      if (entry[2] !== undefined) map[entry[1]] = scalar(entry[2]);
      else if (next !== undefined && (next.indent > indent || next.text.startsWith('- '))) {
        map[entry[1]] = block(next.indent);
      } else map[entry[1]] = '';
    }
    return map;
  };
  const document = block(0);
  if (index !== lines.length) {
    throw new Error(`compose.yaml: could not read from: ${lines[index]?.text ?? ''}`);
  }
  return document;
}

const asMap = (value: Yaml | undefined): Record<string, Yaml> =>
  typeof value === 'object' && !Array.isArray(value) ? value : {};
const asList = (value: Yaml | undefined): Yaml[] => (Array.isArray(value) ? value : []);
const asText = (value: Yaml | undefined): string => (typeof value === 'string' ? value : '');

/** A compose duration ("15s", "1m30s", "500ms") in milliseconds. */
function durationMs(value: string): number {
  const units: Record<string, number> = { h: 3_600_000, m: 60_000, s: 1_000, ms: 1, us: 0.001 };
  const parts = [...value.matchAll(/(\d+(?:\.\d+)?)(h|ms|m|s|us)/g)];
  if (parts.map((part) => part[0]).join('') !== value) {
    throw new Error(`not a compose duration: ${value}`);
  }
  return parts.reduce((total, part) => total + Number(part[1]) * (units[part[2] ?? ''] ?? 0), 0);
}

/** The compiled entry `npm start` runs, from package.json (`exec node <entry>`). */
function startEntry(): string {
  const { scripts } = JSON.parse(read('package.json')) as { scripts: Record<string, string> };
  const entry = /^exec node (\S+\.js)$/.exec(scripts.start ?? '')?.[1];
  if (entry === undefined) throw new Error(`unexpected start script: ${String(scripts.start)}`);
  return entry;
}

describe('Dockerfile', () => {
  const stages = parseDockerfile(read('Dockerfile'));
  const runtime = stages.at(-1);
  if (runtime === undefined) throw new Error('Dockerfile: no FROM');

  it('builds in one stage, with every dependency, and runs from node:20-slim in another', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    expect(runtime.image).toMatch(/^node:20(\.[\d.]+)?-slim$/);
    const copiedDist = argsOf(runtime, 'COPY').find((args) => /\bdist\b/.test(args));
    const buildName = /--from=(\S+)/.exec(copiedDist ?? '')?.[1];
    const build = stages.find((stage) => stage.name === buildName && stage !== runtime);
    if (build === undefined) {
      throw new Error(
        `the runtime stage must copy dist/ from an earlier stage: ${String(copiedDist)}`,
      );
    }
    const buildRuns = argsOf(build, 'RUN').join('\n');
    expect(buildRuns).toMatch(/\bnpm ci\b(?![^\n]*--omit)/);
    expect(buildRuns).toMatch(/\bnpm run build\b/);
  });

  it('installs only production dependencies in the runtime stage', () => {
    const runs = argsOf(runtime, 'RUN');
    const installs = runs.filter((args) => /\bnpm (ci|install|i)\b/.test(args));
    expect(installs).toHaveLength(1);
    expect(installs[0]).toMatch(/\bnpm ci\b[^&;|]*--omit=dev/);
    expect(runtime.instructions.map((item) => item.args).join('\n')).not.toMatch(/\btsx\b/);
  });

  it('runs the bot as the unprivileged node user', () => {
    const users = argsOf(runtime, 'USER');
    expect(users.at(-1)).toBe('node');
  });

  it('runs an init as PID 1 that passes signals on to node', () => {
    const entrypoint = execForm(argsOf(runtime, 'ENTRYPOINT').at(-1), 'ENTRYPOINT');
    expect(entrypoint[0]).toMatch(/(^|\/)tini$/);
    expect(entrypoint.slice(1)).toEqual(['--']);
    expect(argsOf(runtime, 'RUN').join('\n')).toMatch(/apt-get install[^&;]*\btini\b/);
    const stopSignal = argsOf(runtime, 'STOPSIGNAL').at(-1);
    if (stopSignal !== undefined) expect(['SIGTERM', 'SIGINT']).toContain(stopSignal);
  });

  it('starts the same compiled entry that npm start runs, with plain node', () => {
    const entry = startEntry();
    expect(entry).toMatch(/^dist\//);
    expect(execForm(argsOf(runtime, 'CMD').at(-1), 'CMD')).toEqual(['node', entry]);
  });

  it('gives the bot one folder it may write, DATA_DIR, owned by node and kept on a volume', () => {
    const dataDir = /^DATA_DIR=(\S+)$/.exec(
      argsOf(runtime, 'ENV').find((args) => args.startsWith('DATA_DIR=')) ?? '',
    )?.[1];
    expect(dataDir).toBeDefined();
    expect(argsOf(runtime, 'RUN').join('\n')).toContain(`chown node:node ${String(dataDir)}`);
    expect(argsOf(runtime, 'VOLUME').join(' ')).toContain(String(dataDir));
  });

  it('checks health through GET /healthz with node, needing no dev dependency', () => {
    const healthcheck = argsOf(runtime, 'HEALTHCHECK').at(-1) ?? '';
    const command = execForm(/\bCMD\s+(\[.*\])$/.exec(healthcheck)?.[1], 'HEALTHCHECK CMD');
    expect(command[0]).toBe('node');
    expect(command.join(' ')).toContain('/healthz');
    expect(command.join(' ')).not.toMatch(/\b(npm|npx|tsx|curl|wget)\b/);
  });
});

describe('.dockerignore', () => {
  it('keeps secrets and host-built folders out of the build context', () => {
    const ignored = read('.dockerignore')
      .split('\n')
      .map((line) => line.trim());
    expect(ignored).toEqual(expect.arrayContaining(['.env', 'node_modules/', 'dist/']));
  });
});

describe('compose.yaml', () => {
  const services = asMap(asMap(parseYaml(read('compose.yaml'))).services);
  const [name, bot] =
    Object.entries(services).map(([key, value]) => [key, asMap(value)] as const)[0] ?? [];

  it('defines the bot service, restarted unless stopped by hand', () => {
    expect(name).toBeDefined();
    expect(bot?.restart).toBe('unless-stopped');
    expect(bot?.env_file).toBe('.env');
  });

  it('keeps the dataset folder on a volume mounted where DATASET_PATH points', () => {
    const environment = asMap(bot?.environment);
    const datasetPath = asText(environment.DATASET_PATH);
    expect(path.posix.isAbsolute(datasetPath)).toBe(true);
    const targets = asList(bot?.volumes).map((volume) => asText(volume).split(':')[1]);
    expect(targets).toContain(path.posix.dirname(datasetPath));
  });

  it('keeps the server settings (DATA_DIR) on a named volume, so they survive a rebuild', () => {
    const dataDir = asText(asMap(bot?.environment).DATA_DIR);
    expect(path.posix.isAbsolute(dataDir)).toBe(true);
    const mounts = asList(bot?.volumes).map((volume) => asText(volume).split(':'));
    expect(mounts.some(([source, target]) => target === dataDir && !source?.startsWith('.'))).toBe(
      true,
    );
  });

  it('waits longer than the bot’s own shutdown deadline before killing it', () => {
    const environment = asMap(bot?.environment);
    const shutdownTimeoutMs = loadConfig(
      'start',
      { SHUTDOWN_TIMEOUT_MS: asText(environment.SHUTDOWN_TIMEOUT_MS) },
      '/nonexistent/.env',
    ).shutdownTimeoutMs;
    expect(durationMs(asText(bot?.stop_grace_period))).toBeGreaterThan(shutdownTimeoutMs);
  });
});
