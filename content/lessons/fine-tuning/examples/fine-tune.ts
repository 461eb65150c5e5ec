// Fine-tuning: a sentiment model pretrained on 4,000 restaurant reviews
// (models/sentiment-base, shipped with the app) learns gadget reviews from
// only 24 labelled examples, side by side with the same network trained
// from scratch on the same 24.

const freeze = lab.control('pretrained layer', { kind: 'choice', value: 'trainable', options: ['trainable', 'frozen'] });
const labelledCount = lab.control('labelled reviews', { kind: 'number', value: 24, options: [4, 8, 12, 16, 24] });
const epochs = Math.max(5, Math.round(40 * lab.scale));

// 1. The gadget reviews: a few labelled to learn from; the other 400 split into
//    200 for validation (watched while training) and 200 for the test (used once, at the end).
type Review = { text: string; label: number };
const data = await lab.fetchJSON<{ vocabulary: string[]; labelled: Review[]; test: Review[] }>('data/reviews.json');
const encode = (reviews: Review[]) => ({
  xs: tf.tensor2d(reviews.map((r) => {
    const words = new Set(r.text.split(' '));
    return data.vocabulary.map((w) => (words.has(w) ? 1 : 0));
  })),
  ys: tf.tensor2d(reviews.map((r) => [r.label])),
});
const labelled = data.labelled.slice(0, labelledCount);
const half = data.test.length / 2;
const few = encode(labelled);
const validation = encode(data.test.slice(0, half));
const testReviews = data.test.slice(half);
const test = encode(testReviews);
lab.print(`${labelled.length} labelled gadget reviews to learn from, ${half} to validate on, ${testReviews.length} to test on. One of them: "${labelled[0]?.text}" (${labelled[0]?.label ? 'positive' : 'negative'})`);

// 2. The pretrained model. Its first layer turned words into 16 features that
//    separate praise from complaint in restaurant reviews; freezing it keeps
//    them and trains only the final layer on the new reviews.
const pretrained = await tf.loadLayersModel(lab.url('models/sentiment-base/model.json'));
const features = pretrained.getLayer('features');
features.trainable = freeze === 'trainable';
// A layer's trainable flag takes effect when the model is compiled.
pretrained.compile({ optimizer: tf.train.adam(0.01), loss: 'binaryCrossentropy', metrics: ['accuracy'] });

// 3. The same architecture from random weights.
const scratch = tf.sequential();
scratch.add(tf.layers.dense({ units: 16, activation: 'relu', inputShape: [data.vocabulary.length], kernelInitializer: tf.initializers.glorotUniform({ seed: lab.seed }) }));
scratch.add(tf.layers.dense({ units: 1, activation: 'sigmoid', kernelInitializer: tf.initializers.glorotUniform({ seed: lab.seed + 1 }) }));
scratch.compile({ optimizer: tf.train.adam(0.01), loss: 'binaryCrossentropy', metrics: ['accuracy'] });

// Test accuracy, with its 95 % Wilson interval (src/math/intervals.ts), for k right out of n.
async function testAccuracy(model: tf.LayersModel): Promise<{ accuracy: number; low: number; high: number }> {
  const scores = await (model.predict(test.xs) as tf.Tensor).data();
  const n = testReviews.length;
  const k = testReviews.filter((r, i) => ((scores[i] ?? 0) >= 0.5 ? 1 : 0) === r.label).length;
  const z = 1.959964;
  const p = k / n;
  const d = 1 + (z * z) / n;
  const centre = (p + (z * z) / (2 * n)) / d;
  const half95 = (z / d) * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n));
  return { accuracy: p, low: Math.max(0, centre - half95), high: Math.min(1, centre + half95) };
}
const zeroShot = await testAccuracy(pretrained); // before any fine-tuning

// 4. Train both on the same labelled reviews; chart their validation accuracy after every epoch.
for (const [name, model] of [['fine-tuned', pretrained], ['from scratch', scratch]] as const) {
  await model.fit(few.xs, few.ys, {
    epochs,
    batchSize: 8,
    shuffle: false,
    validationData: [validation.xs, validation.ys],
    callbacks: lab.fitCallbacks({
      charts: [],
      onEpochEnd: (epoch, logs) => {
        lab.chart('validation accuracy', name, epoch + 1, logs['val_acc'] ?? NaN);
        lab.chart('training loss', name, epoch + 1, logs['loss'] ?? NaN);
      },
    }),
  });
}
const fineTuned = await testAccuracy(pretrained);
const fromScratch = await testAccuracy(scratch);
const row = (model: string, r: { accuracy: number; low: number; high: number }) => ({
  model,
  'test accuracy': `${(r.accuracy * 100).toFixed(1)} %`,
  '95 % interval': `${(r.low * 100).toFixed(1)} to ${(r.high * 100).toFixed(1)} %`,
});
lab.table([row('pretrained, no fine-tuning', zeroShot), row(`fine-tuned (${freeze} first layer)`, fineTuned), row('same network from scratch', fromScratch)]);
lab.metrics({
  labelled: labelled.length,
  zeroShot: zeroShot.accuracy,
  fineTuned: fineTuned.accuracy,
  fineTunedLow: fineTuned.low,
  fineTunedHigh: fineTuned.high,
  scratch: fromScratch.accuracy,
  scratchHigh: fromScratch.high,
});

export {};
