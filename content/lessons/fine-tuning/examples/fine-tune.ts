// Fine-tuning: a sentiment model pretrained on 4,000 restaurant reviews
// (models/sentiment-base, shipped with the app) learns gadget reviews from
// only 24 labelled examples, side by side with the same network trained
// from scratch on the same 24.

const freeze = lab.control('pretrained layer', { kind: 'choice', value: 'trainable', options: ['trainable', 'frozen'] });
const epochs = Math.max(5, Math.round(40 * lab.scale));

// 1. The gadget reviews: a few labelled, a test set, and the vocabulary both models use.
type Review = { text: string; label: number };
const data = await lab.fetchJSON<{ vocabulary: string[]; labelled: Review[]; test: Review[] }>('data/reviews.json');
const encode = (reviews: Review[]) => ({
  xs: tf.tensor2d(reviews.map((r) => {
    const words = new Set(r.text.split(' '));
    return data.vocabulary.map((w) => (words.has(w) ? 1 : 0));
  })),
  ys: tf.tensor2d(reviews.map((r) => [r.label])),
});
const few = encode(data.labelled);
const test = encode(data.test);
lab.print(`${data.labelled.length} labelled gadget reviews to learn from, ${data.test.length} to test on. One of them: "${data.labelled[0]?.text}" (${data.labelled[0]?.label ? 'positive' : 'negative'})`);

// 2. The pretrained model. Its first layer turned words into 16 features that
//    separate praise from complaint in restaurant reviews; freezing it keeps
//    them and trains only the final layer on the new reviews.
const pretrained = await tf.loadLayersModel(lab.url('models/sentiment-base/model.json'));
pretrained.compile({ optimizer: tf.train.adam(0.01), loss: 'binaryCrossentropy', metrics: ['accuracy'] });
const baseline = pretrained.evaluate(test.xs, test.ys) as tf.Scalar[];
const zeroShot = (await baseline[1]?.data())?.[0] ?? NaN;
lab.print(`Pretrained model on gadget reviews before any fine-tuning: ${(zeroShot * 100).toFixed(1)} % correct.`);
const features = pretrained.getLayer('features');
features.trainable = freeze === 'trainable';
// Compile again: a layer's trainable flag takes effect when the model is compiled.
pretrained.compile({ optimizer: tf.train.adam(0.01), loss: 'binaryCrossentropy', metrics: ['accuracy'] });

// 3. The same architecture from random weights.
const scratch = tf.sequential();
scratch.add(tf.layers.dense({ units: 16, activation: 'relu', inputShape: [data.vocabulary.length], kernelInitializer: tf.initializers.glorotUniform({ seed: lab.seed }) }));
scratch.add(tf.layers.dense({ units: 1, activation: 'sigmoid', kernelInitializer: tf.initializers.glorotUniform({ seed: lab.seed + 1 }) }));
scratch.compile({ optimizer: tf.train.adam(0.01), loss: 'binaryCrossentropy', metrics: ['accuracy'] });

// 4. Train both on the same 24 reviews; chart their test accuracy after every epoch.
const results: Record<string, number> = {};
for (const [name, model] of [['fine-tuned', pretrained], ['from scratch', scratch]] as const) {
  await model.fit(few.xs, few.ys, {
    epochs,
    batchSize: 8,
    shuffle: false,
    validationData: [test.xs, test.ys],
    callbacks: lab.fitCallbacks({
      charts: [],
      onEpochEnd: (epoch, logs) => {
        lab.chart('test accuracy', name, epoch + 1, logs['val_acc'] ?? NaN);
        lab.chart('training loss', name, epoch + 1, logs['loss'] ?? NaN);
        results[name] = logs['val_acc'] ?? NaN;
      },
    }),
  });
}
lab.table([
  { model: 'pretrained, no fine-tuning', 'test accuracy': `${(zeroShot * 100).toFixed(1)} %` },
  { model: `fine-tuned (${freeze} first layer)`, 'test accuracy': `${((results['fine-tuned'] ?? 0) * 100).toFixed(1)} %` },
  { model: 'same network from scratch', 'test accuracy': `${((results['from scratch'] ?? 0) * 100).toFixed(1)} %` },
]);
lab.metrics({ zeroShot, fineTuned: results['fine-tuned'] ?? NaN, scratch: results['from scratch'] ?? NaN });

export {};
