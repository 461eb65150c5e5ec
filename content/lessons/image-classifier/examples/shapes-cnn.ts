// An image classifier trained in your browser: a small convolutional network
// learns to tell four shapes apart in 16 × 16 pictures drawn by the code
// (nothing is downloaded). Then it shows test pictures with its guesses.
// zh: 在你的浏览器里训练的图像分类器：一个小型卷积网络学着分辨 16 × 16 图片里的
// zh: 四种形状，图片由代码自己画出来（什么都不用下载）。最后它展示测试图片和它的猜测。

const CLASSES = ['circle', 'square', 'triangle', 'cross'];
//zh> const CLASSES = ['圆形', '正方形', '三角形', '十字'];
const SIZE = 16;
const rng = lab.random();

// 1. Draw a shape as an outline: a pixel is ink when it lies within `thickness`
//    of the shape's edge. Position, size, thickness and noise vary per picture.
// zh: 1. 把形状画成轮廓：离形状边缘不到 `thickness` 的像素涂上墨。
// zh:    每张图片的位置、大小、笔画粗细和噪声都各不相同。
function draw(kind: number): number[] {
  const cx = rng.uniform(5.5, 10.5);
  const cy = rng.uniform(5.5, 10.5);
  const r = rng.uniform(3, 5);
  const thickness = rng.uniform(0.6, 1.1);
  const pixels: number[] = [];
  for (let y = 0; y < SIZE; y++) {
    for (let x = 0; x < SIZE; x++) {
      const dx = x - cx;
      const dy = y - cy;
      let distance: number;
      if (kind === 0) distance = Math.abs(Math.hypot(dx, dy) - r);
      else if (kind === 1) distance = Math.abs(Math.max(Math.abs(dx), Math.abs(dy)) - r);
      else if (kind === 2) {
        // An upward triangle: the distance to the nearest of its three edge lines, inside or out.
        // zh: 尖朝上的三角形：到三条边所在直线中最近那条的距离，在里面、在外面都一样算。
        const base = dy - r * 0.7;
        const left = (-dx * 0.866 - dy * 0.5) - r * 0.5;
        const right = (dx * 0.866 - dy * 0.5) - r * 0.5;
        distance = Math.abs(Math.max(base, left, right));
      } else distance = Math.min(Math.abs(dx - dy), Math.abs(dx + dy)) / Math.SQRT2 + (Math.max(Math.abs(dx), Math.abs(dy)) > r ? 9 : 0);
      const ink = distance < thickness ? 1 : 0;
      pixels.push(Math.min(1, Math.max(0, ink * rng.uniform(0.7, 1) + rng.uniform(0, 0.15))));
    }
  }
  return pixels;
}
function makeSet(count: number): { images: number[][]; labels: number[] } {
  const labels = Array.from({ length: count }, (_, i) => i % CLASSES.length);
  return { images: labels.map(draw), labels };
}
const trainSet = makeSet(Math.max(20, Math.round(600 * lab.scale)));
const testSet = makeSet(Math.max(20, Math.round(200 * lab.scale)));
// A third set, drawn the same way, to watch while training: the test set is used once, at the end.
// zh: 用同样的方法再画第三组，训练时用来观察：测试集只在最后用一次。
const validationSet = makeSet(Math.max(20, Math.round(200 * lab.scale)));
const tensors = (set: { images: number[][]; labels: number[] }) => ({
  xs: tf.tensor4d(set.images.flat(), [set.images.length, SIZE, SIZE, 1]),
  ys: tf.oneHot(tf.tensor1d(set.labels, 'int32'), CLASSES.length),
});
const train = tensors(trainSet);
const validation = tensors(validationSet);
const test = tensors(testSet);

// 2. The network: two convolution + pooling stages, then a softmax over the 4 classes.
// zh: 2. 网络：两段“卷积 + 汇聚”，最后对 4 个类别做 softmax。
const init = (k: number) => tf.initializers.glorotUniform({ seed: lab.seed + k });
const model = tf.sequential();
model.add(tf.layers.conv2d({ inputShape: [SIZE, SIZE, 1], filters: 6, kernelSize: 3, activation: 'relu', kernelInitializer: init(1) })); // 14×14×6 // zh: 输出 14×14×6
model.add(tf.layers.maxPooling2d({ poolSize: 2 })); // 7×7×6 // zh: 输出 7×7×6
model.add(tf.layers.conv2d({ filters: 12, kernelSize: 3, activation: 'relu', kernelInitializer: init(2) })); // 5×5×12 // zh: 输出 5×5×12
model.add(tf.layers.maxPooling2d({ poolSize: 2 })); // 2×2×12 // zh: 输出 2×2×12
model.add(tf.layers.flatten()); // 48 // zh: 展平成 48 个数
model.add(tf.layers.dense({ units: CLASSES.length, activation: 'softmax', kernelInitializer: init(3) }));
model.compile({ optimizer: tf.train.adam(0.01), loss: 'categoricalCrossentropy', metrics: ['accuracy'] });
lab.print(`${model.countParams()} parameters; ${trainSet.labels.length} training pictures, ${validationSet.labels.length} validation pictures, ${testSet.labels.length} test pictures.`);
//zh> lab.print(`${model.countParams()} 个参数；训练图片 ${trainSet.labels.length} 张，验证图片 ${validationSet.labels.length} 张，测试图片 ${testSet.labels.length} 张。`);

