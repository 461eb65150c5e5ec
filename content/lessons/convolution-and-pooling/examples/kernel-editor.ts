// A convolution you can edit: pick a kernel (or type your own 3×3 numbers in
// Settings) and see the feature map it makes from a 28 × 28 picture, then the
// 2 × 2 max-pooled map. tf.conv2d does exactly what the lesson does by hand.
// zh: 一个可以编辑的卷积：选一个卷积核（或者在设置里输入你自己的 3×3 个数），
// zh: 看它从一张 28 × 28 的图片得出怎样的特征图，再看 2 × 2 最大汇聚之后的图。
// zh: tf.conv2d 做的正是本课手算的那件事。

const preset = lab.control('kernel', { kind: 'choice', value: 'vertical edges', options: ['vertical edges', 'horizontal edges', 'blur', 'sharpen', 'identity', 'custom'] });
//zh> const preset = lab.control('卷积核', { kind: 'choice', value: 'vertical edges', options: ['vertical edges', 'horizontal edges', 'blur', 'sharpen', 'identity', 'custom'] });
const custom = lab.control('custom kernel', { kind: 'matrix', value: [[0, 1, 0], [1, -4, 1], [0, 1, 0]] });
//zh> const custom = lab.control('自定义卷积核', { kind: 'matrix', value: [[0, 1, 0], [1, -4, 1], [0, 1, 0]] });
const padding = lab.control('padding', { kind: 'choice', value: 'valid', options: ['valid', 'same'] });
//zh> const padding = lab.control('填充', { kind: 'choice', value: 'valid', options: ['valid', 'same'] });

const kernels: Record<string, number[][]> = {
  'vertical edges': [[1, 0, -1], [2, 0, -2], [1, 0, -1]], // Sobel: bright on the left, dark on the right → positive // zh: Sobel：左亮右暗 → 正值
  'horizontal edges': [[1, 2, 1], [0, 0, 0], [-1, -2, -1]],
  blur: [[1 / 9, 1 / 9, 1 / 9], [1 / 9, 1 / 9, 1 / 9], [1 / 9, 1 / 9, 1 / 9]],
  sharpen: [[0, -1, 0], [-1, 5, -1], [0, -1, 0]],
  identity: [[0, 0, 0], [0, 1, 0], [0, 0, 0]],
};
const kernel = preset === 'custom' ? custom : (kernels[preset] ?? custom);

// 1. A 28 × 28 grey picture drawn in code: a ring and a bar, with a little seeded noise.
// zh: 1. 用代码画一张 28 × 28 的灰度图：一个圆环和一根竖条，再加一点带种子的噪声。
const rng = lab.random();
const size = 28;
const picture = Array.from({ length: size }, (_, r) =>
  Array.from({ length: size }, (_, c) => {
    const ring = Math.abs(Math.hypot(r - 10, c - 10) - 6) < 1.6 ? 1 : 0;
    const bar = r >= 16 && r <= 24 && c >= 19 && c <= 22 ? 1 : 0;
    return Math.min(1, Math.max(0, Math.max(ring, bar) * 0.9 + rng.uniform(0, 0.1)));
  }),
);

// 2. Convolve: tf.conv2d wants [batch, height, width, channels] and a kernel [kh, kw, in, out].
// zh: 2. 做卷积：tf.conv2d 要的输入形状是 [批量, 高, 宽, 通道]，卷积核形状是 [kh, kw, 输入通道, 输出通道]。
const image = tf.tensor4d(picture.flat(), [1, size, size, 1]);
const filter = tf.tensor4d(kernel.flat(), [3, 3, 1, 1]);
const featureMap = tf.conv2d(image, filter, 1, padding as 'valid' | 'same');
const pooled = tf.maxPool(featureMap, 2, 2, 'valid');
lab.print(`input ${image.shape.slice(1, 3).join('×')} → feature map ${featureMap.shape.slice(1, 3).join('×')} (${padding} padding) → max-pooled ${pooled.shape.slice(1, 3).join('×')}`);
//zh> lab.print(`输入 ${image.shape.slice(1, 3).join('×')} → 特征图 ${featureMap.shape.slice(1, 3).join('×')}（${padding} 填充）→ 最大汇聚后 ${pooled.shape.slice(1, 3).join('×')}`);
lab.print('kernel:', tf.tensor2d(kernel));
//zh> lab.print('卷积核：', tf.tensor2d(kernel));

// 3. Show them. Feature maps can be negative (an edge in the other direction):
//    the heat map uses blue for negative, orange for positive, white for zero.
// zh: 3. 把它们画出来。特征图可以是负的（方向相反的边）：
// zh:    热力图用蓝色表示负值，橙色表示正值，白色表示零。
const squeeze2d = (t: tf.Tensor) => t.reshape([t.shape[1] ?? 0, t.shape[2] ?? 0]) as tf.Tensor2D;
lab.images('picture', [{ pixels: picture, caption: `input ${size}×${size}` }]);
//zh> lab.images('图片', [{ pixels: picture, caption: `输入 ${size}×${size}` }]);
lab.heatmap('feature map', { values: squeeze2d(featureMap), colors: 'diverging', center: 0 });
//zh> lab.heatmap('特征图', { values: squeeze2d(featureMap), colors: 'diverging', center: 0 });
lab.heatmap('after 2×2 max pooling', { values: squeeze2d(pooled), colors: 'diverging', center: 0 });
//zh> lab.heatmap('2×2 最大汇聚之后', { values: squeeze2d(pooled), colors: 'diverging', center: 0 });
const [fmMin, fmMax] = await Promise.all([featureMap.min().data(), featureMap.max().data()]);
lab.metrics({ featureRows: featureMap.shape[1], featureColumns: featureMap.shape[2], pooledRows: pooled.shape[1], min: fmMin[0] ?? NaN, max: fmMax[0] ?? NaN });

export {};
