// Precision, recall and F1 at a threshold: a case counts as "yes" when its
// score is at least the threshold.
// zh: 某个阈值下的查准率、召回率和 F1：得分不低于阈值的样本算作“是”。
function metricsAt(labels: number[], scores: number[], threshold: number): { precision: number; recall: number; f1: number } {
  const saysYes = scores.map((s) => s >= threshold);
  const tp = labels.filter((y, i) => y === 1 && saysYes[i] === true).length;
  const positives = labels.filter((y) => y === 1).length;
  const calledYes = saysYes.filter((yes) => yes).length; // TP + FP // zh: TP + FP
  const recall = tp / positives;
  const precision = tp / calledYes;
  const f1 = (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

// At 0.5: TP = 2, FP = 1, FN = 1, so precision, recall and F1 are all 2/3.
// zh: 阈值为 0.5 时：TP = 2，FP = 1，FN = 1，所以查准率、召回率和 F1 都是 2/3。
lab.print(metricsAt([1, 0, 1, 1, 0, 0], [0.9, 0.8, 0.6, 0.3, 0.2, 0.1], 0.5));
