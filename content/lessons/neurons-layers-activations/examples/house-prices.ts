// House prices: one neuron learns a straight line, price = w · area + b.
// Press Run (Ctrl/Cmd+Enter) and watch the loss fall and the line find the data.
// zh: 房价：一个神经元学出一条直线，价格 = w · 面积 + b。
// zh: 按“运行”（Ctrl/Cmd+Enter），看着损失下降、直线找到数据。

// 1. Make up a town: 200 houses between 40 and 200 m². The "true" rule is
//    50k + 3k per m², plus noise (σ = 40k) for everything the area leaves out.
// zh: 1. 虚构一个小镇：200 套房子，面积在 40 到 200 m² 之间。“真实”规则是
// zh:    5 万 + 每平方米 3 千，再加上噪声（σ = 4 万），代表面积没有反映的一切因素。
const rng = lab.random(); // seeded: same houses on every run // zh: 带种子：每次运行得到同样的房子
const houses = 200;
const areas = rng.array(houses, (r) => r.uniform(40, 200));
const prices = areas.map((area) => 50 + 3 * area + rng.normal(0, 40)); // in thousands // zh: 单位：千元

// 2. Scale the numbers. Gradient descent is happiest when inputs are around
//    0 with spread 1 (standardize), and targets are small (hundreds of k → units).
// zh: 2. 缩放数值。输入在 0 附近、标准差为 1（标准化），目标值又比较小
// zh:    （几十万 → 个位数）时，梯度下降的效果最好。
const mean = areas.reduce((s, a) => s + a, 0) / houses;
const std = Math.sqrt(areas.reduce((s, a) => s + (a - mean) ** 2, 0) / houses);
const xs = tf.tensor2d(areas.map((a) => [(a - mean) / std]));
const ys = tf.tensor2d(prices.map((p) => [p / 100]));

// 3. The model: a single Dense unit, y = w·x + b, no activation. Starting from
//    zeros (not random) makes every run on the cpu backend identical.
// zh: 3. 模型：单个 Dense 单元，y = w·x + b，不带激活函数。从零开始（而不是随机初始化），
// zh:    在 cpu 后端上每次运行的结果就完全一样。
const model = tf.sequential();
model.add(tf.layers.dense({ units: 1, inputShape: [1], kernelInitializer: 'zeros', biasInitializer: 'zeros' }));
model.compile({ optimizer: tf.train.sgd(0.1), loss: 'meanSquaredError' });

// Draws the houses and the model's current line (2 points are enough for a line).
// Tensors are read with `await t.data()`: it never blocks (dataSync() would).
// zh: 画出房子和模型当前的直线（画一条直线有 2 个点就够了）。
// zh: 张量用 `await t.data()` 读取：它不会阻塞（dataSync() 会）。
async function drawFit(): Promise<void> {
  const ends = [40, 200];
  const line = tf.tidy(() => model.predict(tf.tensor2d(ends.map((a) => [(a - mean) / std]))) as tf.Tensor);
  const lineY = Array.from(await line.data(), (y) => y * 100);
  line.dispose();
  lab.plot('price vs area', [
  //zh> lab.plot('房价与面积', [
    { name: 'houses', x: areas, y: prices, style: 'points' },
    //zh> { name: '房子', x: areas, y: prices, style: 'points' },
    { name: 'model', x: ends, y: lineY, style: 'line' },
    //zh> { name: '模型', x: ends, y: lineY, style: 'line' },
  ]);
}
await drawFit();

// 4. Train. One helper call wires the loss chart, the progress bar and the final metrics.
// zh: 4. 训练。一次辅助函数调用就接好了损失曲线图、进度条和最终指标。
const epochs = Math.max(5, Math.round(60 * lab.scale));
await model.fit(xs, ys, {
  epochs,
  batchSize: 20,
  shuffle: false, // tfjs shuffles with Math.random; off keeps runs reproducible // zh: tfjs 用 Math.random 打乱顺序；关掉它，每次运行的结果才能复现
  callbacks: lab.fitCallbacks({
    charts: ['loss'],
    onEpochEnd: async (epoch) => {
      if (epoch % 5 === 4 || epoch === epochs - 1) await drawFit();
    },
  }),
});

// 5. Read the line back in the houses' units: undo the scaling on w and b.
// zh: 5. 把直线换算回房子的单位：撤销 w 和 b 上的缩放。
const [kernel, bias] = await Promise.all(model.getWeights().map(async (t) => (await t.data())[0] ?? NaN));
const perM2 = ((kernel ?? NaN) * 100) / std;
const base = (bias ?? NaN) * 100 - perM2 * mean;
lab.print(`Learned: price ≈ ${base.toFixed(1)}k + ${perM2.toFixed(2)}k per m² (truth: 50k + 3k per m²)`);
//zh> lab.print(`学到的：价格 ≈ ${base.toFixed(1)} 千元 + 每平方米 ${perM2.toFixed(2)} 千元（真实值：50 千元 + 每平方米 3 千元）`);
lab.table([60, 100, 150].map((area) => ({ 'area (m²)': area, 'predicted price (k)': Math.round(base + perM2 * area) })));
//zh> lab.table([60, 100, 150].map((area) => ({ '面积（m²）': area, '预测价格（千元）': Math.round(base + perM2 * area) })));

export {};
