import { describe, expect, it } from 'vitest';
import { createAnswerer } from '../../src/answer/answerer.js';
import { usageOf } from '../../src/bot/render/info.js';
import { parseDataset } from '../../src/dataset/load.js';
import { exampleQuestions } from '../../commands/help.js';
import {
  allCommands,
  bundledAnswerer,
  expectSharedDefinition,
  getCommand,
  NOW,
  replyText,
  run,
  USER,
} from './helpers.js';

describe('/help', () => {
  it('lists every loaded command by what it does, with its options, required ones bare, optional ones bracketed', async () => {
    const help = await getCommand('help');
    expectSharedDefinition(help, 'help');
    const reply = run(help, {}, await bundledAnswerer());
    const fields = reply.embeds[0]?.fields ?? [];
    const commands = [...(await allCommands()).values()];
    expect(fields.map((field) => field.value).sort()).toEqual(
      commands.map((command) => usageOf(command)).sort(),
    );
    expect(fields.map((field) => field.name).sort()).toEqual(
      commands.map((command) => command.data.toJSON().description).sort(),
    );
    expect(fields.map((field) => field.value)).toContain('/quote search:<text> [speaker:<text>]');
    expect(fields.map((field) => field.value)).toContain(
      '/timeline [person:<text>] [from:<text>] [to:<text>]',
    );
  });

  it('tells where the message menu is, since a context-menu command has no slash to type', async () => {
    const reply = run(await getCommand('help'), {}, await bundledAnswerer());
    expect(reply.embeds[0]?.description).toContain('Apps → Verify quotes');
  });

  it('shows commands as clickable mentions when their registered ids are known', async () => {
    const help = await getCommand('help');
    const answerer = await bundledAnswerer();
    const commandIds = new Map([
      ['who', '1100000000000000001'],
      ['quote', '1100000000000000002'],
    ]);
    const reply = help.execute({}, { answerer, userId: USER, page: 0, now: NOW, commandIds });
    const values = reply.embeds[0]?.fields?.map((field) => field.value) ?? [];
    expect(values).toContain('</who:1100000000000000001> name:<text>');
    expect(values).toContain('</quote:1100000000000000002> search:<text> [speaker:<text>]');
    // Without an id (not registered, or ids not fetched yet) the name stays plain text.
    expect(values).toContain('/date when:<text>');
  });

  it('says what the dataset holds and offers example questions it answers', async () => {
    const answerer = await bundledAnswerer();
    const reply = run(await getCommand('help'), {}, answerer);
    const description = reply.embeds[0]?.description ?? '';
    expect(description).toContain('I know 1 event (2 March 2017), with 7 quotes and 3 people.');
    expect(description).toContain(
      '**Try asking:**\n• Who is Sessions?\n• What did Sessions say?\n• What happened on 2 March 2017?',
    );
    for (const question of exampleQuestions(answerer)) {
      expect(answerer.ask(question).answers.length, question).toBeGreaterThan(0);
    }
    expect(replyText(reply)).not.toContain("couldn't");
  });

  it('offers no examples and says so plainly for an empty dataset', async () => {
    const empty = createAnswerer(
      parseDataset(
        JSON.stringify({
          version: 2,
          inputs: [],
          attributions: [],
          events: [],
          sources: [],
          quotes: [],
          people: [],
          facts: [],
        }),
        'empty dataset',
      ),
    );
    const reply = run(await getCommand('help'), {}, empty);
    const description = reply.embeds[0]?.description ?? '';
    expect(description).toContain('My dataset is empty for now.');
    expect(description).not.toContain('Try asking');
  });
});
