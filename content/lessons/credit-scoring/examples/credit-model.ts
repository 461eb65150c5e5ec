// Credit scoring: will a borrower default within a year? A small network on
// 2,500 synthetic borrowers (data/credit.json, shipped with the app).
// Settings: train on the real labels, or on labels shuffled at random.

const labelsChoice = lab.control('labels', { kind: 'choice', value: 'real labels', options: ['real labels', 'random labels'] });
const rng = lab.random();

// 1. Load the data set: columns and rows, the last column is `defaulted` (0 or 1).
const data = await lab.fetchJSON<{ columns: string[]; rows: number[][] }>('data/credit.json');
const features = data.columns.slice(0, -1);
let rows = rng.shuffle(data.rows);
if (labelsChoice === 'random labels') {
  // Same features, labels shuffled across borrowers: the default rate stays, the link to the features is gone.
  const shuffledLabels = rng.shuffle(rows.map((r) => r.at(-1) ?? 0));
  rows = rows.map((r, i) => [...r.slice(0, -1), shuffledLabels[i] ?? 0]);
}
lab.print(`${rows.length} borrowers, features: ${features.join(', ')}; ${labelsChoice}.`);

// 2. Split 70 / 30 and standardize with the TRAINING set's mean and spread only:
//    the test set must look like new data, which we have not seen when we fit the scaler.
const cut = Math.round(rows.length * 0.7);
const trainRows = rows.slice(0, cut);
const testRows = rows.slice(cut);
const means = features.map((_, j) => trainRows.reduce((s, r) => s + (r[j] ?? 0), 0) / trainRows.length);
const stds = features.map((_, j) => Math.sqrt(trainRows.reduce((s, r) => s + ((r[j] ?? 0) - (means[j] ?? 0)) ** 2, 0) / trainRows.length) || 1);
const toTensors = (part: number[][]) => ({
  xs: tf.tensor2d(part.map((r) => features.map((_, j) => ((r[j] ?? 0) - (means[j] ?? 0)) / (stds[j] ?? 1)))),
  ys: tf.tensor2d(part.map((r) => [r.at(-1) ?? 0])),
});
const train = toTensors(trainRows);
const test = toTensors(testRows);

// 3. Dense 32 → 16 → 1: ReLU hidden layers, ONE sigmoid output = P(default).
const init = (k: number) => tf.initializers.glorotUniform({ seed: lab.seed + k });
const model = tf.sequential();
model.add(tf.layers.dense({ units: 32, activation: 'relu', inputShape: [features.length], kernelInitializer: init(1) }));
model.add(tf.layers.dense({ units: 16, activation: 'relu', kernelInitializer: init(2) }));
model.add(tf.layers.dense({ units: 1, activation: 'sigmoid', kernelInitializer: init(3) }));
// The output is already a probability, so the loss takes probabilities: 'binaryCrossentropy'.
// (from_logits-style losses, e.g. tf.losses.sigmoidCrossEntropy, expect RAW scores: a linear output.)
model.compile({ optimizer: tf.train.adam(0.001), loss: 'binaryCrossentropy', metrics: ['accuracy'] });
await model.fit(train.xs, train.ys, {
  epochs: Math.max(3, Math.round(40 * lab.scale)),
  batchSize: 64,
  shuffle: false,
  validationData: [test.xs, test.ys],
  callbacks: lab.fitCallbacks({ charts: ['loss', 'acc'] }),
});

// 4. Judge on the test set: accuracy against the always-"no default" baseline, and AUC
//    (the chance a random defaulter gets a higher score than a random non-defaulter).
const scoreTensor = model.predict(test.xs) as tf.Tensor;
const scores = Array.from(await scoreTensor.data());
const labels = testRows.map((r) => r.at(-1) ?? 0);
const accuracy = labels.filter((y, i) => ((scores[i] ?? 0) >= 0.5 ? 1 : 0) === y).length / labels.length;
const baseline = labels.filter((y) => y === 0).length / labels.length;
const pos = scores.filter((_, i) => labels[i] === 1);
const neg = scores.filter((_, i) => labels[i] === 0);
let wins = 0;
for (const p of pos) for (const q of neg) wins += p > q ? 1 : p === q ? 0.5 : 0;
const auc = wins / (pos.length * neg.length);
lab.print(`Test set: accuracy ${(accuracy * 100).toFixed(1)} % (always "no default": ${(baseline * 100).toFixed(1)} %), AUC ${auc.toFixed(3)}.`);
if (labelsChoice === 'random labels') lab.print('With random labels there is nothing to learn: AUC near 0.5 is the honest result, whatever the training curves did.');
lab.metrics({ testAccuracy: accuracy, baselineAccuracy: baseline, testAuc: auc });

export {};
