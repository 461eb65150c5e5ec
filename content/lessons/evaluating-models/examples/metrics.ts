// Evaluating a classifier honestly: split the data, train on one part, tune on
// another, and judge on a test set it never saw, with more than accuracy.
// The task is imbalanced on purpose: only about 1 case in 12 is positive.

const threshold = lab.control('decision threshold', { value: 0.5, min: 0.05, max: 0.95, step: 0.05 });
const epochs = lab.control('epochs', { kind: 'number', value: 30, options: [3, 10, 30] });
const rng = lab.random();

// 1. Data: 2,000 cases with two measurements each. Positives sit higher on both, with overlap.
const n = 2000;
const cases = Array.from({ length: n }, () => {
  const positive = rng.next() < 0.08;
  const shift = positive ? 1.6 : 0;
  return { features: [rng.normal(shift, 1), rng.normal(shift, 1)], label: positive ? 1 : 0 };
});

// 2. Split 60 / 20 / 20: train on the first part, watch validation while training, test once at the end.
const trainEnd = Math.round(n * 0.6);
const validationEnd = Math.round(n * 0.8);
const tensors = (part: typeof cases) => ({ xs: tf.tensor2d(part.map((c) => c.features)), ys: tf.tensor2d(part.map((c) => [c.label])) });
const train = tensors(cases.slice(0, trainEnd));
const validation = tensors(cases.slice(trainEnd, validationEnd));
const testCases = cases.slice(validationEnd);
const test = tensors(testCases);

// 3. A small model: 8 ReLU units, one sigmoid output.
const model = tf.sequential();
model.add(tf.layers.dense({ units: 8, activation: 'relu', inputShape: [2], kernelInitializer: tf.initializers.glorotUniform({ seed: lab.seed }) }));
model.add(tf.layers.dense({ units: 1, activation: 'sigmoid', kernelInitializer: tf.initializers.glorotUniform({ seed: lab.seed + 1 }) }));
model.compile({ optimizer: tf.train.adam(0.01), loss: 'binaryCrossentropy' });
await model.fit(train.xs, train.ys, {
  epochs: Math.max(3, Math.round(epochs * lab.scale)),
  batchSize: 64,
  shuffle: false,
  validationData: [validation.xs, validation.ys],
  callbacks: lab.fitCallbacks({ charts: ['loss'] }),
});

// 4. Scores on the test set: P(positive) for each case.
const scoreTensor = model.predict(test.xs) as tf.Tensor;
const scores = Array.from(await scoreTensor.data());
const labels = testCases.map((c) => c.label);

// 5. The metrics, written out (src/math/metrics.ts in the repository does the same).
const count = (t: number) => {
  let tp = 0, fp = 0, fn = 0, tn = 0;
  labels.forEach((y, i) => {
    const called = (scores[i] ?? 0) >= t;
    if (y === 1 && called) tp++;
    else if (y === 1) fn++;
    else if (called) fp++;
    else tn++;
  });
  return { tp, fp, fn, tn };
};
const c = count(threshold);
const positives = c.tp + c.fn;
const negatives = c.fp + c.tn;
const accuracy = (c.tp + c.tn) / labels.length;
const precision = c.tp + c.fp === 0 ? NaN : c.tp / (c.tp + c.fp); // undefined when it never says yes
const recall = c.tp / positives;
// F1 with counts, 2TP / (2TP + FP + FN): the harmonic mean of precision and recall,
// and 0 when nothing is found, for the model and the always-no baseline alike.
const f1 = (2 * c.tp) / (2 * c.tp + c.fp + c.fn);
const alwaysNo = negatives / labels.length;

