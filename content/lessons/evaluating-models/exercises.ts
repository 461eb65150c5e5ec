/**
 * Exercises of "Evaluating a model": every answer is computed here with the
 * course's own metrics (src/math/metrics), never typed in.
 */
import { defineExercises } from '../../../src/exercises/define';
import { fmt, fmtGrouped, fmtPercent } from '../../../src/format/prose';
import { accuracy, auc, f1, precision, recall, type Confusion } from '../../../src/math/metrics';

// A fresh confusion matrix for the F1 exercise (not the lesson's worked one).
const screen: Confusion = { tp: 45, fp: 15, fn: 30, tn: 910 };
const screenPrecision = precision(screen);
const screenRecall = recall(screen);
const screenF1 = f1(screen);

// The accuracy trap: card payments, few of them fraud, and a model that always says "no".
const payments = 5000;
const frauds = 100;
const alwaysNo: Confusion = { tp: 0, fp: 0, fn: frauds, tn: payments - frauds };
const alwaysNoAccuracy = accuracy(alwaysNo);

// AUC by counting pairs: three positives and four negatives with their scores.
const positiveScores = [0.9, 0.6, 0.35];
const negativeScores = [0.7, 0.4, 0.3, 0.1];
const pairAuc = auc(
  [...positiveScores.map(() => 1), ...negativeScores.map(() => 0)],
  [...positiveScores, ...negativeScores],
);
// For each positive: how many negatives score lower (no ties here).
const beaten = positiveScores.map((p) => negativeScores.filter((n) => n < p).length);
const pairs = positiveScores.length * negativeScores.length;
const wins = beaten.reduce((a, b) => a + b, 0);
// The pairs the ranking gets wrong: a negative scored above a positive.
const lost = positiveScores.flatMap((p) => negativeScores.filter((n) => n > p).map((n) => `${n} > ${p}`));

