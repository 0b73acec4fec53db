import { DiscordAPIError } from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import { assertNoSpecViolations, createFakeDiscord, type FakeDiscord } from './fake-discord.js';

let fake: FakeDiscord | undefined;
afterEach(async () => {
  await fake?.destroy();
  fake = undefined;
});

describe("the unit tests' fake Discord holds requests to the OpenAPI spec", () => {
  it('answers a request the spec refuses as Discord would, and reports it', async () => {
    fake = createFakeDiscord();
    const sent = fake.client.rest.post('/channels/900000000000000101/messages', {
      body: { content: 'hello', tts: 'yes' },
    });
    await expect(sent).rejects.toSatisfy(
      (error) => error instanceof DiscordAPIError && error.code === 50035,
    );
    expect(() => {
      assertNoSpecViolations();
    }).toThrow(/tts/);
  });

  it('lets a request the spec accepts through', async () => {
    fake = createFakeDiscord();
    await fake.client.rest.post('/channels/900000000000000101/messages', {
      body: { content: 'hello' },
    });
    expect(() => {
      assertNoSpecViolations();
    }).not.toThrow();
  });
});
