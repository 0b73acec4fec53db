import { describe, expect, it } from 'vitest';
import { inflect, PASSIVE_PARTICIPLE, SPEECH_VERB } from '../../src/language/speech-verbs.js';

describe('speech verbs', () => {
  it('inflects regular lemmas with the usual spelling changes', () => {
    expect(inflect('dub')).toEqual(['dub', 'dubs', 'dubbed', 'dubbing']);
    expect(inflect('quip')).toEqual(['quip', 'quips', 'quipped', 'quipping']);
    expect(inflect('deny')).toEqual(['deny', 'denies', 'denied', 'denying']);
    expect(inflect('state')).toEqual(['state', 'states', 'stated', 'stating']);
    expect(inflect('blast')).toEqual(['blast', 'blasts', 'blasted', 'blasting']);
  });

  it('lists the forms news attribution uses, including irregular ones', () => {
    const forms = new Set(SPEECH_VERB.split('|'));
    for (const form of [
      'said',
      'told',
      'wrote',
      'admitted',
      'comments',
      'tweets',
      'citing',
      'agrees',
    ]) {
      expect(forms.has(form), form).toBe(true);
    }
  });

  it('leaves out bare forms that are mostly nouns', () => {
    const forms = new Set(SPEECH_VERB.split('|'));
    for (const noun of ['tweet', 'report', 'call', 'post', 'state'])
      expect(forms.has(noun), noun).toBe(false);
  });

  it('recognises a passive participle right before a quotation', () => {
    expect(PASSIVE_PARTICIPLE.test('two nominees rated ')).toBe(true);
    expect(PASSIVE_PARTICIPLE.test('two nominees who ')).toBe(false);
  });
});
