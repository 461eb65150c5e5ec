// A fairness audit of a credit model, in your browser. Two logistic
// regressions on the credit data (data/credit.json): one with all six
// features, one without `age`. For each: approval rates and errors for
// borrowers under 30 and 30 or older, and which features the model leans on
// (permutation importance). Settings: the approval threshold.
// zh: 在你的浏览器里给信用模型做一次公平性审计。在信用数据（data/credit.json）上
// zh: 训练两个逻辑斯谛回归：一个用全部六个特征，一个去掉 `age`。对每个模型，分别看
// zh: 30 岁以下和 30 岁及以上借款人的批准率与错误率，以及模型倚重哪些特征
// zh: （置换重要性）。设置：批准阈值。

const threshold = lab.control('approve if P(default) below', { value: 0.25, min: 0.05, max: 0.5, step: 0.05 });
//zh> const threshold = lab.control('P(违约) 低于此值即批准', { value: 0.25, min: 0.05, max: 0.5, step: 0.05 });
const rng = lab.random();
const AGE_LIMIT = 30;

// 1. Data, shuffled with the run's seed, split 70 / 30.
// zh: 1. 数据：用本次运行的种子打乱，按 70 / 30 划分。
const data = await lab.fetchJSON<{ columns: string[]; rows: number[][] }>('data/credit.json');
const features = data.columns.slice(0, -1);
const rows = rng.shuffle(data.rows);
const cut = Math.round(rows.length * 0.7);
const train = rows.slice(0, cut);
const test = rows.slice(cut);
const labels = test.map((r) => r.at(-1) ?? 0);
const young = test.map((r) => (r[0] ?? 0) < AGE_LIMIT);

// 2. The area under the ROC curve: the chance a random defaulter scores above a random repayer.
// zh: 2. ROC 曲线下面积：随机挑一位违约者，其分数高于随机挑的一位还款者的概率。
function auc(ys: readonly number[], scores: readonly number[]): number {
  let wins = 0;
  let pairs = 0;
  ys.forEach((y, i) => {
    if (y !== 1) return;
    ys.forEach((other, j) => {
      if (other !== 0) return;
      pairs++;
      wins += (scores[i] ?? 0) > (scores[j] ?? 0) ? 1 : (scores[i] ?? 0) === (scores[j] ?? 0) ? 0.5 : 0;
    });
  });
  return wins / pairs;
}

// 3. A proxy: how well does credit history alone pick out the under-30s? (Shorter history → younger.)
// zh: 3. 代理变量：单凭信用记录，能多准确地挑出 30 岁以下的人？（记录越短 → 越年轻。）
const history = features.indexOf('history_years');
const historyAuc = auc(data.rows.map((r) => ((r[0] ?? 0) < AGE_LIMIT ? 1 : 0)), data.rows.map((r) => -(r[history] ?? 0)));
lab.print(`Proxy: history_years alone picks out borrowers under ${AGE_LIMIT} with AUC ${historyAuc.toFixed(3)} (0.5 = no better than chance, 1 = perfectly).`);
//zh> lab.print(`代理变量：单凭 history_years 挑出 ${AGE_LIMIT} 岁以下借款人的 AUC 为 ${historyAuc.toFixed(3)}（0.5 = 不比瞎猜好，1 = 完美）。`);

