/**
 * `npm run bench [-- NAME …]`: runs the benchmarks and prints their figures. Figures, not
 * asserts: speed depends on the machine, so targets are read by people, not enforced by tests.
 */
const benchmarks = {
  ingest: () => import('./ingest.js'),
  startup: () => import('./startup.js'),
  extraction: () => import('./extraction.js'),
  questions: () => import('./questions.js'),
  search: () => import('./search.js'),
  load: () => import('./load.js'),
  chart: () => import('./chart.js'),
} satisfies Record<string, () => Promise<{ run: () => Promise<void> }>>;

type BenchmarkName = keyof typeof benchmarks;

function isBenchmarkName(name: string): name is BenchmarkName {
  return Object.hasOwn(benchmarks, name);
}

async function main(): Promise<void> {
  const requested = process.argv.slice(2);
  const unknown = requested.filter((name) => !isBenchmarkName(name));
  if (unknown.length > 0) {
    console.error(
      `Unknown benchmark: ${unknown.join(', ')}. Choose from: ${Object.keys(benchmarks).join(', ')}`,
    );
    process.exit(2);
  }
  const names = requested.length > 0 ? requested.filter(isBenchmarkName) : Object.keys(benchmarks);
  for (const name of names) {
    if (!isBenchmarkName(name)) continue;
    console.log(`\n=== ${name} ===`);
    const benchmark = await benchmarks[name]();
    await benchmark.run();
  }
}

await main();