await model.fit(train.xs, train.ys, {
  epochs: Math.max(1, Math.round(8 * lab.scale)),
  batchSize: 32,
  shuffle: false,
  validationData: [validation.xs, validation.ys],
  callbacks: lab.fitCallbacks({ charts: ['loss', 'acc'] }),
});

// 3. Now, once: test accuracy, a confusion matrix (rows: true shape, columns: predicted), and samples.
// zh: 3. 现在，只做一次：测试准确率、混淆矩阵（行：真实形状，列：预测），以及样例。
const probs = model.predict(test.xs) as tf.Tensor2D;
const probabilities = await probs.array();
const predicted = probabilities.map((p) => p.indexOf(Math.max(...p)));
const accuracy = predicted.filter((p, i) => p === testSet.labels[i]).length / predicted.length;
const matrix = CLASSES.map(() => CLASSES.map(() => 0));
predicted.forEach((p, i) => {
  const row = matrix[testSet.labels[i] ?? 0];
  if (row) row[p] = (row[p] ?? 0) + 1;
});
lab.heatmap('confusion matrix (test set)', { values: matrix, showValues: true, rowLabels: CLASSES, columnLabels: CLASSES, yTitle: 'true', xTitle: 'predicted' });
//zh> lab.heatmap('混淆矩阵（测试集）', { values: matrix, showValues: true, rowLabels: CLASSES, columnLabels: CLASSES, yTitle: '真实', xTitle: '预测' });
lab.images(
  'test pictures and guesses',
//zh>   '测试图片与猜测',
  Array.from({ length: 12 }, (_, i) => {
    const guess = predicted[i] ?? 0;
    const image = testSet.images[i] ?? [];
    return {
      pixels: Array.from({ length: SIZE }, (_, r) => image.slice(r * SIZE, (r + 1) * SIZE)),
      caption: `${CLASSES[guess]} ${((probabilities[i]?.[guess] ?? 0) * 100).toFixed(0)} %`,
      tone: guess === testSet.labels[i] ? ('good' as const) : ('bad' as const),
    };
  }),
);
// 4. How sure is the accuracy? The Wilson 95 % interval for k right out of n (src/math/intervals.ts).
// zh: 4. 这个准确率有多可靠？n 张里对了 k 张时的 Wilson 95 % 区间（src/math/intervals.ts）。
function wilson(k: number, n: number): [number, number] {
  const z = 1.959964;
  const p = k / n;
  const d = 1 + (z * z) / n;
  const centre = (p + (z * z) / (2 * n)) / d;
  const half = (z / d) * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n));
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}
const right = predicted.filter((p, i) => p === testSet.labels[i]).length;
const [low, high] = wilson(right, predicted.length);
lab.print(`Test accuracy: ${(accuracy * 100).toFixed(1)} % (95 % interval ${(low * 100).toFixed(1)} to ${(high * 100).toFixed(1)} %, ${predicted.length} pictures; chance: 25 %).`);
//zh> lab.print(`测试准确率：${(accuracy * 100).toFixed(1)} %（95 % 区间 ${(low * 100).toFixed(1)} 至 ${(high * 100).toFixed(1)} %，共 ${predicted.length} 张图片；瞎猜：25 %）。`);

// 5. Which mistakes? The largest off-diagonal count (every pair tied for it), and the
//    circle ↔ square mix-up one might expect at a few pixels across.
// zh: 5. 错在哪里？对角线以外最大的计数（并列最大的每一对都列出），以及只有几个像素宽时
// zh:    人们可能以为会出现的圆形 ↔ 正方形混淆。
let worst = 0;
matrix.forEach((row, t) => row.forEach((n, p) => (worst = t !== p ? Math.max(worst, n) : worst)));
const pairs = matrix.flatMap((row, t) => row.flatMap((n, p) => (t !== p && n === worst && n > 0 ? [`${CLASSES[t]} taken for ${CLASSES[p]}`] : [])));
//zh> const pairs = matrix.flatMap((row, t) => row.flatMap((n, p) => (t !== p && n === worst && n > 0 ? [`${CLASSES[t]}被认成${CLASSES[p]}`] : [])));
const circleSquare = (matrix[0]?.[1] ?? 0) + (matrix[1]?.[0] ?? 0);
lab.print(pairs.length === 0 ? 'No mistakes at all.' : `Most frequent mistake (${worst} pictures each): ${pairs.join('; ')}.`);
//zh> lab.print(pairs.length === 0 ? '一个错误也没有。' : `最常见的错误（各 ${worst} 张图片）：${pairs.join('；')}。`);
lab.print(`Circles taken for squares or squares for circles: ${circleSquare}.`);
//zh> lab.print(`圆形被认成正方形或正方形被认成圆形：${circleSquare} 张。`);
lab.metrics({ testAccuracy: accuracy, accuracyLow: low, accuracyHigh: high, mostConfusedCount: worst, circleSquareMixups: circleSquare });

export {};
