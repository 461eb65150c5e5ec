// Permutation importance: shuffle one column of the test rows, so it no
// longer belongs to its row, and measure how much the model's AUC falls.
// zh: 置换重要性：把测试数据的某一列打乱，让它不再属于原来那一行，
// zh: 再测量模型的 AUC 下降了多少。
type Job = {
  predict: (rows: number[][]) => number[]; // P(default) for each row // zh: 每一行的 P(违约)
  rows: number[][];
  labels: number[]; // 1 = defaulted, 0 = repaid // zh: 1 = 违约，0 = 还款
  column: number; // the feature to shuffle // zh: 要打乱的特征
  order: number[]; // row i takes the value of row order[i] // zh: 第 i 行取第 order[i] 行的值
};

// AUC: the chance that a random defaulter scores above a random repayer (given).
// zh: AUC：随机挑一位违约者，其分数高于随机挑的一位还款者的概率（已经写好）。
function auc(labels: number[], scores: number[]): number {
  let wins = 0;
  let pairs = 0;
  labels.forEach((y, i) => {
    if (y !== 1) return;
    labels.forEach((other, j) => {
      if (other !== 0) return;
      pairs++;
      wins += (scores[i] ?? 0) > (scores[j] ?? 0) ? 1 : (scores[i] ?? 0) === (scores[j] ?? 0) ? 0.5 : 0;
    });
  });
  return wins / pairs;
}

function permutationImportance(job: Job): number {
  const intact = auc(job.labels, job.predict(job.rows));
  // Your code here: a copy of job.rows in which row i takes its value in
  // column job.column from row job.order[i] (all other values unchanged).
  // zh: 在这里写代码：复制一份 job.rows，其中第 i 行在 job.column 列上的值
  // zh: 取自第 job.order[i] 行（其余的值都不变）。
  const shuffled = job.rows;
  return intact - auc(job.labels, job.predict(shuffled));
}

// A toy model that looks only at column 0. Expected: 1 for column 0, 0 for column 1.
// zh: 一个只看第 0 列的小模型。预期：第 0 列得 1，第 1 列得 0。
const rows = [[1, 5], [-1, 2], [2, -3], [-2, 0]];
const labels = [1, 0, 1, 0];
const model = (rs: number[][]) => rs.map((r) => 1 / (1 + Math.exp(-3 * (r[0] ?? 0))));
const order = [1, 0, 3, 2];
lab.print(permutationImportance({ predict: model, rows, labels, column: 0, order }), permutationImportance({ predict: model, rows, labels, column: 1, order }));
