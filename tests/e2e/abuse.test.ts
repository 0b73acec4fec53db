/**
 * What one user can do to others, run by the real bot against the emulator: a page button whose
 * custom id is forged to name the presser does not turn someone else's reply, and one user
 * typing into autocomplete faster than anyone types gets empty choices while others still get
 * theirs.
 */
import { InteractionResponseType, MessageFlags } from 'discord.js';
import { describe, expect, it } from 'vitest';
import {
  buttonsOf,
  interactionLog,
  newUserId,
  sharedBotSession,
  warningsLogged,
} from './fixtures/bot-session.js';

const session = sharedBotSession();

describe('a page button with a forged custom id', () => {
  it("does not let a second user turn the first user's public reply", async () => {
    const { emulator } = session();
    const owner = newUserId();
    const intruder = newUserId();
    const sent = await emulator.sendSlashCommand({
      name: 'ask',
      options: { question: 'When did Sessions recuse himself?' },
      userId: owner,
    });
    const first = await emulator.waitForInteractionResponse(sent.id, { final: true });
    const message = first.message;
    if (message === undefined) throw new Error('/ask left no message');
    const footer = message.embeds[0]?.footer?.text ?? '';
    expect(footer).toMatch(/^Page 1 of \d+ · /);
    const next = buttonsOf(message).find((button) => button.label.startsWith('Next'));
    const forged = (next?.customId ?? '').replace(`:${owner}:`, `:${intruder}:`);
    expect(forged).toContain(intruder);

    // A client can send any custom id; the emulator sends only ids a message carries, so the
    // stored button is rewritten to carry the forged one.
    const row = message.components?.[0] as { components: { custom_id?: string }[] } | undefined;
    const button = row?.components.find((component) => component.custom_id === next?.customId);
    if (button === undefined) throw new Error('no Next button on the reply');
    button.custom_id = forged;
    const press = await emulator.clickButton({ customId: forged, message, userId: intruder });
    const refusal = await emulator.waitForInteractionResponse(press.id);

    expect(press.payload.message).toMatchObject({ interaction_metadata: { user: { id: owner } } });
    expect(refusal.callbackType).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(refusal.data?.flags).toBe(MessageFlags.Ephemeral);
    expect(refusal.data?.content).toMatch(/only the person who ran this command/i);
    expect(emulator.interaction(sent.id)?.original?.embeds[0]?.footer?.text).toBe(footer);
    expect(await interactionLog(session().bot, { interactionId: press.id })).toMatchObject({
      kind: 'button',
      outcome: 'refused',
    });
  });
});

describe('autocomplete from one user typing too fast', () => {
  it('gets empty choices past the budget, while another user still gets suggestions', async () => {
    const { emulator } = session();
    const flooder = newUserId();
    const keystrokes = 30;
    const sent = [];
    for (let i = 0; i < keystrokes; i++) {
      sent.push(
        await emulator.sendAutocomplete({
          name: 'who',
          options: { name: 'sess' },
          focused: 'name',
          userId: flooder,
        }),
      );
    }
    const responses = await Promise.all(
      sent.map((interaction) => emulator.waitForInteractionResponse(interaction.id)),
    );
    const other = await emulator.sendAutocomplete({
      name: 'who',
      options: { name: 'sess' },
      focused: 'name',
      userId: newUserId(),
    });
    const otherResponse = await emulator.waitForInteractionResponse(other.id);

    const empty = responses.filter((response) => response.choices?.length === 0).length;
    expect(empty).toBeGreaterThanOrEqual(keystrokes / 3);
    expect(responses[0]?.choices?.length).toBeGreaterThan(0);
    expect(otherResponse.choices).toContainEqual(
      expect.objectContaining({ name: expect.stringContaining('Jeff Sessions') as string }),
    );
    expect(await interactionLog(session().bot, { interactionId: sent.at(-1)?.id })).toMatchObject({
      kind: 'autocomplete',
      outcome: 'rate-limited',
    });
    expect(warningsLogged(session().bot)).toEqual([]);
  });
});
