import { describe, expect, it } from 'vitest';
import { askOver } from '../datasets.js';

describe('a claim about someone the data never names', () => {
  it('shows the records nearest the claim, found without the unknown name', () => {
    const result = askOver(
      [
        'Governor Mark Doe dares President John Roe to revoke his harbour pass too, calling it an honor.',
        'President John Roe visits the port.',
      ],
      'Did Stanley Quarrington write that losing his harbour pass would be a compliment?',
    );
    expect(result.verdict).toBe('not-found');
    expect(result.answers[0]?.text).toMatch(/^Governor Mark Doe dares/);
  });
});