// 6. How sure is the accuracy? The Wilson 95 % interval for k right out of n
//    (src/math/intervals.ts): a different test set of the same size would land in it.
function wilson(k: number, total: number): [number, number] {
  const z = 1.959964;
  const p = k / total;
  const d = 1 + (z * z) / total;
  const centre = (p + (z * z) / (2 * total)) / d;
  const half = (z / d) * Math.sqrt((p * (1 - p)) / total + (z * z) / (4 * total * total));
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}
const [accuracyLow, accuracyHigh] = wilson(c.tp + c.tn, labels.length);
const [recallLow, recallHigh] = wilson(c.tp, positives);

lab.heatmap('confusion matrix (test set)', {
  values: [[c.tn, c.fp], [c.fn, c.tp]],
  showValues: true,
  rowLabels: ['no', 'yes'],
  columnLabels: ['no', 'yes'],
  yTitle: 'actual',
  xTitle: 'predicted',
});

// 7. ROC and precision–recall: sweep the threshold from high to low; each step
//    trades false alarms for hits. Tied scores move together.
const order = scores.map((_, i) => i).sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0));
const fpr = [0];
const tpr = [0];
const prRecall: number[] = [];
const prPrecision: number[] = [];
let hits = 0;
let falseAlarms = 0;
order.forEach((i, k) => {
  if (labels[i] === 1) hits++;
  else falseAlarms++;
  const next = order[k + 1];
  if (next === undefined || scores[next] !== scores[i]) {
    fpr.push(falseAlarms / negatives);
    tpr.push(hits / positives);
    prRecall.push(hits / positives);
    prPrecision.push(hits / (hits + falseAlarms));
  }
});
let auc = 0;
for (let k = 1; k < fpr.length; k++) auc += ((fpr[k] ?? 0) - (fpr[k - 1] ?? 0)) * (((tpr[k] ?? 0) + (tpr[k - 1] ?? 0)) / 2);
// Average precision: each threshold's precision, weighted by the recall it adds.
let averagePrecision = 0;
prRecall.forEach((r, k) => (averagePrecision += (r - (prRecall[k - 1] ?? 0)) * (prPrecision[k] ?? 0)));
const prevalence = positives / labels.length;
lab.plot('ROC curve (test set)', [
  { name: 'model', x: fpr, y: tpr },
  { name: 'chance', x: [0, 1], y: [0, 1] },
]);
lab.plot('precision–recall curve (test set)', [
  { name: 'model', x: prRecall, y: prPrecision },
  { name: 'chance (share of positives)', x: [0, 1], y: [prevalence, prevalence] },
]);

const pct = (v: number) => (Number.isNaN(v) ? 'undefined' : `${(v * 100).toFixed(1)} %`);
lab.table([
  { metric: 'accuracy', model: `${pct(accuracy)} (95 % interval ${pct(accuracyLow)} to ${pct(accuracyHigh)})`, 'always say no': pct(alwaysNo) },
  { metric: 'precision', model: pct(precision), 'always say no': 'undefined (never says yes)' },
  { metric: 'recall', model: `${pct(recall)} (95 % interval ${pct(recallLow)} to ${pct(recallHigh)}, from ${positives} positives)`, 'always say no': pct(0) },
  { metric: 'F1', model: pct(f1), 'always say no': pct(0) },
  { metric: 'AUC', model: auc.toFixed(3), 'always say no': '0.500' },
  { metric: 'average precision', model: averagePrecision.toFixed(3), 'always say no': `${prevalence.toFixed(3)} (share of positives)` },
]);
lab.print(`Threshold ${threshold}: ${c.tp} of ${positives} positives found, ${c.fp} false alarms among ${negatives} negatives.`);

// The test-set scores, for checking the numbers elsewhere (a spreadsheet, or this lesson's tests).
lab.download('test-scores.csv', 'label,score\n' + labels.map((y, i) => `${y},${scores[i]}`).join('\n'), 'text/csv');
lab.metrics({ threshold, accuracy, accuracyLow, accuracyHigh, precision, recall, recallLow, recallHigh, f1, auc, averagePrecision, prevalence, alwaysNoAccuracy: alwaysNo, saidYes: c.tp + c.fp });

export {};
