/**
 * How many answers there are when a list is cut: asked to `count`, `ask` and `searchQuotes` count
 * past their limit (up to MAX_ANSWERS, the most the core gives), so a reply can say "first 25 of
 * 40". Without it, nothing is searched twice (the CLI and benchmarks do not ask).
 */
import { describe, expect, it } from 'vitest';
import { MAX_ANSWERS } from '../../src/answer/types.js';
import { syntheticAnswerer } from '../commands/helpers.js';

describe('answer totals', () => {
  // Thirty events and thirty quotes, each about a budget hearing.
  const answerer = syntheticAnswerer({ events: 30 });

  it('counts the quotes a search matches beyond the limit', () => {
    const found = answerer.searchQuotes('budget balanced', { limit: 5, count: true });
    expect(found.answers).toHaveLength(5);
    expect(found.total).toBe(30);
    const all = answerer.searchQuotes('budget balanced', { limit: 50, count: true });
    expect(all).toMatchObject({ total: 30 });
    expect(all.answers).toHaveLength(30);
  });

  it('counts the answers to a question beyond the limit, and no further than MAX_ANSWERS', () => {
    const result = answerer.ask('What did Jane Roe say about the budget?', {
      limit: 5,
      count: true,
    });
    expect(result.answers).toHaveLength(5);
    expect(result.total).toBe(30);
    const many = syntheticAnswerer({ events: 120 }).searchQuotes('budget', {
      limit: 25,
      count: true,
    });
    expect(many.total).toBe(MAX_ANSWERS);
  });

  it('gives the number found when the limit did not cut the list, and counts only when asked', () => {
    const uncut = answerer.ask('What did Jane Roe say about the budget?', {
      limit: 50,
      count: true,
    });
    expect(uncut.total).toBe(uncut.answers.length);
    expect(answerer.searchQuotes('zorblax', { count: true }).total).toBe(0);
    const question = 'What did Jane Roe say about the budget?';
    expect(answerer.ask(question, { limit: 5 }).total).toBeUndefined();
    expect(answerer.searchQuotes('budget balanced', { limit: 5 }).total).toBe(5);
  });
});
