// Credit scoring: will a borrower default within a year? A small network on
// 2,500 synthetic borrowers (data/credit.json, shipped with the app).
// Settings: train on the real labels, or on labels shuffled at random.
// zh: 信用评分：借款人会不会在一年内违约？一个小网络，2,500 位合成的借款人
// zh: （data/credit.json，随应用一起提供）。
// zh: 设置：用真实标签训练，或者用随机打乱的标签训练。

const labelsChoice = lab.control('labels', { kind: 'choice', value: 'real labels', options: ['real labels', 'random labels'] });
//zh> const labelsChoice = lab.control('标签', { kind: 'choice', value: '真实标签', options: ['真实标签', '随机标签'] });
const rng = lab.random();

// 1. Load the data set: columns and rows, the last column is `defaulted` (0 or 1).
// zh: 1. 加载数据集：列名和各行数据，最后一列是 `defaulted`（0 或 1）。
const data = await lab.fetchJSON<{ columns: string[]; rows: number[][] }>('data/credit.json');
const features = data.columns.slice(0, -1);
let rows = rng.shuffle(data.rows);
if (labelsChoice === 'random labels') {
//zh> if (labelsChoice === '随机标签') {
  // Same features, labels shuffled across borrowers: the default rate stays, the link to the features is gone.
  // zh: 特征不变，标签在借款人之间打乱：违约率不变，特征与结果之间的联系却没了。
  const shuffledLabels = rng.shuffle(rows.map((r) => r.at(-1) ?? 0));
  rows = rows.map((r, i) => [...r.slice(0, -1), shuffledLabels[i] ?? 0]);
}
lab.print(`${rows.length} borrowers, features: ${features.join(', ')}; ${labelsChoice}.`);
//zh> lab.print(`${rows.length} 位借款人，特征：${features.join(', ')}；${labelsChoice}。`);

// 2. Split 60 / 20 / 20: train on the first part, watch the validation part while
//    training, and judge once on the test part at the end. Standardize with the
//    TRAINING set's mean and spread only: the other parts must look like new data.
// zh: 2. 按 60 / 20 / 20 划分：在第一部分上训练，训练时盯着验证部分，最后在测试部分上
// zh:    只评判一次。标准化只用训练集的均值和标准差：其余部分必须像新数据一样。
const trainEnd = Math.round(rows.length * 0.6);
const validationEnd = Math.round(rows.length * 0.8);
const trainRows = rows.slice(0, trainEnd);
const validationRows = rows.slice(trainEnd, validationEnd);
const testRows = rows.slice(validationEnd);
const means = features.map((_, j) => trainRows.reduce((s, r) => s + (r[j] ?? 0), 0) / trainRows.length);
const spreads = features.map((_, j) => Math.sqrt(trainRows.reduce((s, r) => s + ((r[j] ?? 0) - (means[j] ?? 0)) ** 2, 0) / trainRows.length) || 1);
const toTensors = (part: number[][]) => ({
  xs: tf.tensor2d(part.map((r) => features.map((_, j) => ((r[j] ?? 0) - (means[j] ?? 0)) / (spreads[j] ?? 1)))),
  ys: tf.tensor2d(part.map((r) => [r.at(-1) ?? 0])),
});
const train = toTensors(trainRows);
const validation = toTensors(validationRows);
const test = toTensors(testRows);

// 3. Dense 32 → 16 → 1: ReLU hidden layers, ONE sigmoid output = P(default).
// zh: 3. Dense 32 → 16 → 1：隐藏层用 ReLU，只有一个 sigmoid 输出 = P(违约)。
const init = (k: number) => tf.initializers.glorotUniform({ seed: lab.seed + k });
const model = tf.sequential();
model.add(tf.layers.dense({ units: 32, activation: 'relu', inputShape: [features.length], kernelInitializer: init(1) }));
model.add(tf.layers.dense({ units: 16, activation: 'relu', kernelInitializer: init(2) }));
model.add(tf.layers.dense({ units: 1, activation: 'sigmoid', kernelInitializer: init(3) }));
// The output is already a probability, so the loss takes probabilities: 'binaryCrossentropy'.
// (from_logits-style losses, e.g. tf.losses.sigmoidCrossEntropy, expect RAW scores: a linear output.)
// zh: 输出已经是概率，所以损失函数接收概率：'binaryCrossentropy'。
// zh: （from_logits 一类的损失，例如 tf.losses.sigmoidCrossEntropy，要的是原始分数：线性输出。）
model.compile({ optimizer: tf.train.adam(0.001), loss: 'binaryCrossentropy', metrics: ['accuracy'] });
await model.fit(train.xs, train.ys, {
  epochs: Math.max(1, Math.round(40 * lab.scale)),
  batchSize: 64,
  shuffle: false,
  validationData: [validation.xs, validation.ys],
  callbacks: lab.fitCallbacks({ charts: ['loss', 'acc'] }),
});

