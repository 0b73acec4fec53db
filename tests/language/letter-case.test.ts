import { describe, expect, it } from 'vitest';
import { capitalise } from '../../src/language/letter-case.js';

describe('capitalise', () => {
  it('upper-cases the first letter only, leaving the rest as written', () => {
    expect(capitalise('the State Department')).toBe('The State Department');
    expect(capitalise('march')).toBe('March');
    expect(capitalise('')).toBe('');
  });
});