export const exercises = defineExercises([
  {
    id: 'f1-from-counts',
    kind: 'number',
    title: { en: 'F1 from four counts', zh: '从四个计数算 F1' },
    prompt: {
      en: `A screening model on ${fmtGrouped(screen.tp + screen.fp + screen.fn + screen.tn)} cases gets TP = ${screen.tp}, FP = ${screen.fp}, FN = ${screen.fn}, TN = ${screen.tn}. What is its F1 score? Answer as a decimal (not a percentage), to three decimals.`,
      zh: `一个筛查模型在 ${fmtGrouped(screen.tp + screen.fp + screen.fn + screen.tn)} 个样本上得到 TP = ${screen.tp}，FP = ${screen.fp}，FN = ${screen.fn}，TN = ${screen.tn}。它的 F1 是多少？用小数（不是百分数）回答，保留三位小数。`,
    },
    answer: screenF1,
    tolerance: 0.0015,
    hints: [
      { en: 'F1 is the harmonic mean of precision and recall: compute those two first. TN plays no part.', zh: 'F1 是查准率和召回率的调和平均：先把这两个算出来。TN 用不上。' },
      {
        en: `Precision = TP / (TP + FP) = ${screen.tp} / ${screen.tp + screen.fp} = ${fmt(screenPrecision, 3)}; recall = TP / (TP + FN) = ${screen.tp} / ${screen.tp + screen.fn} = ${fmt(screenRecall, 3)}.`,
        zh: `查准率 = TP / (TP + FP) = ${screen.tp} / ${screen.tp + screen.fp} = ${fmt(screenPrecision, 3)}；召回率 = TP / (TP + FN) = ${screen.tp} / ${screen.tp + screen.fn} = ${fmt(screenRecall, 3)}。`,
      },
      {
        en: `F1 = 2 · ${fmt(screenPrecision, 2)} · ${fmt(screenRecall, 1)} / (${fmt(screenPrecision, 2)} + ${fmt(screenRecall, 1)}).`,
        zh: `F1 = 2 · ${fmt(screenPrecision, 2)} · ${fmt(screenRecall, 1)} / (${fmt(screenPrecision, 2)} + ${fmt(screenRecall, 1)})。`,
      },
    ],
    solution: {
      en: `Precision ${fmt(screenPrecision, 3)}, recall ${fmt(screenRecall, 3)}, so F1 = 2 · ${fmt(screenPrecision, 2)} · ${fmt(screenRecall, 1)} / ${fmt(screenPrecision + screenRecall, 2)} = **${fmt(screenF1, 3)}**, the same as 2TP / (2TP + FP + FN) = ${2 * screen.tp} / ${2 * screen.tp + screen.fp + screen.fn}. It lies between the two, nearer the lower one.`,
      zh: `查准率 ${fmt(screenPrecision, 3)}，召回率 ${fmt(screenRecall, 3)}，所以 F1 = 2 · ${fmt(screenPrecision, 2)} · ${fmt(screenRecall, 1)} / ${fmt(screenPrecision + screenRecall, 2)} = **${fmt(screenF1, 3)}**，与 2TP / (2TP + FP + FN) = ${2 * screen.tp} / ${2 * screen.tp + screen.fp + screen.fn} 相同。它介于两者之间，更靠近较低的那个。`,
    },
  },
  {
    id: 'accuracy-trap',
    kind: 'choice',
    title: { en: `A ${fmtPercent(alwaysNoAccuracy, 0)} fraud model`, zh: `准确率 ${fmtPercent(alwaysNoAccuracy, 0)} 的反欺诈模型` },
    prompt: {
      en: `A vendor's fraud model scores ${fmtPercent(alwaysNoAccuracy, 1)} accuracy on a test set of ${fmtGrouped(payments)} card payments, ${frauds} of them fraud. What should you ask about first?`,
      zh: `一家供应商的反欺诈模型，在 ${fmtGrouped(payments)} 笔银行卡交易（其中 ${frauds} 笔是欺诈）组成的测试集上，准确率是 ${fmtPercent(alwaysNoAccuracy, 1)}。你首先该问什么？`,
    },
    options: [
      {
        text: { en: 'What a model that always says "no fraud" would score, and the model\'s recall and precision.', zh: '一个永远回答“不是欺诈”的模型能得多少分，以及这个模型的召回率和查准率。' },
        correct: true,
        why: {
          en: `Right: saying "no" to every payment is right ${fmtGrouped(payments - frauds)} times out of ${fmtGrouped(payments)}, also ${fmtPercent(alwaysNoAccuracy, 1)}. The accuracy alone cannot show that the model catches any fraud at all; recall can.`,
          zh: `对：对每笔交易都说“否”，${fmtGrouped(payments)} 次里能对 ${fmtGrouped(payments - frauds)} 次，同样是 ${fmtPercent(alwaysNoAccuracy, 1)}。只看准确率，看不出这个模型到底有没有抓到欺诈；召回率才看得出来。`,
        },
      },
      {
        text: { en: `Nothing: ${fmtPercent(alwaysNoAccuracy, 1)} accuracy means it catches ${fmtPercent(alwaysNoAccuracy, 1)} of the fraud.`, zh: `不用问：准确率 ${fmtPercent(alwaysNoAccuracy, 1)}，就是说它抓到了 ${fmtPercent(alwaysNoAccuracy, 1)} 的欺诈。` },
        why: {
          en: 'That confuses accuracy with recall. Accuracy counts right answers over all payments, and almost all of them are honest; the share of frauds caught is recall, which could be 0 here.',
          zh: '这是把准确率和召回率搞混了。准确率数的是全部交易里答对的比例，而交易几乎都是正常的；抓到的欺诈所占比例是召回率，在这里它可能是 0。',
        },
      },
      {
        text: { en: `Nothing yet: its AUC must then be about ${fmt(alwaysNoAccuracy, 2)} too.`, zh: `暂时不用问：那它的 AUC 一定也在 ${fmt(alwaysNoAccuracy, 2)} 左右。` },
        why: {
          en: 'Accuracy depends on one threshold; AUC measures the ranking over all thresholds. A model can match the always-no accuracy with an AUC of 0.5 or of 0.9: the lesson\'s undertrained model does the latter.',
          zh: '准确率取决于某一个阈值；AUC 衡量的是所有阈值下的排序。一个模型的准确率和“总说否”一样时，AUC 可能是 0.5，也可能是 0.9：课文里训练不足的那个模型就是后一种。',
        },
      },
      {
        text: { en: 'Whether they can tune the threshold on this same test set to push the accuracy higher.', zh: '他们能不能在同一个测试集上调阈值，把准确率再往上推。' },
        why: {
          en: 'Tuning on the test set turns it into a validation set: the score it then reports flatters the model. Settings are chosen on the validation set; the test set is used once, at the end.',
          zh: '在测试集上调参，它就变成了验证集：之后报告的分数会美化模型。设置要在验证集上选；测试集只在最后用一次。',
        },
      },
    ],
    hints: [
      { en: `How many of the ${fmtGrouped(payments)} payments are honest?`, zh: `${fmtGrouped(payments)} 笔交易里有多少笔是正常的？` },
      { en: 'Work out the accuracy of a "model" that answers "no fraud" to every payment.', zh: '算一算一个对每笔交易都回答“不是欺诈”的“模型”的准确率。' },
    ],
    solution: {
      en: `Always saying "no" scores ${fmtGrouped(payments - frauds)} / ${fmtGrouped(payments)} = ${fmtPercent(alwaysNoAccuracy, 1)}, exactly the vendor's number. Compare with that baseline and ask for recall (how much fraud it finds) and precision (how many of its alarms are right).`,
      zh: `永远说“否”的得分是 ${fmtGrouped(payments - frauds)} / ${fmtGrouped(payments)} = ${fmtPercent(alwaysNoAccuracy, 1)}，和供应商的数字一模一样。要拿这个基线来比，并问清召回率（它找出了多少欺诈）和查准率（它的警报里有多少是对的）。`,
    },
  },
  {
    id: 'auc-by-pairs',
    kind: 'number',
    title: { en: 'AUC by counting pairs', zh: '数对子算 AUC' },
    prompt: {
      en: `A model scores three positive cases ${positiveScores.join(', ')} and four negative cases ${negativeScores.join(', ')}. What is its AUC? Answer to two decimals.`,
      zh: `一个模型给三个正例的得分是 ${positiveScores.join('、')}，给四个负例的得分是 ${negativeScores.join('、')}。它的 AUC 是多少？保留两位小数。`,
    },
    answer: pairAuc,
    tolerance: 0.006,
    hints: [
      { en: 'AUC is the chance that a randomly chosen positive gets a higher score than a randomly chosen negative.', zh: 'AUC 是随机挑一个正例和一个负例，正例得分更高的概率。' },
      { en: `There are ${positiveScores.length} × ${negativeScores.length} = ${pairs} positive–negative pairs; count those the positive wins.`, zh: `正例–负例一共有 ${positiveScores.length} × ${negativeScores.length} = ${pairs} 对；数一数其中正例得分更高的有几对。` },
      {
        en: `${positiveScores[0]} beats ${beaten[0]} negatives, ${positiveScores[1]} beats ${beaten[1]}, ${positiveScores[2]} beats ${beaten[2]}.`,
        zh: `${positiveScores[0]} 胜过 ${beaten[0]} 个负例，${positiveScores[1]} 胜过 ${beaten[1]} 个，${positiveScores[2]} 胜过 ${beaten[2]} 个。`,
      },
    ],
    solution: {
      en: `The positives win ${beaten.join(' + ')} = ${wins} of the ${pairs} pairs, so AUC = ${wins} / ${pairs} = **${fmt(pairAuc, 2)}**: the ranking is useful but not perfect, with ${lost.length} pairs the wrong way round (${lost.join(', ')}).`,
      zh: `正例在 ${pairs} 对里赢了 ${beaten.join(' + ')} = ${wins} 对，所以 AUC = ${wins} / ${pairs} = **${fmt(pairAuc, 2)}**：这个排序有用，但不完美，有 ${lost.length} 对排反了（${lost.join('，')}）。`,
    },
  },
  {
    id: 'metrics-at',
    kind: 'code',
    title: { en: 'Precision, recall, F1', zh: '查准率、召回率、F1' },
    prompt: {
      en: 'Finish `metricsAt(labels, scores, threshold)`: a case counts as "yes" when its score is at least the threshold. Recall is done; add precision and F1. The check calls it on test sets and thresholds you have not seen.',
      zh: '完成 `metricsAt(labels, scores, threshold)`：得分不低于阈值的样本算作“是”。召回率已经写好；补上查准率和 F1。检查会用你没见过的测试集和阈值来调用它。',
    },
    starter: 'metrics-at.ts',
    solutionFile: 'metrics-at.solution.ts',
    checker: `
const cases = [
  { labels: [1, 1, 0, 1, 0, 0, 0, 1], scores: [0.95, 0.7, 0.65, 0.4, 0.3, 0.55, 0.1, 0.5], threshold: 0.5 },
  { labels: [0, 1, 0, 0, 1, 0, 0, 0, 0, 1], scores: [0.2, 0.9, 0.35, 0.6, 0.25, 0.1, 0.05, 0.3, 0.4, 0.45], threshold: 0.3 },
  { labels: [1, 0, 1, 0, 1, 1], scores: [0.8, 0.9, 0.3, 0.2, 0.6, 0.1], threshold: 0.7 },
];
check.that({ en: 'metricsAt is a function', zh: 'metricsAt 是一个函数' }, typeof metricsAt === 'function');
cases.forEach(({ labels, scores, threshold }, k) => {
  let tp = 0, fp = 0, fn = 0;
  labels.forEach((y, i) => {
    const yes = scores[i] >= threshold;
    if (y === 1 && yes) tp++;
    else if (y === 1) fn++;
    else if (yes) fp++;
  });
  const p = tp / (tp + fp);
  const r = tp / (tp + fn);
  const got = metricsAt(labels, scores, threshold) || {};
  const at = ' (test set ' + (k + 1) + ', threshold ' + threshold + ')';
  const atZh = '（第 ' + (k + 1) + ' 组，阈值 ' + threshold + '）';
  check.close({ en: 'precision' + at, zh: '查准率' + atZh }, got.precision, p, 1e-9);
  check.close({ en: 'recall' + at, zh: '召回率' + atZh }, got.recall, r, 1e-9);
  check.close({ en: 'F1' + at, zh: 'F1' + atZh }, got.f1, (2 * p * r) / (p + r), 1e-9);
});
`,
    hints: [
      { en: 'Precision divides TP by the number of cases called yes (TP + FP): count the `true` entries of `saysYes`.', zh: '查准率是 TP 除以判为“是”的样本数（TP + FP）：数一数 `saysYes` 里有几个 `true`。' },
      { en: '`const precision = tp / saysYes.filter((yes) => yes).length;` then F1 from precision and recall.', zh: '`const precision = tp / saysYes.filter((yes) => yes).length;`，再用查准率和召回率算 F1。' },
    ],
    solution: {
      en: `Precision = TP / (number of "yes" calls), F1 = 2PR / (P + R). On the starter's six cases at 0.5: TP = 2, FP = 1, FN = 1, so all three are ${fmt(2 / 3, 3)}.`,
      zh: `查准率 = TP / 判为“是”的个数，F1 = 2PR / (P + R)。在起始代码的六个样本上、阈值 0.5 时：TP = 2，FP = 1，FN = 1，所以三项都是 ${fmt(2 / 3, 3)}。`,
    },
  },
]);
