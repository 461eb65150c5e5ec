// A convolution you can edit: pick a kernel (or type your own 3×3 numbers in
// Settings) and see the feature map it makes from a 28 × 28 picture, then the
// 2 × 2 max-pooled map. tf.conv2d does exactly what the lesson does by hand.

const preset = lab.control('kernel', { kind: 'choice', value: 'vertical edges', options: ['vertical edges', 'horizontal edges', 'blur', 'sharpen', 'identity', 'custom'] });
const custom = lab.control('custom kernel', { kind: 'matrix', value: [[0, 1, 0], [1, -4, 1], [0, 1, 0]] });
const padding = lab.control('padding', { kind: 'choice', value: 'valid', options: ['valid', 'same'] });

const kernels: Record<string, number[][]> = {
  'vertical edges': [[1, 0, -1], [2, 0, -2], [1, 0, -1]], // Sobel: bright on the left, dark on the right → positive
  'horizontal edges': [[1, 2, 1], [0, 0, 0], [-1, -2, -1]],
  blur: [[1 / 9, 1 / 9, 1 / 9], [1 / 9, 1 / 9, 1 / 9], [1 / 9, 1 / 9, 1 / 9]],
  sharpen: [[0, -1, 0], [-1, 5, -1], [0, -1, 0]],
  identity: [[0, 0, 0], [0, 1, 0], [0, 0, 0]],
};
const kernel = preset === 'custom' ? custom : (kernels[preset] ?? custom);

// 1. A 28 × 28 grey picture drawn in code: a ring and a bar, with a little seeded noise.
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
const image = tf.tensor4d(picture.flat(), [1, size, size, 1]);
const filter = tf.tensor4d(kernel.flat(), [3, 3, 1, 1]);
const featureMap = tf.conv2d(image, filter, 1, padding as 'valid' | 'same');
const pooled = tf.maxPool(featureMap, 2, 2, 'valid');
lab.print(`input ${image.shape.slice(1, 3).join('×')} → feature map ${featureMap.shape.slice(1, 3).join('×')} (${padding} padding) → max-pooled ${pooled.shape.slice(1, 3).join('×')}`);
lab.print('kernel:', tf.tensor2d(kernel));

// 3. Show them. Feature maps can be negative (an edge in the other direction):
//    the heat map uses blue for negative, orange for positive, white for zero.
const squeeze2d = (t: tf.Tensor) => t.reshape([t.shape[1] ?? 0, t.shape[2] ?? 0]) as tf.Tensor2D;
lab.images('picture', [{ pixels: picture, caption: `input ${size}×${size}` }]);
lab.heatmap('feature map', { values: squeeze2d(featureMap), colors: 'diverging', center: 0 });
lab.heatmap('after 2×2 max pooling', { values: squeeze2d(pooled), colors: 'diverging', center: 0 });
const [fmMin, fmMax] = await Promise.all([featureMap.min().data(), featureMap.max().data()]);
lab.metrics({ featureRows: featureMap.shape[1], featureColumns: featureMap.shape[2], pooledRows: pooled.shape[1], min: fmMin[0] ?? NaN, max: fmMax[0] ?? NaN });

export {};
