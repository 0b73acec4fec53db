/**
 * Chaos (issue 10): while twenty well-behaved users ask steadily, the dataset is hot-reloaded with
 * a large valid file, a huge invalid one, one over the size limit and an empty one, the gateway
 * drops, the dataset's symbolic link is flipped and one user floods autocomplete. No well-behaved
 * user loses an answer, the bot's memory stays bounded, and it ends answering from the last good
 * dataset. The scenario is tests/e2e/fixtures/chaos.ts; `npm run bench -- load` times it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { canReadProcessMemory } from './fixtures/process-memory.js';
import { FINAL_NAME, chaosCorpusAvailable, megabytes, runChaos } from './fixtures/chaos.js';
import type { ChaosReport } from './fixtures/chaos.js';

/**
 * The bot peaks at about 230 MB here (the ×3 dataset and its indexes, with the previous version
 * still held while the new one is swapped in). 600 MB leaves room for other machines' garbage
 * collection, yet a leak across the reloads, or parsing in the bot's own process (the 20 MB of
 * empty records alone take some 540 MB of heap), would pass it.
 */
const MAX_BOT_RSS_BYTES = 600 * 1024 * 1024;

let report: ChaosReport;

describe.skipIf(!chaosCorpusAvailable || !canReadProcessMemory)(
  'the bot under chaos (reloads, a flood, a gateway drop)',
  () => {
    beforeAll(async () => {
      report = await runChaos();
    }, 90_000);

    it('answers every interaction of every well-behaved user', () => {
      const lost = report.wellBehaved.filter((interaction) => interaction.problem !== undefined);
      expect(lost.map((i) => `${i.label} (user ${i.userId}): ${String(i.problem)}`)).toEqual([]);
      expect(new Set(report.wellBehaved.map((i) => i.userId)).size).toBe(report.users);
      const commands = report.wellBehaved.filter((i) => i.kind === 'command');
      expect(commands.length).toBeGreaterThan(report.users * 2);
    });

    it('swaps in each valid dataset, rejects each broken one, and resumes after the drop', () => {
      const { large, final } = report.datasetEvents;
      expect(report.steps.map((step) => [step.outcome, step.detail])).toEqual([
        ['reloaded', `${String(large)} events`],
        ['rejected', expect.stringMatching(/^events\.0\./)],
        ['rejected', expect.stringMatching(/over the limit of 64 MB/)],
        ['rejected', expect.stringMatching(/not valid JSON/)],
        ['resumed', expect.stringMatching(/^[1-9]\d* events replayed$/)],
        ['reloaded', `${String(final)} events`],
      ]);
    });

    it('ends answering from the last good dataset', () => {
      expect(report.finalWhoTitle).toBe(FINAL_NAME);
    });

    it('keeps its memory bounded', () => {
      expect(
        report.memory?.botPeakBytes,
        `peak ${megabytes(report.memory?.botPeakBytes ?? 0)}`,
      ).toBeLessThan(MAX_BOT_RSS_BYTES);
    });

    it('rate-limits the flooding user, logs no error, calls no unknown route, prints no deprecation', () => {
      expect(report.flood.rateLimited).toBeGreaterThan(0);
      expect(report.errorsLogged).toEqual([]);
      expect(report.unknownRoutes).toEqual([]);
      expect(report.deprecationWarnings).toEqual([]);
    });
  },
);
