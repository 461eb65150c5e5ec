// A variational autoencoder (VAE) trained in your browser on 16 × 16 pictures
// of four shapes that the code draws. It never sees a label: it learns to
// squeeze each picture into two numbers and to draw it back from them. Then
// new pictures come from points the decoder has never been given.
// zh: 一个变分自编码器（VAE），就在你的浏览器里训练，训练数据是代码自己画的
// zh: 16 × 16 的四种形状图片。它从不看标签：它学着把每张图片压缩成两个数，
// zh: 再凭这两个数把图片画回来。之后，新图片来自解码器从没拿到过的点。

const SIZE = 16;
const PIXELS = SIZE * SIZE;
const LATENT = 2;
const CLASSES = ['circle', 'square', 'triangle', 'cross'];
//zh> const CLASSES = ['圆形', '正方形', '三角形', '十字'];
const rng = lab.random();

// 1. Draw a shape as an outline: a pixel is ink when it lies within `thickness` of the edge.
// zh: 1. 把形状画成轮廓：一个像素离边缘的距离在 `thickness` 以内，就涂上墨。
function draw(kind: number): number[] {
  const cx = rng.uniform(7, 8.5);
  const cy = rng.uniform(7, 8.5);
  const r = rng.uniform(4, 6);
  const thickness = rng.uniform(0.8, 1.1);
  const pixels: number[] = [];
  for (let y = 0; y < SIZE; y++) {
    for (let x = 0; x < SIZE; x++) {
      const dx = x - cx;
      const dy = y - cy;
      let distance: number;
      if (kind === 0) distance = Math.abs(Math.hypot(dx, dy) - r);
      else if (kind === 1) distance = Math.abs(Math.max(Math.abs(dx), Math.abs(dy)) - r);
      else if (kind === 2) distance = Math.abs(Math.max(dy - r * 0.7, -dx * 0.866 - dy * 0.5 - r * 0.5, dx * 0.866 - dy * 0.5 - r * 0.5));
      else distance = Math.min(Math.abs(dx - dy), Math.abs(dx + dy)) / Math.SQRT2 + (Math.max(Math.abs(dx), Math.abs(dy)) > r ? 9 : 0);
      pixels.push(distance < thickness ? 1 : 0);
    }
  }
  return pixels;
}
const makeSet = (count: number) => {
  const labels = Array.from({ length: count }, (_, i) => i % CLASSES.length);
  return { images: labels.map(draw), labels };
};
const trainSet = makeSet(Math.max(100, Math.round(400 * lab.scale)));
const testSet = makeSet(200);
const trainX = tf.tensor2d(trainSet.images);
const testX = tf.tensor2d(testSet.images);

// 2. Encoder: picture → 32 ReLU units → a mean μ and a log-variance ln s² for each of the 2 latent numbers.
//    Decoder: 2 numbers → 32 ReLU units → 256 pixel probabilities (sigmoid).
// zh: 2. 编码器：图片 → 32 个 ReLU 单元 → 2 个隐变量各自的均值 μ 和对数方差 ln s²。
// zh:    解码器：2 个数 → 32 个 ReLU 单元 → 256 个像素的概率（sigmoid）。
let seed = lab.seed;
const weight = (rows: number, cols: number) => tf.variable(tf.randomNormal([rows, cols], 0, Math.sqrt(2 / rows), 'float32', seed++));
const bias = (n: number) => tf.variable(tf.zeros([n]));
const enc = { w1: weight(PIXELS, 32), b1: bias(32), wMean: weight(32, LATENT), bMean: bias(LATENT), wLogVar: weight(32, LATENT), bLogVar: bias(LATENT) };
const dec = { w1: weight(LATENT, 32), b1: bias(32), w2: weight(32, PIXELS), b2: bias(PIXELS) };
const encode = (x: tf.Tensor2D) => {
  const h = x.matMul(enc.w1).add(enc.b1).relu();
  return { mean: h.matMul(enc.wMean).add(enc.bMean) as tf.Tensor2D, logVar: h.matMul(enc.wLogVar).add(enc.bLogVar) as tf.Tensor2D };
};
const decodeLogits = (z: tf.Tensor2D) => z.matMul(dec.w1).add(dec.b1).relu().matMul(dec.w2).add(dec.b2) as tf.Tensor2D;

