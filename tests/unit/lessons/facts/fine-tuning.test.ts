/** "Fine-tuning": sizes read from the shipped files, the split of the held-out reviews, the parameter counts. */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { facts, inputs as i } from '../../../../content/lessons/fine-tuning/facts';
import { expectUsesExactly, fixed, grouped, PUBLIC_DIR } from './helpers';

describe('fine-tuning facts', () => {
  it('describe the shipped files', () => {
    const reviewsFile = join(PUBLIC_DIR, 'data/reviews.json');
    const reviews = JSON.parse(readFileSync(reviewsFile, 'utf8')) as { vocabulary: string[]; labelled: unknown[]; test: unknown[] };
    const v = reviews.vocabulary.length;
    const modelBytes = ['model.json', 'weights.bin'].reduce((s, f) => s + statSync(join(PUBLIC_DIR, 'models/sentiment-base', f)).size, 0);
    expect(facts).toEqual({
      pretraining: grouped(i.pretrainingReviews),
      labelled: String(reviews.labelled.length),
      held_out: String(reviews.test.length),
      validation: String(reviews.test.length / 2),
      test: String(reviews.test.length / 2),
      few: '8',
      epochs: '40',
      head_parameters: String(i.hidden + 1), // 16 weights + 1 bias
      vocabulary: String(v),
      hidden: String(i.hidden),
      weights: grouped(v * i.hidden + i.hidden + i.hidden + 1), // 1,809
      model_kb: fixed(modelBytes / 1024, 1),
      reviews_kb: fixed(statSync(reviewsFile).size / 1024, 0),
      margin: fixed(i.margin * 100, 0),
    });
    expectUsesExactly('fine-tuning', facts);
  });
});