// 4. Judge on the test set, once: accuracy (with its 95 % Wilson interval) against
//    the always-"no default" baseline, and AUC (the chance a random defaulter gets a
//    higher score than a random non-defaulter).
// zh: 4. 在测试集上评判，只评一次：准确率（附 95 % Wilson 区间）与“一律判为不违约”的基线
// zh:    比较，再看 AUC（随机挑一位违约者，其分数高于随机挑的一位未违约者的概率）。
const scoreTensor = model.predict(test.xs) as tf.Tensor;
const scores = Array.from(await scoreTensor.data());
const labels = testRows.map((r) => r.at(-1) ?? 0);
const right = labels.filter((y, i) => ((scores[i] ?? 0) >= 0.5 ? 1 : 0) === y).length;
const accuracy = right / labels.length;
const baseline = labels.filter((y) => y === 0).length / labels.length;
function wilson(k: number, n: number): [number, number] {
  const z = 1.959964;
  const p = k / n;
  const d = 1 + (z * z) / n;
  const centre = (p + (z * z) / (2 * n)) / d;
  const half = (z / d) * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n));
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}
const [accuracyLow, accuracyHigh] = wilson(right, labels.length);
const pos = scores.filter((_, i) => labels[i] === 1);
const neg = scores.filter((_, i) => labels[i] === 0);
let wins = 0;
for (const p of pos) for (const q of neg) wins += p > q ? 1 : p === q ? 0.5 : 0;
const auc = wins / (pos.length * neg.length);

// 5. Defaults are rare, so also the precision–recall view: average precision is each
//    threshold's precision weighted by the recall it adds; chance is the default rate.
// zh: 5. 违约很少见，所以还要看查准率–召回率：平均精度是每个阈值下的查准率，按它新增的
// zh:    召回率加权；瞎猜的水平就是违约率。
const order = scores.map((_, i) => i).sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0));
let found = 0;
let averagePrecision = 0;
order.forEach((i, k) => {
  if (labels[i] === 1) {
    found++;
    averagePrecision += found / (k + 1) / pos.length; // precision at this borrower × the recall (1/positives) it adds // zh: 到这位借款人为止的查准率 × 它新增的召回率（1/正例数）
  }
});
const defaultRate = pos.length / labels.length;

// 6. Calibration: among borrowers given about 20 %, do about 20 % default? Ten bins of
//    predicted probability; a calibrated model follows the diagonal.
// zh: 6. 校准：预测违约概率约为 20 % 的借款人里，是否真有约 20 % 违约？按预测概率分成
// zh:    十个区间；校准良好的模型沿着对角线走。
const bins = Array.from({ length: 10 }, () => ({ n: 0, predicted: 0, defaults: 0 }));
scores.forEach((s, i) => {
  const bin = bins[Math.min(9, Math.floor(s * 10))];
  if (!bin) return;
  bin.n++;
  bin.predicted += s;
  bin.defaults += labels[i] ?? 0;
});
const used = bins.filter((b) => b.n > 0);
const calibrationError = used.reduce((s, b) => s + (b.n / labels.length) * Math.abs(b.defaults / b.n - b.predicted / b.n), 0);
lab.plot('reliability diagram (test set)', [
//zh> lab.plot('可靠性图（测试集）', [
  { name: 'model: observed default rate per bin', x: used.map((b) => b.predicted / b.n), y: used.map((b) => b.defaults / b.n) },
//zh>   { name: '模型：各区间实际违约率', x: used.map((b) => b.predicted / b.n), y: used.map((b) => b.defaults / b.n) },
  { name: 'perfect calibration', x: [0, 1], y: [0, 1] },
//zh>   { name: '完美校准', x: [0, 1], y: [0, 1] },
]);

const pct = (v: number) => `${(v * 100).toFixed(1)} %`;
lab.print(
  `Test set (${labels.length} borrowers, used once): accuracy ${pct(accuracy)} (95 % interval ${pct(accuracyLow)} to ${pct(accuracyHigh)}; always "no default": ${pct(baseline)}), ` +
//zh>   `测试集（${labels.length} 位借款人，只用一次）：准确率 ${pct(accuracy)}（95 % 区间 ${pct(accuracyLow)} 至 ${pct(accuracyHigh)}；一律判为“不违约”：${pct(baseline)}），` +
    `AUC ${auc.toFixed(3)}, average precision ${averagePrecision.toFixed(3)} (chance: the default rate, ${defaultRate.toFixed(3)}), ` +
//zh>     `AUC ${auc.toFixed(3)}，平均精度 ${averagePrecision.toFixed(3)}（瞎猜的水平即违约率 ${defaultRate.toFixed(3)}），` +
    `calibration error ${calibrationError.toFixed(3)}.`,
//zh>     `校准误差 ${calibrationError.toFixed(3)}。`,
);
if (labelsChoice === 'random labels') lab.print('With random labels there is nothing to learn: AUC near 0.5 is the honest result, whatever the training curves did.');
//zh> if (labelsChoice === '随机标签') lab.print('标签是随机的，就没有什么可学：无论训练曲线怎么走，AUC 接近 0.5 才是诚实的结果。');
lab.metrics({ testAccuracy: accuracy, accuracyLow, accuracyHigh, baselineAccuracy: baseline, testAuc: auc, averagePrecision, defaultRate, calibrationError, testBorrowers: labels.length });

export {};
