// Evaluating a classifier honestly: split the data, train on one part, tune on
// another, and judge on a test set it never saw, with more than accuracy.
// The task is imbalanced on purpose: only about 1 case in 12 is positive.
// zh: 诚实地评估一个分类器：把数据分开，在一部分上训练，在另一部分上调参，
// zh: 最后在它从未见过的测试集上评判，而且不只看准确率。
// zh: 这个任务故意做成不平衡的：大约 12 个样本里只有 1 个是正例。

const threshold = lab.control('decision threshold', { value: 0.5, min: 0.05, max: 0.95, step: 0.05 });
//zh> const threshold = lab.control('决策阈值', { value: 0.5, min: 0.05, max: 0.95, step: 0.05 });
const epochs = lab.control('epochs', { kind: 'number', value: 30, options: [3, 10, 30] });
//zh> const epochs = lab.control('训练轮数', { kind: 'number', value: 30, options: [3, 10, 30] });
const rng = lab.random();

// 1. Data: 2,000 cases with two measurements each. Positives sit higher on both, with overlap.
// zh: 1. 数据：2,000 个样本，每个有两项测量值。正例在两项上都偏高，但与负例有重叠。
const n = 2000;
const cases = Array.from({ length: n }, () => {
  const positive = rng.next() < 0.08;
  const shift = positive ? 1.6 : 0;
  return { features: [rng.normal(shift, 1), rng.normal(shift, 1)], label: positive ? 1 : 0 };
});

// 2. Split 60 / 20 / 20: train on the first part, watch validation while training, test once at the end.
// zh: 2. 按 60 / 20 / 20 划分：在第一部分上训练，训练时盯着验证集，最后只在测试集上测一次。
const trainEnd = Math.round(n * 0.6);
const validationEnd = Math.round(n * 0.8);
const tensors = (part: typeof cases) => ({ xs: tf.tensor2d(part.map((c) => c.features)), ys: tf.tensor2d(part.map((c) => [c.label])) });
const train = tensors(cases.slice(0, trainEnd));
const validation = tensors(cases.slice(trainEnd, validationEnd));
const testCases = cases.slice(validationEnd);
const test = tensors(testCases);

// 3. A small model: 8 ReLU units, one sigmoid output.
// zh: 3. 一个小模型：8 个 ReLU 单元，一个 sigmoid 输出。
const model = tf.sequential();
model.add(tf.layers.dense({ units: 8, activation: 'relu', inputShape: [2], kernelInitializer: tf.initializers.glorotUniform({ seed: lab.seed }) }));
model.add(tf.layers.dense({ units: 1, activation: 'sigmoid', kernelInitializer: tf.initializers.glorotUniform({ seed: lab.seed + 1 }) }));
model.compile({ optimizer: tf.train.adam(0.01), loss: 'binaryCrossentropy' });
await model.fit(train.xs, train.ys, {
  epochs: Math.max(1, Math.round(epochs * lab.scale)),
  batchSize: 64,
  shuffle: false,
  validationData: [validation.xs, validation.ys],
  callbacks: lab.fitCallbacks({ charts: ['loss'] }),
});

// 4. Scores on the test set: P(positive) for each case.
// zh: 4. 测试集上的得分：每个样本的 P(正例)。
const scoreTensor = model.predict(test.xs) as tf.Tensor;
const scores = Array.from(await scoreTensor.data());
const labels = testCases.map((c) => c.label);

// 5. The metrics, written out (src/math/metrics.ts in the repository does the same).
// zh: 5. 把各项指标一一写出来（仓库里的 src/math/metrics.ts 做的是同样的事）。
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
const precision = c.tp + c.fp === 0 ? NaN : c.tp / (c.tp + c.fp); // undefined when it never says yes // zh: 模型从不说“是”时无定义
const recall = c.tp / positives;
// F1 with counts, 2TP / (2TP + FP + FN): the harmonic mean of precision and recall,
// and 0 when nothing is found, for the model and the always-no baseline alike.
// zh: 用计数写 F1，即 2TP / (2TP + FP + FN)：它就是查准率和召回率的调和平均；
// zh: 一个正例都没找到时为 0，模型和“总说否”基线都一样。
const f1 = (2 * c.tp) / (2 * c.tp + c.fp + c.fn);
const alwaysNo = negatives / labels.length;

// 6. How sure is the accuracy? The Wilson 95 % interval for k right out of n
//    (src/math/intervals.ts): a different test set of the same size would land in it.
// zh: 6. 准确率有多可靠？k 对 n 的 Wilson 95 % 区间（src/math/intervals.ts）：
// zh:    换一个同样大小的测试集，结果大致会落在这个区间里。
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
//zh> lab.heatmap('混淆矩阵（测试集）', {
  values: [[c.tn, c.fp], [c.fn, c.tp]],
  showValues: true,
  rowLabels: ['no', 'yes'],