// 4. Train a logistic regression (one sigmoid unit: P(default) = σ(w·x + b)) on the chosen columns,
//    standardized with the training set's mean and spread.
// zh: 4. 在选定的列上训练逻辑斯谛回归（一个 sigmoid 单元：P(违约) = σ(w·x + b)），
// zh:    用训练集的均值和标准差做标准化。
async function fitModel(columns: number[]) {
  const pick = (part: number[][]) => part.map((r) => columns.map((j) => r[j] ?? 0));
  const means = columns.map((_, k) => train.reduce((s, r) => s + (pick([r])[0]?.[k] ?? 0), 0) / train.length);
  const stds = columns.map((_, k) => Math.sqrt(train.reduce((s, r) => s + ((pick([r])[0]?.[k] ?? 0) - (means[k] ?? 0)) ** 2, 0) / train.length) || 1);
  const standardize = (part: number[][]) => pick(part).map((r) => r.map((v, k) => (v - (means[k] ?? 0)) / (stds[k] ?? 1)));
  const model = tf.sequential();
  model.add(tf.layers.dense({ units: 1, activation: 'sigmoid', inputShape: [columns.length], kernelInitializer: 'zeros' }));
  model.compile({ optimizer: tf.train.adam(0.05), loss: 'binaryCrossentropy' });
  const xs = tf.tensor2d(standardize(train));
  const ys = tf.tensor2d(train.map((r) => [r.at(-1) ?? 0]));
  await model.fit(xs, ys, { epochs: Math.max(3, Math.round(30 * lab.scale)), batchSize: train.length / 2, shuffle: false }); // two equal batches per epoch // zh: 每轮两个同样大小的批量
  tf.dispose([xs, ys]);
  // P(default) for full rows (all six features; the model reads only its columns).
  // zh: 对完整的行（全部六个特征；模型只读自己的那几列）给出 P(违约)。
  const score = async (part: number[][]) => {
    // One batch for all rows (predict's default, 32 rows at a time, costs a GPU round trip per 32 rows).
    // zh: 所有行放进一个批量（predict 默认每次 32 行，每 32 行就要和 GPU 往返一次）。
    const out = tf.tidy(() => model.predict(tf.tensor2d(standardize(part)), { batchSize: part.length }) as tf.Tensor);
    const values = Array.from(await out.data());
    out.dispose();
    return values;
  };
  const kernel = model.getWeights()[0]; // [columns, 1]: one weight per standardized feature // zh: [列数, 1]：每个标准化特征一个权重
  const weights = kernel ? Array.from(await kernel.data()) : [];
  return { score, weights };
}

// 5. Per group: approval rate; among repayers, how many are approved (equal opportunity compares these);
//    among defaulters, how many are approved anyway.
// zh: 5. 按组统计：批准率；还款者中有多少获批（机会均等比较的就是它）；
// zh:    违约者中有多少照样获批。
function audit(scores: number[]) {
  return [true, false].map((isYoung) => {
    const members = labels.map((_, i) => i).filter((i) => young[i] === isYoung);
    const share = (part: number[]) => part.filter((i) => (scores[i] ?? 1) < threshold).length / part.length;
    const defaulters = members.filter((i) => labels[i] === 1);
    return {
      group: isYoung ? `under ${AGE_LIMIT}` : `${AGE_LIMIT} or older`,
//zh>       group: isYoung ? `${AGE_LIMIT} 岁以下` : `${AGE_LIMIT} 岁及以上`,
      borrowers: members.length,
      defaulted: defaulters.length / members.length,
      approved: share(members),
      approvedRepayers: share(members.filter((i) => labels[i] === 0)),
      approvedDefaulters: share(defaulters),
    };
  });
}
const round = (x: number) => Number(x.toFixed(3));

// 6. Permutation importance: shuffle one column of the test set and measure how much the AUC falls
//    (the mean over a few shuffles, since one shuffle is noisy).
// zh: 6. 置换重要性：打乱测试集的某一列，测量 AUC 下降了多少
// zh:    （取几次打乱的平均，因为单次打乱的噪声很大）。
const SHUFFLES = 5;
const orders = Array.from({ length: SHUFFLES }, () => rng.shuffle(test.map((_, i) => i)));
async function importance(score: (part: number[][]) => Promise<number[]>) {
  // All the shuffled copies of the test set go through the model in one call.
  // zh: 测试集的所有打乱副本一次性送进模型。
  const copies = features.flatMap((_, j) => orders.map((order) => test.map((r, i) => r.map((v, k) => (k === j ? (test[order[i] ?? 0]?.[k] ?? 0) : v)))));
  const scores = await score([test, ...copies].flat());
  const aucOf = (copy: number) => auc(labels, scores.slice(copy * test.length, (copy + 1) * test.length));
  const base = aucOf(0);
  const drops = features.map((_, j) => orders.reduce((sum, _order, s) => sum + base - aucOf(1 + j * SHUFFLES + s), 0) / SHUFFLES);
  return { scores: scores.slice(0, test.length), base, drops };
}

