// Federated learning, simulated: five "phones" each keep their own data and
// train locally; a server only ever sees their model weights, and averages
// them (FedAvg). Compared with training on all the data in one place.
// zh: 模拟联邦学习：五部“手机”各自保管自己的数据，在本地训练；服务器只看得到
// zh: 它们的模型权重，并把权重求平均（FedAvg）。再与把全部数据放在一处训练作比较。

const clients = 5;
const localEpochs = lab.control('local epochs per round', { kind: 'number', value: 2, options: [1, 2, 5] });
//zh> const localEpochs = lab.control('每轮本地训练轮数', { kind: 'number', value: 2, options: [1, 2, 5] });
const rounds = Math.max(3, Math.round(20 * lab.scale));
const rng = lab.random();

// 1. Data: the same task for everyone (10 features, yes/no), but each client's
//    people differ: client k's features are shifted, so the data is not identically distributed.
// zh: 1. 数据：每个人的任务都一样（10 个特征，是/否），但各个客户端的人群不同：
// zh:    客户端 k 的特征有偏移，所以数据不是同分布的。
const d = 10;
const truth = rng.array(d, (r) => r.normal(0, 1));
const makePerson = (shift: number) => {
  const x = rng.array(d, (r) => r.normal(shift, 1));
  const z = x.reduce((s, v, j) => s + v * (truth[j] ?? 0), 0);
  return { x, y: rng.next() < 1 / (1 + Math.exp(-1.5 * z)) ? 1 : 0 };
};
const clientData = Array.from({ length: clients }, (_, k) => Array.from({ length: 200 + 100 * k }, () => makePerson((k - 2) * 0.4)));
const testPeople = Array.from({ length: 1000 }, () => makePerson(rng.normal(0, 0.6)));
const testX = tf.tensor2d(testPeople.map((p) => p.x));
const testY = tf.tensor1d(testPeople.map((p) => p.y));

// Logistic regression weights: w (d numbers) and b, as plain arrays (what a phone would upload).
// zh: 逻辑斯谛回归的权重：w（d 个数）和 b，都是普通数组（也就是手机要上传的东西）。
type Weights = { w: number[]; b: number };

// Full-batch gradient descent on one data set, starting from `start`.
// zh: 从 `start` 出发，在一份数据集上做全批量梯度下降。
async function trainLocally(start: Weights, data: { x: number[]; y: number }[], epochs: number): Promise<Weights> {
  const X = tf.tensor2d(data.map((p) => p.x));
  const Y = tf.tensor1d(data.map((p) => p.y));
  const w = tf.variable(tf.tensor1d(start.w));
  const b = tf.variable(tf.scalar(start.b));
  const optimizer = tf.train.sgd(0.5);
  for (let e = 0; e < epochs * 10; e++) {
    optimizer.minimize(() => tf.losses.sigmoidCrossEntropy(Y, X.matMul(w.reshape([d, 1])).reshape([data.length]).add(b)) as tf.Scalar);
  }
  const out = { w: Array.from(await w.data()), b: (await b.data())[0] ?? 0 };
  tf.dispose([X, Y, w, b]);
  return out;
}

async function accuracy(weights: Weights): Promise<number> {
  const hits = tf.tidy(() => tf.sigmoid(testX.matMul(tf.tensor2d(weights.w, [d, 1])).reshape([testPeople.length]).add(weights.b)).greaterEqual(0.5).toFloat().equal(testY).mean());
  const value = (await hits.data())[0] ?? NaN;
  hits.dispose();
  return value;
}

// 2. FedAvg: each round, every client starts from the global model, trains on its own
//    data, and sends back only weights; the server averages them, weighted by data size.
// zh: 2. FedAvg：每一轮，每个客户端都从全局模型出发，在自己的数据上训练，只把权重
// zh:    发回来；服务器按数据量加权，把它们求平均。
let global: Weights = { w: Array.from({ length: d }, () => 0), b: 0 };
const sizes = clientData.map((c) => c.length);
const total = sizes.reduce((s, n) => s + n, 0);
let federated = NaN;
for (let round = 1; round <= rounds; round++) {
  const updates: Weights[] = [];
  for (const data of clientData) updates.push(await trainLocally(global, data, localEpochs));
  global = {
    w: global.w.map((_, j) => updates.reduce((s, u, k) => s + (u.w[j] ?? 0) * ((sizes[k] ?? 0) / total), 0)),
    b: updates.reduce((s, u, k) => s + u.b * ((sizes[k] ?? 0) / total), 0),
  };
  federated = await accuracy(global);
  lab.chart('test accuracy', 'federated (FedAvg)', round, federated);
//zh>   lab.chart('测试准确率', '联邦学习（FedAvg）', round, federated);
}

// 3. The comparison nobody can run in real life: all the data pooled in one place.
// zh: 3. 现实中谁也做不了的比较：把全部数据汇集到一处。
const pooled = await trainLocally({ w: Array.from({ length: d }, () => 0), b: 0 }, clientData.flat(), rounds * localEpochs);
const central = await accuracy(pooled);
for (let round = 1; round <= rounds; round++) lab.chart('test accuracy', 'centralized (all data pooled)', round, central);
//zh> for (let round = 1; round <= rounds; round++) lab.chart('测试准确率', '集中训练（汇集全部数据）', round, central);
// The 95 % Wilson interval of an accuracy on the test people (src/math/intervals.ts). Both models
// are scored on the same people, so their difference is far more certain than either accuracy.
// zh: 测试者上一个准确率的 95 % Wilson 区间（src/math/intervals.ts）。两个模型在同一批人上
// zh: 评分，所以它们之间的差值远比各自的准确率确定。
function wilson(p: number, n: number): string {
  const z = 1.959964;
  const d2 = 1 + (z * z) / n;
  const centre = (p + (z * z) / (2 * n)) / d2;
  const half = (z / d2) * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n));
  return `${((centre - half) * 100).toFixed(1)} to ${((centre + half) * 100).toFixed(1)} %`;
//zh>   return `${((centre - half) * 100).toFixed(1)} 至 ${((centre + half) * 100).toFixed(1)} %`;
}
lab.print(
  `After ${rounds} rounds: federated ${(federated * 100).toFixed(1)} % (95 % interval ${wilson(federated, testPeople.length)}), ` +
//zh>   `${rounds} 轮之后：联邦学习 ${(federated * 100).toFixed(1)} %（95 % 区间 ${wilson(federated, testPeople.length)}），` +
    `centralized ${(central * 100).toFixed(1)} % (${wilson(central, testPeople.length)}), on the same ${testPeople.length} test people. The server never saw a single person's data.`,
//zh>     `集中训练 ${(central * 100).toFixed(1)} %（${wilson(central, testPeople.length)}），都在同样的 ${testPeople.length} 个测试者上评分。服务器从未见过任何一个人的数据。`,
);
lab.metrics({ federatedAccuracy: federated, centralizedAccuracy: central, rounds });

export {};
