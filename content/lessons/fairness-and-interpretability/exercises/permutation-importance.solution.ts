// Permutation importance: importance = AUC(test) − AUC(test with one column shuffled).
// zh: 置换重要性：重要性 = AUC(测试集) − AUC(打乱一列后的测试集)。
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
  // Row i takes its value in the shuffled column from row order[i]; a new array, job.rows untouched.
  // zh: 第 i 行在被打乱的那一列上取第 order[i] 行的值；生成新数组，不改动 job.rows。
  const shuffled = job.rows.map((row, i) => row.map((v, k) => (k === job.column ? (job.rows[job.order[i] ?? i]?.[k] ?? v) : v)));
  return intact - auc(job.labels, job.predict(shuffled));
}

// A toy model that looks only at column 0. Expected: 1 for column 0, 0 for column 1.
// zh: 一个只看第 0 列的小模型。预期：第 0 列得 1，第 1 列得 0。
const rows = [[1, 5], [-1, 2], [2, -3], [-2, 0]];
const labels = [1, 0, 1, 0];
const model = (rs: number[][]) => rs.map((r) => 1 / (1 + Math.exp(-3 * (r[0] ?? 0))));
const order = [1, 0, 3, 2];
lab.print(permutationImportance({ predict: model, rows, labels, column: 0, order }), permutationImportance({ predict: model, rows, labels, column: 1, order }));