const all = features.map((_, j) => j);
const withoutAge = all.filter((j) => features[j] !== 'age');
const results = [];
for (const [name, columns] of [['with age', all], ['without age', withoutAge]] as const) {
//zh> for (const [name, columns] of [['含年龄', all], ['不含年龄', withoutAge]] as const) {
  const model = await fitModel([...columns]);
  const { scores, base, drops } = await importance(model.score);
  const groups = audit(scores);
  lab.print(`Model ${name}:`);
//zh>   lab.print(`${name}的模型：`);
  lab.table(groups.map((g) => ({ 'group': g.group, 'borrowers': g.borrowers, 'defaulted': round(g.defaulted), 'approved': round(g.approved), 'approved among repayers': round(g.approvedRepayers), 'approved among defaulters': round(g.approvedDefaulters) })));
//zh>   lab.table(groups.map((g) => ({ '群体': g.group, '借款人': g.borrowers, '违约率': round(g.defaulted), '批准率': round(g.approved), '还款者中的批准率': round(g.approvedRepayers), '违约者中的批准率': round(g.approvedDefaulters) })));
  const [under, over] = groups;
  const gap = (over?.approved ?? NaN) - (under?.approved ?? NaN);
  const opportunityGap = (over?.approvedRepayers ?? NaN) - (under?.approvedRepayers ?? NaN);
  results.push({ name, columns, weights: model.weights, base, drops, gap, opportunityGap });
  lab.progress({ epoch: results.length, epochs: 2 });
}

// 7. Side by side: the gaps, the weights the models learned, and the features they lean on.
// zh: 7. 并排比较：差距、模型学到的权重，以及它们倚重的特征。
const [a, b] = results;
if (!a || !b) throw new Error('both models should have trained');
//zh> if (!a || !b) throw new Error('两个模型都应当已经训练好');
lab.table(results.map((r) => ({ 'model': r.name, 'test AUC': round(r.base), 'approval gap': round(r.gap), 'equal-opportunity gap': round(r.opportunityGap) })));
//zh> lab.table(results.map((r) => ({ '模型': r.name, '测试集 AUC': round(r.base), '批准率差距': round(r.gap), '机会均等差距': round(r.opportunityGap) })));
lab.table(features.map((f, j) => ({
  'feature': f,
//zh>   '特征': f,
  'weight, with age': round(a.weights[a.columns.indexOf(j)] ?? NaN),
//zh>   '权重（含年龄）': round(a.weights[a.columns.indexOf(j)] ?? NaN),
  'weight, without age': b.columns.includes(j) ? round(b.weights[b.columns.indexOf(j)] ?? NaN) : '—',
//zh>   '权重（不含年龄）': b.columns.includes(j) ? round(b.weights[b.columns.indexOf(j)] ?? NaN) : '—',
})));
lab.heatmap('permutation importance (fall in test AUC)', { values: [a.drops.map(round), b.drops.map(round)], rowLabels: ['with age', 'without age'], columnLabels: features, showValues: true, min: 0 });
//zh> lab.heatmap('置换重要性（测试集 AUC 的下降）', { values: [a.drops.map(round), b.drops.map(round)], rowLabels: ['含年龄', '不含年龄'], columnLabels: features, showValues: true, min: 0 });
lab.print(`Dropping age changed the approval gap from ${a.gap.toFixed(3)} to ${b.gap.toFixed(3)}: ${((b.gap / a.gap) * 100).toFixed(0)} % of it remains, carried by history_years (importance ${a.drops[history]?.toFixed(3)} → ${b.drops[history]?.toFixed(3)}).`);
//zh> lab.print(`去掉年龄后，批准率差距从 ${a.gap.toFixed(3)} 变为 ${b.gap.toFixed(3)}：仍保留了 ${((b.gap / a.gap) * 100).toFixed(0)} %，由 history_years 承载（重要性 ${a.drops[history]?.toFixed(3)} → ${b.drops[history]?.toFixed(3)}）。`);
lab.metrics({
  historyAuc,
  gapWithAge: a.gap,
  gapWithoutAge: b.gap,
  opportunityGapWithoutAge: b.opportunityGap,
  aucWithAge: a.base,
  aucWithoutAge: b.base,
  historyImportanceWithAge: a.drops[history] ?? NaN,
  historyImportanceWithoutAge: b.drops[history] ?? NaN,
  historyWeightWithAge: a.weights[a.columns.indexOf(history)] ?? NaN,
  historyWeightWithoutAge: b.weights[b.columns.indexOf(history)] ?? NaN,
});

export {};