//zh>   rowLabels: ['否', '是'],
  columnLabels: ['no', 'yes'],
//zh>   columnLabels: ['否', '是'],
  yTitle: 'actual',
//zh>   yTitle: '实际',
  xTitle: 'predicted',
//zh>   xTitle: '预测',
});

// 7. ROC and precision–recall: sweep the threshold from high to low; each step
//    trades false alarms for hits. Tied scores move together.
// zh: 7. ROC 与查准率–召回率曲线：把阈值从高往低扫，每一步都用误报换命中。
// zh:    得分相同的样本一起移动。
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
// zh: 平均查准率：每个阈值处的查准率，以该阈值新增的召回率加权。
let averagePrecision = 0;
prRecall.forEach((r, k) => (averagePrecision += (r - (prRecall[k - 1] ?? 0)) * (prPrecision[k] ?? 0)));
const prevalence = positives / labels.length;
lab.plot('ROC curve (test set)', [
//zh> lab.plot('ROC 曲线（测试集）', [
  { name: 'model', x: fpr, y: tpr },
//zh>   { name: '模型', x: fpr, y: tpr },
  { name: 'chance', x: [0, 1], y: [0, 1] },
//zh>   { name: '随机猜', x: [0, 1], y: [0, 1] },
]);
lab.plot('precision–recall curve (test set)', [
//zh> lab.plot('查准率–召回率曲线（测试集）', [
  { name: 'model', x: prRecall, y: prPrecision },
//zh>   { name: '模型', x: prRecall, y: prPrecision },
  { name: 'chance (share of positives)', x: [0, 1], y: [prevalence, prevalence] },
//zh>   { name: '随机猜（正例占比）', x: [0, 1], y: [prevalence, prevalence] },
]);

const pct = (v: number) => (Number.isNaN(v) ? 'undefined' : `${(v * 100).toFixed(1)} %`);
//zh> const pct = (v: number) => (Number.isNaN(v) ? '无定义' : `${(v * 100).toFixed(1)} %`);
lab.table([
  { 'metric': 'accuracy', 'model': `${pct(accuracy)} (95 % interval ${pct(accuracyLow)} to ${pct(accuracyHigh)})`, 'always say no': pct(alwaysNo) },
//zh>   { '指标': '准确率', '模型': `${pct(accuracy)}（95 % 区间 ${pct(accuracyLow)} 至 ${pct(accuracyHigh)}）`, '总说否': pct(alwaysNo) },
  { 'metric': 'precision', 'model': pct(precision), 'always say no': 'undefined (never says yes)' },
//zh>   { '指标': '查准率', '模型': pct(precision), '总说否': '无定义（从不说“是”）' },
  { 'metric': 'recall', 'model': `${pct(recall)} (95 % interval ${pct(recallLow)} to ${pct(recallHigh)}, from ${positives} positives)`, 'always say no': pct(0) },
//zh>   { '指标': '召回率', '模型': `${pct(recall)}（95 % 区间 ${pct(recallLow)} 至 ${pct(recallHigh)}，基于 ${positives} 个正例）`, '总说否': pct(0) },
  { 'metric': 'F1', 'model': pct(f1), 'always say no': pct(0) },
//zh>   { '指标': 'F1', '模型': pct(f1), '总说否': pct(0) },
  { 'metric': 'AUC', 'model': auc.toFixed(3), 'always say no': '0.500' },
//zh>   { '指标': 'AUC', '模型': auc.toFixed(3), '总说否': '0.500' },
  { 'metric': 'average precision', 'model': averagePrecision.toFixed(3), 'always say no': `${prevalence.toFixed(3)} (share of positives)` },
//zh>   { '指标': '平均查准率', '模型': averagePrecision.toFixed(3), '总说否': `${prevalence.toFixed(3)}（正例占比）` },
]);
lab.print(`Threshold ${threshold}: ${c.tp} of ${positives} positives found, ${c.fp} false alarms among ${negatives} negatives.`);
//zh> lab.print(`阈值 ${threshold}：找到 ${c.tp} 个正例（共 ${positives} 个），误报 ${c.fp} 个（负例共 ${negatives} 个）。`);

// The test-set scores, for checking the numbers elsewhere (a spreadsheet, or this lesson's tests).
// zh: 测试集上的得分，方便在别处核对这些数字（电子表格，或本课的测试）。
lab.download('test-scores.csv', 'label,score\n' + labels.map((y, i) => `${y},${scores[i]}`).join('\n'), 'text/csv');
lab.metrics({ threshold, accuracy, accuracyLow, accuracyHigh, precision, recall, recallLow, recallHigh, f1, auc, averagePrecision, prevalence, alwaysNoAccuracy: alwaysNo, saidYes: c.tp + c.fp });

export {};
