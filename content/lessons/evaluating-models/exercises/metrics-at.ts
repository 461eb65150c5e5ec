// Precision, recall and F1 at a threshold: a case counts as "yes" when its
// score is at least the threshold. Recall is written for you; finish the rest.
// zh: 某个阈值下的查准率、召回率和 F1：得分不低于阈值的样本算作“是”。
// zh: 召回率已经替你写好了，把其余的补完。
function metricsAt(labels: number[], scores: number[], threshold: number): { precision: number; recall: number; f1: number } {
  const saysYes = scores.map((s) => s >= threshold);
  // Recall = TP / (TP + FN): of the real positives, the share the model called yes.
  // zh: 召回率 = TP / (TP + FN)：真正的正例里，被模型判为“是”的比例。
  const tp = labels.filter((y, i) => y === 1 && saysYes[i] === true).length;
  const positives = labels.filter((y) => y === 1).length;
  const recall = tp / positives;
  // Your code here: precision = TP / (TP + FP), the share of the "yes" calls that are
  // right, and F1 = 2 · precision · recall / (precision + recall).
  // zh: 在这里写代码：查准率 = TP / (TP + FP)，即判为“是”的样本里判对的比例；
  // zh: F1 = 2 · 查准率 · 召回率 / (查准率 + 召回率)。
  const precision = 0;
  const f1 = 0;
  return { precision, recall, f1 };
}

// Six test cases, three of them positive. At 0.5 the model says yes to the top three scores.
// zh: 六个测试样本，其中三个是正例。阈值为 0.5 时，模型对得分最高的三个说“是”。
lab.print(metricsAt([1, 0, 1, 1, 0, 0], [0.9, 0.8, 0.6, 0.3, 0.2, 0.1], 0.5));
