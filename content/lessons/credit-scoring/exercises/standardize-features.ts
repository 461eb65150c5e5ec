// Standardize with training statistics: for each feature j, subtract the training
// set's mean μⱼ and divide by its standard deviation sⱼ (dividing by n, as the
// example does). The same μ and s are then used on every other row.
// zh: 用训练集的统计量做标准化：对每个特征 j，减去训练集的均值 μⱼ，再除以训练集的
// zh: 标准差 sⱼ（和示例一样除以 n）。其余各行都用同样的 μ 和 s。
function standardize(train: number[][], rows: number[][]): number[][] {
  const features = train[0]?.length ?? 0;
  // The mean of each feature over the training rows.
  // zh: 每个特征在训练集各行上的均值。
  const means = Array.from({ length: features }, (_, j) => train.reduce((sum, r) => sum + (r[j] ?? 0), 0) / train.length);
  // Your code here: the standard deviation of each feature over the training rows,
  // then divide by it below. (For now the rows are only centred.)
  // zh: 在这里写代码：算出每个特征在训练集各行上的标准差，再在下面除以它。
  // zh: （现在这些行只减去了均值。）
  return rows.map((r) => r.map((x, j) => x - (means[j] ?? 0)));
}

// Three training borrowers (income in thousands, debt ratio) and one new applicant.
// zh: 三位训练集里的借款人（收入，单位千；负债比率）和一位新申请人。
const trainingRows = [[30, 0.2], [60, 0.5], [90, 0.5]];
lab.print(standardize(trainingRows, [[84, 0.35]]));
