import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { bundledAnswerer, expectSharedDefinition, getCommand, run } from './helpers.js';

describe('/about', () => {
  it('shows the dataset size, its date range and the package version', async () => {
    const about = await getCommand('about');
    expectSharedDefinition(about, 'about');
    const answerer = await bundledAnswerer();
    const stats = answerer.stats();
    const { version } = JSON.parse(await readFile('package.json', 'utf8')) as { version: string };
    const fields = Object.fromEntries(
      (run(about, {}, answerer).embeds[0]?.fields ?? []).map((field) => [field.name, field.value]),
    );
    expect(fields).toMatchObject({
      'Dates covered': '2 March 2017',
      Events: String(stats.events),
      Quotes: String(stats.quotes),
      People: String(stats.people),
      Sources: String(stats.sources),
      Version: version,
    });
  });
});