// 3. The loss per picture: reconstruction (binary cross-entropy summed over the 256 pixels)
//    + KL(N(μ, s²) ‖ N(0, 1)) = ½ Σ (μ² + s² − 1 − ln s²), which keeps the codes near a standard normal.
//    z = μ + s·ε with ε ~ N(0, 1): the reparameterization trick lets gradients reach μ and s.
// zh: 3. 每张图片的损失：重建损失（256 个像素的二元交叉熵之和）
// zh:    + KL(N(μ, s²) ‖ N(0, 1)) = ½ Σ (μ² + s² − 1 − ln s²)，它让编码留在标准正态分布附近。
// zh:    z = μ + s·ε，其中 ε ~ N(0, 1)：重参数化技巧让梯度能传到 μ 和 s。
function losses(x: tf.Tensor2D, noiseSeed: number) {
  const { mean, logVar } = encode(x);
  const z = mean.add(logVar.mul(0.5).exp().mul(tf.randomNormal(mean.shape, 0, 1, 'float32', noiseSeed))) as tf.Tensor2D;
  const reconstruction = tf.losses.sigmoidCrossEntropy(x, decodeLogits(z), undefined, undefined, tf.Reduction.NONE).sum(1).mean();
  const kl = mean.square().add(logVar.exp()).sub(1).sub(logVar).sum(1).mul(0.5).mean();
  return { reconstruction, kl };
}

const epochs = Math.max(1, Math.round(15 * lab.scale));
const batchSize = 100;
const batches = Math.floor(trainSet.images.length / batchSize);
const optimizer = tf.train.adam(0.005);
for (let epoch = 1; epoch <= epochs; epoch++) {
  // The two parts summed over the epoch on the GPU, read back once per epoch: a read
  // waits until the GPU has finished everything queued, so reading every batch would stall it.
  // zh: 两部分损失在 GPU 上按轮累加，每轮只读回一次：读回要等 GPU 做完排队的全部工作，
  // zh: 每个批量都读，就会一次次让它停下来等。
  let sums = tf.zeros([2]);
  for (let b = 0; b < batches; b++) {
    const x = trainX.slice([b * batchSize, 0], [batchSize, PIXELS]);
    let parts: tf.Tensor[] = [];
    const total = optimizer.minimize(() => {
      const { reconstruction, kl } = losses(x, seed + epoch * 1000 + b);
      parts = [tf.keep(reconstruction), tf.keep(kl)]; // kept past the step, to chart the two parts // zh: 留到这一步之后，好把两部分损失画出来
      return reconstruction.add(kl) as tf.Scalar;
    }, true) as tf.Scalar;
    const summed = tf.tidy(() => sums.add(tf.stack(parts)));
    tf.dispose([x, total, sums, ...parts]);
    sums = summed;
    lab.progress({ epoch, epochs, batch: b + 1, batches });
  }
  const [recSum = NaN, klSum = NaN] = await sums.data();
  sums.dispose();
  lab.chart('loss per picture', 'reconstruction (nats)', epoch, recSum / batches);
//zh>   lab.chart('每张图片的损失', '重建（奈特）', epoch, recSum / batches);
  lab.chart('loss per picture', 'KL (nats)', epoch, klSum / batches);
//zh>   lab.chart('每张图片的损失', 'KL（奈特）', epoch, klSum / batches);
}

