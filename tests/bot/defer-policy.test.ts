import { describe, expect, it } from 'vitest';
import { createDeferPolicy, REPLY_BUDGET_MS } from '../../src/bot/defer-policy.js';

describe('createDeferPolicy', () => {
  it('answers a fresh interaction of a fast command in the callback (no deferral)', () => {
    const policy = createDeferPolicy();
    expect(policy.shouldDefer('ask', 0)).toBe(false);
    policy.record('ask', 3);
    expect(policy.shouldDefer('ask', 200)).toBe(false);
  });

  it('defers an interaction that arrives already past the budget', () => {
    const policy = createDeferPolicy();
    expect(policy.shouldDefer('ask', REPLY_BUDGET_MS + 1)).toBe(true);
  });

  it('defers a command whose recent run was slow, that command only', () => {
    const policy = createDeferPolicy();
    policy.record('ask', 2_000);
    expect(policy.shouldDefer('ask', 0)).toBe(true);
    expect(policy.shouldDefer('who', 0)).toBe(false);
  });

  it('counts the interaction age and the expected work together', () => {
    const policy = createDeferPolicy(1_000);
    policy.record('ask', 600);
    expect(policy.shouldDefer('ask', 300)).toBe(false);
    expect(policy.shouldDefer('ask', 500)).toBe(true);
  });

  it('forgets one slow run as fast runs follow', () => {
    const policy = createDeferPolicy();
    policy.record('ask', 2_000);
    let deferredRuns = 0;
    for (let run = 0; run < 50 && policy.shouldDefer('ask', 0); run++) {
      deferredRuns += 1;
      policy.record('ask', 2);
    }
    expect(deferredRuns).toBeGreaterThan(0);
    expect(deferredRuns).toBeLessThan(10);
    expect(policy.shouldDefer('ask', 0)).toBe(false);
  });

  it('treats a negative age (clock skew) as no age', () => {
    expect(createDeferPolicy().shouldDefer('ask', -10_000)).toBe(false);
  });
});
