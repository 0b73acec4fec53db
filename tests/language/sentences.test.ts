import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/language/sentences.js';

const texts = (paragraph: string) => splitSentences(paragraph).map((sentence) => sentence.text);

describe('splitSentences', () => {
  it('splits sentences glued without a space', () => {
    expect(texts('he said in a statement.The move comes after.')).toEqual([
      'he said in a statement.',
      'The move comes after.',
    ]);
  });

  it('splits after a closing quotation mark glued to the next sentence', () => {
    expect(texts('were not "misleading."During his hearing, he spoke.')).toEqual([
      'were not "misleading."',
      'During his hearing, he spoke.',
    ]);
    expect(
      texts('He called it "an attack by Democrats.""I have not met anyone," he said.'),
    ).toEqual(['He called it "an attack by Democrats."', '"I have not met anyone," he said.']);
  });

  it('keeps U.S., D.C. and initials inside a sentence', () => {
    expect(texts('He met the ambassador to the U.S. in 2016. Then he left.')).toEqual([
      'He met the ambassador to the U.S. in 2016.',
      'Then he left.',
    ]);
    expect(
      texts('The U.S. Secretary of Defense and John F. Kelly visit Washington, D.C. today.'),
    ).toHaveLength(1);
  });

  it('ends a sentence after an abbreviation when a typical opener follows', () => {
    expect(texts('He moved to the U.S. The next day he spoke.')).toEqual([
      'He moved to the U.S.',
      'The next day he spoke.',
    ]);
  });

  it('does not split inside a quotation', () => {
    expect(texts('He said "We won. We will win again." Then he left.')).toEqual([
      'He said "We won. We will win again."',
      'Then he left.',
    ]);
  });

  it('ends a sentence once after a run of stops, even after an abbreviation', () => {
    expect(texts('Wait... What?! He moved to the U.S.. He left.')).toEqual([
      'Wait...',
      'What?!',
      'He moved to the U.S..',
      'He left.',
    ]);
    expect(texts('Mr. Smith said so!!! Then he left.')).toEqual([
      'Mr. Smith said so!!!',
      'Then he left.',
    ]);
  });

  it('keeps a run of stops inside a quotation in its sentence', () => {
    expect(texts('He said "What?! No..." Then he left. "Yes." "No."')).toEqual([
      'He said "What?! No..."',
      'Then he left.',
      '"Yes."',
      '"No."',
    ]);
  });

  it('reports each sentence offset in the paragraph', () => {
    const paragraph = 'One. Two.';
    expect(splitSentences(paragraph).map((sentence) => paragraph.slice(sentence.start))).toEqual([
      'One. Two.',
      'Two.',
    ]);
  });
});
