/**
 * Writes the fine-tuning lesson's data and pretrained model:
 *   public/data/reviews.json             gadget reviews: a few labelled for fine-tuning, a test set
 *   public/models/sentiment-base/        a bag-of-words sentiment model pretrained on 4,000
 *                                        restaurant reviews (model.json + weights.bin, tfjs format)
 * Everything is seeded: the same files every run (src/data/reviews.ts writes the reviews).
 * Run: npx tsx scripts/data/reviews.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { bagOfWords, generateReviews, VOCABULARY } from '../../src/data/reviews';

export const REVIEWS_FILE = resolve(import.meta.dirname, '../../public/data/reviews.json');
export const MODEL_DIR = resolve(import.meta.dirname, '../../public/models/sentiment-base');

export function gadgetData() {
  return {
    description: 'Short gadget reviews written by templates for the fine-tuning lesson (scripts/data/reviews.ts). label: 1 positive, 0 negative.',
    vocabulary: VOCABULARY,
    labelled: generateReviews('gadget', 24, 101),
    test: generateReviews('gadget', 400, 202),
  };
}

/** Pretrains the base model on restaurant reviews; returns it (the caller saves or disposes it). */
export async function pretrain(): Promise<tf.Sequential> {
  await tf.setBackend('cpu');
  const reviews = generateReviews('restaurant', 4000, 303);
  const xs = tf.tensor2d(reviews.map((r) => bagOfWords(r.text)));
  const ys = tf.tensor2d(reviews.map((r) => [r.label]));
  const model = tf.sequential();
  model.add(tf.layers.dense({ units: 16, activation: 'relu', inputShape: [VOCABULARY.length], name: 'features', kernelInitializer: tf.initializers.glorotUniform({ seed: 1 }) }));
  model.add(tf.layers.dense({ units: 1, activation: 'sigmoid', name: 'head', kernelInitializer: tf.initializers.glorotUniform({ seed: 2 }) }));
  model.compile({ optimizer: tf.train.adam(0.01), loss: 'binaryCrossentropy', metrics: ['accuracy'] });
  // eslint-disable-next-line @typescript-eslint/no-unsafe-enum-assignment -- tfjs types `verbose` with an enum it does not export; 0 is its SILENT.
  await model.fit(xs, ys, { epochs: 8, batchSize: 64, shuffle: false, verbose: 0 });
  tf.dispose([xs, ys]);
  return model;
}

async function main(): Promise<void> {
  writeFileSync(REVIEWS_FILE, JSON.stringify(gadgetData()) + '\n');
  const model = await pretrain();
  mkdirSync(MODEL_DIR, { recursive: true });
  await model.save(
    tf.io.withSaveHandler((artifacts) => {
      const weights = tf.io.CompositeArrayBuffer.join(artifacts.weightData);
      writeFileSync(resolve(MODEL_DIR, 'weights.bin'), Buffer.from(weights));
      writeFileSync(
        resolve(MODEL_DIR, 'model.json'),
        JSON.stringify({ format: 'layers-model', generatedBy: 'scripts/data/reviews.ts', modelTopology: artifacts.modelTopology, weightsManifest: [{ paths: ['weights.bin'], weights: artifacts.weightSpecs }] }) + '\n',
      );
      return Promise.resolve({ modelArtifactsInfo: { dateSaved: new Date(0), modelTopologyType: 'JSON' } });
    }),
  );
  console.log(`wrote ${REVIEWS_FILE} and ${MODEL_DIR}/{model.json,weights.bin}`);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) await main();