// 4. Judge on new pictures: reconstruct them from their means μ, and compare with the simplest
//    "model" of the data: the average training picture, used as the reconstruction of every picture.
// zh: 4. 在新图片上评判：用各自的均值 μ 重建它们，再与最简单的数据“模型”比较：
// zh:    把训练图片的平均图当作每一张图片的重建结果。
const { mean: testMean } = encode(testX);
const reconstructed = tf.sigmoid(decodeLogits(testMean));
const bce = (target: tf.Tensor2D, p: tf.Tensor2D) => tf.losses.logLoss(target, p, undefined, 1e-6, tf.Reduction.NONE).sum(1).mean();
const vaeError = (await bce(testX, reconstructed).data())[0] ?? NaN;
const average = trainX.mean(0).expandDims(0).tile([testSet.images.length, 1]) as tf.Tensor2D;
const averageError = (await bce(testX, average).data())[0] ?? NaN;
lab.print(`Reconstruction error on 200 new pictures: ${vaeError.toFixed(1)} nats per picture, against ${averageError.toFixed(1)} for the average picture.`);
//zh> lab.print(`200 张新图片的重建误差：每张 ${vaeError.toFixed(1)} 奈特；用平均图则是 ${averageError.toFixed(1)} 奈特。`);
const rows = (flat: number[]) => Array.from({ length: SIZE }, (_, r) => flat.slice(r * SIZE, (r + 1) * SIZE));
const recon = await reconstructed.array();
lab.images('new pictures (top) and the VAE’s reconstructions from 2 numbers (bottom)', [
//zh> lab.images('新图片（上排）和 VAE 只凭 2 个数重建的结果（下排）', [
  ...testSet.images.slice(0, 8).map((p, i) => ({ pixels: rows(p), caption: CLASSES[testSet.labels[i] ?? 0] })),
  ...recon.slice(0, 8).map((p) => ({ pixels: rows(p), caption: 'rebuilt' })),
//zh>   ...recon.slice(0, 8).map((p) => ({ pixels: rows(p), caption: '重建' })),
]);

// 5. The 2-number codes of the test pictures, coloured by the shape the VAE was never told.
//    A nearest-centre rule in that plane measures how well shapes separate without labels.
// zh: 5. 测试图片的 2 维编码，按形状着色，而 VAE 从没被告知形状。
// zh:    在这个平面上用“最近的中心”归类，衡量不用标签时各形状分得有多开。
const codes = await testMean.array();
const trainCodes = await encode(trainX).mean.array();
const centres = CLASSES.map((_, c) => {
  const members = trainCodes.filter((_, i) => trainSet.labels[i] === c);
  return [0, 1].map((d) => members.reduce((s, z) => s + (z[d] ?? 0), 0) / members.length);
});
const nearest = (z: number[]) => centres.map((c) => Math.hypot((z[0] ?? 0) - (c[0] ?? 0), (z[1] ?? 0) - (c[1] ?? 0))).reduce((best, d, c, all) => (d < (all[best] ?? Infinity) ? c : best), 0);
const latentAccuracy = codes.filter((z, i) => nearest(z) === testSet.labels[i]).length / codes.length;
lab.plot('latent space (test pictures)', CLASSES.map((name, c) => ({
//zh> lab.plot('隐空间（测试图片）', CLASSES.map((name, c) => ({
  name,
  x: codes.filter((_, i) => testSet.labels[i] === c).map((z) => z[0] ?? 0),
  y: codes.filter((_, i) => testSet.labels[i] === c).map((z) => z[1] ?? 0),
  style: 'points' as const,
})));
lab.print(`Shapes in the latent plane: the nearest shape centre is the right shape for ${(latentAccuracy * 100).toFixed(0)} % of test pictures (chance: 25 %), though no label was used in training.`);
//zh> lab.print(`隐空间平面里的形状：对 ${(latentAccuracy * 100).toFixed(0)} % 的测试图片，最近的形状中心就是它的真实形状（瞎猜的水平是 25 %），而训练时一个标签也没用。`);

// 6. Generate: decode a grid of points in the latent plane, from −2 to 2 on both axes.
// zh: 6. 生成：把隐空间平面上的一个网格点阵解码成图片，两个轴都从 −2 到 2。
const grid: number[][] = [];
for (let row = 0; row < 6; row++) for (let col = 0; col < 6; col++) grid.push([-2 + (4 * col) / 5, 2 - (4 * row) / 5]);
const generated = await tf.sigmoid(decodeLogits(tf.tensor2d(grid))).array();
lab.images('new pictures decoded from a 6 × 6 grid of points (−2 … 2 on both axes)', generated.map((p) => ({ pixels: rows(p) })));
//zh> lab.images('从 6 × 6 网格点解码出的新图片（两个轴都是 −2 … 2）', generated.map((p) => ({ pixels: rows(p) })));
lab.metrics({ vaeError, averageError, latentAccuracy, epochs });

export {};
