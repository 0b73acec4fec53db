import { describe, expect, it } from 'vitest';
import { cooldownMessage, createCooldown } from '../../src/bot/cooldown.js';

function clock(start = 0) {
  let time = start;
  return {
    now: () => time,
    advance: (ms: number) => {
      time += ms;
    },
  };
}

describe('createCooldown', () => {
  it('allows a burst up to the capacity, then refuses with the wait until the next token', () => {
    const time = clock();
    const cooldown = createCooldown({ capacity: 5, windowMs: 10_000, now: time.now });
    for (let i = 0; i < 5; i++) expect(cooldown.take('u1')).toEqual({ allowed: true });
    expect(cooldown.take('u1')).toEqual({ allowed: false, retryAfterMs: 2_000 });
  });

  it('refills steadily: one token every window / capacity', () => {
    const time = clock();
    const cooldown = createCooldown({ capacity: 5, windowMs: 10_000, now: time.now });
    for (let i = 0; i < 5; i++) cooldown.take('u1');
    time.advance(1_999);
    expect(cooldown.take('u1').allowed).toBe(false);
    time.advance(1);
    expect(cooldown.take('u1').allowed).toBe(true);
    expect(cooldown.take('u1').allowed).toBe(false);
  });

  it('a refused attempt does not push the wait further out', () => {
    const time = clock();
    const cooldown = createCooldown({ capacity: 1, windowMs: 1_000, now: time.now });
    cooldown.take('u1');
    time.advance(500);
    expect(cooldown.take('u1')).toEqual({ allowed: false, retryAfterMs: 500 });
    time.advance(500);
    expect(cooldown.take('u1').allowed).toBe(true);
  });

  it('keeps each user in their own bucket', () => {
    const time = clock();
    const cooldown = createCooldown({ capacity: 1, windowMs: 1_000, now: time.now });
    expect(cooldown.take('u1').allowed).toBe(true);
    expect(cooldown.take('u1').allowed).toBe(false);
    expect(cooldown.take('u2').allowed).toBe(true);
  });

  it('never holds more than the capacity after a long quiet time', () => {
    const time = clock();
    const cooldown = createCooldown({ capacity: 2, windowMs: 1_000, now: time.now });
    cooldown.take('u1');
    time.advance(3_600_000);
    expect(cooldown.take('u1').allowed).toBe(true);
    expect(cooldown.take('u1').allowed).toBe(true);
    expect(cooldown.take('u1').allowed).toBe(false);
  });
});

describe('cooldownMessage', () => {
  it('rounds the wait up to whole seconds, with a correct plural', () => {
    expect(cooldownMessage(1)).toBe("You're asking a little fast. Please try again in 1 second.");
    expect(cooldownMessage(2_001)).toMatch(/in 3 seconds\.$/);
  });
});
