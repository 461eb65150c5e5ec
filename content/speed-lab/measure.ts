// The speed lab's measurement (src/speed/): one of the course's models,
// trained for a fixed number of steps on the backend this run uses. The page
// runs this same file once per model and backend, and Auto runs it for a few
// steps per candidate before an example's first run. It reports, through
// lab.metrics:
//   firstStepMs     the first step, data read back included: shader compiles on a GPU
//   stepsPerSecond  the steps after the first, timed from start to a final read-back
//   loss            the last step's loss, to compare with the CPU backend's (parity)
//   params, bytes   the model's size and the tensor memory held after training
// Every backend starts from the same weights and sees the same batches:
// weights come from seeded initializers (TensorFlow.js draws seeded random
// numbers in JavaScript, whatever the backend), data from lab.random(7).
// zh: 速度实验室的测量程序（src/speed/）：用这次运行所在的后端，把课程里的某个
// zh: 模型训练固定的步数。页面对每个模型和后端各运行一次；Auto 在某个示例第一次
// zh: 运行前，也用它让每个候选后端跑几步。结果通过 lab.metrics 报告。

const model = lab.control('model', {
  kind: 'choice',
  value: 'playground',
  options: ['playground', 'mlp-8', 'mlp-32', 'mlp-128', 'mlp-512', 'cnn', 'transformer'],
});
const timedSteps = Math.max(2, Math.round(lab.control('steps', { value: 20, min: 2, max: 500, step: 1 }) * lab.scale));
// Fused kernels: the CNN through lab.cnn and the transformer through lab.transformer, each the whole
// network as a handful of GPU dispatches a step on WebGPU (every layer forward and backward, the loss
// and Adam's update of every weight one dispatch each). 'no': the same networks with tfjs's own ops and
// tf.train.adam, a hundred to three hundred dispatches a step, to compare.
// zh: 融合内核：CNN 用 lab.cnn，Transformer 用 lab.transformer，在 WebGPU 上整个网络每步只需几次 GPU 调度
// zh: （每层的前向和反向、损失、Adam 对全部权重的更新各一次）。'no'：同样的网络用 tfjs 自己的运算和 tf.train.adam，每步一两百到三百多次调度，作对比。
const fused = lab.control('fused kernels', { kind: 'choice', value: 'yes', options: ['yes', 'no'] }) === 'yes';
const rng = lab.random(7);

interface Trainer {
  readonly params: number;
  /** One training step; returns the batch's loss before the update, still on the device. */
  step(): tf.Scalar;
}

/** A fixed set of batches, cycled through: every backend sees the same ones. */
function cycle<T>(batches: T[]): () => T {
  let i = 0;
  return () => batches[i++ % batches.length] as T;
}

// The Playground network: 2-4-2-1 tanh on 2-D points, batches of 10, SGD at 0.03
// (the binary-classifier lesson), trained through lab.mlp (fused kernels on WebGPU).
// zh: Playground 网络：2-4-2-1、tanh，二维点，批量 10，学习率 0.03 的 SGD（二分类器一课），用 lab.mlp 训练。
function playground(): Trainer {
  const net = lab.mlp({ sizes: [2, 4, 2, 1], loss: 'sigmoidCrossEntropy', learningRate: 0.03, seed: 1 });
  const next = cycle(
    Array.from({ length: 25 }, () => {
      const points = Array.from({ length: 10 }, (_, i) => {
        const r = i % 2 === 0 ? rng.uniform(0, 2.5) : rng.uniform(3.5, 5);
        const t = rng.uniform(0, 2 * Math.PI);
        return [r * Math.cos(t), r * Math.sin(t), i % 2 === 0 ? 1 : 0] as const;
      });
      return { xs: tf.tensor2d(points.map((p) => [p[0], p[1]])), ys: tf.tensor2d(points.map((p) => [p[2]])) };
    }),
  );
  return {
    params: 2 * 4 + 4 + 4 * 2 + 2 + 2 * 1 + 1,
    step: () => {
      const { xs, ys } = next();
      return net.step(xs, ys);
    },
  };
}

// The width sweep: 32 inputs, two hidden tanh layers of `width` units, one output,
// mean squared error, SGD at 0.01, batches of 64. Parameters grow as width²: where a GPU starts to pay.
// zh: 宽度扫描：32 个输入，两个各有 width 个 tanh 单元的隐藏层，一个输出，均方误差，学习率 0.01 的 SGD，批量 64。
function mlp(width: number): Trainer {
  const inputs = 32;
  const net = lab.mlp({ sizes: [inputs, width, width, 1], learningRate: 0.01, seed: 1 });
  const next = cycle(
    Array.from({ length: 4 }, () => {
      const xs = rng.array(64 * inputs, (r) => r.normal(0, 1));
      const ys = Array.from({ length: 64 }, (_, row) => Math.tanh(xs[row * inputs] ?? 0) + 0.5 * (xs[row * inputs + 1] ?? 0));
      return { xs: tf.tensor2d(xs, [64, inputs]), ys: tf.tensor2d(ys, [64, 1]) };
    }),
  );
  return {
    params: inputs * width + width + width * width + width + width + 1,
    step: () => {
      const { xs, ys } = next();
      return net.step(xs, ys);
    },
  };
}

// The shapes CNN of the image-classifier lesson: 16×16 pictures, conv 6 → pool → conv 12 → pool → 4 classes,
// Adam, batches of 32 (random pictures here: speed does not depend on what they show). Fused: lab.cnn, the
// whole network as 9 GPU dispatches a step on WebGPU; 'no': the same network as a tf.layers model with
// tf.train.adam. Both start from the same weights (glorotUniform seeded 1, 2, 3).
// zh: 图像分类一课的形状 CNN：16×16 图片，卷积 6 → 池化 → 卷积 12 → 池化 → 4 类，Adam，批量 32。
// zh: 融合：用 lab.cnn，在 WebGPU 上整个网络每步 9 次 GPU 调度；'no'：同一个网络写成 tf.layers 模型，配 tf.train.adam。两者起点权重相同。
function cnn(): Trainer {
  const next = cycle(
    Array.from({ length: 4 }, () => ({
      xs: tf.tensor4d(rng.array(32 * 16 * 16, (r) => (r.next() < 0.2 ? 1 : 0)), [32, 16, 16, 1]),
      ys: tf.oneHot(tf.tensor1d(rng.array(32, (r) => r.int(0, 3)), 'int32'), 4) as tf.Tensor2D,
    })),
  );
  if (fused) {
    const net = lab.cnn({ input: [16, 16, 1], convolutions: [{ filters: 6, kernelSize: 3 }, { filters: 12, kernelSize: 3 }], classes: 4, optimizer: 'adam', learningRate: 0.001, seed: 1 });
    return {
      // Filters and biases of the two blocks (3·3·1·6 + 6, 3·3·6·12 + 12), then the dense layer (2·2·12·4 + 4).
      params: 3 * 3 * 1 * 6 + 6 + (3 * 3 * 6 * 12 + 12) + (2 * 2 * 12 * 4 + 4),
      step: () => {
        const { xs, ys } = next();
        return net.step(xs, ys);
      },
    };
  }
  const net = tf.sequential();
  const init = (seed: number) => tf.initializers.glorotUniform({ seed });
  net.add(tf.layers.conv2d({ inputShape: [16, 16, 1], filters: 6, kernelSize: 3, activation: 'relu', kernelInitializer: init(1) }));
  net.add(tf.layers.maxPooling2d({ poolSize: 2 }));
  net.add(tf.layers.conv2d({ filters: 12, kernelSize: 3, activation: 'relu', kernelInitializer: init(2) }));
  net.add(tf.layers.maxPooling2d({ poolSize: 2 }));
  net.add(tf.layers.flatten());
  net.add(tf.layers.dense({ units: 4, kernelInitializer: init(3) }));
  const optimizer = tf.train.adam(0.001);
  return {
    params: net.countParams(),
    step: () => {
      const { xs, ys } = next();
      return optimizer.minimize(() => tf.losses.softmaxCrossEntropy(ys, net.apply(xs) as tf.Tensor) as tf.Scalar, true) as tf.Scalar;
    },
  };
}

// The tiny transformer of the language-models lesson: one attention block, 24 tokens of context,
// width 32, a 40-symbol vocabulary, Adam at 0.01, batches of 16 (random token ids). Fused: lab.transformer,
// the whole network as 19 GPU dispatches a step on WebGPU; 'no': the same network written with tf ops,
// trained by tf.train.adam. Both start from the same weights (tf.randomNormal seeded 11, 12, …).
// zh: 语言模型一课的小 Transformer：一个注意力块，24 个词元的上下文，宽度 32，40 个符号的词表，Adam，批量 16。
// zh: 融合：用 lab.transformer，在 WebGPU 上整个网络每步 19 次 GPU 调度；'no'：同一个网络用 tf 运算写成，由 tf.train.adam 训练。两者起点权重相同。
function transformer(): Trainer {
  const V = 40;
  const T = 24;
  const d = 32;
  const next = cycle(
    Array.from({ length: 4 }, () => {
      const ids = rng.array(16 * (T + 1), (r) => r.int(0, V - 1));
      const rows = Array.from({ length: 16 }, (_, i) => ids.slice(i * (T + 1), (i + 1) * (T + 1)));
      return {
        input: tf.tensor2d(rows.map((row) => row.slice(0, T)), [16, T], 'int32'),
        target: tf.tensor2d(rows.map((row) => row.slice(1)), [16, T], 'int32'),
      };
    }),
  );
  // Embeddings, four d×d attention matrices, the feed-forward layer (d → 4d → d), the output layer.
  const params = V * d + T * d + 4 * d * d + (d * 4 * d + 4 * d) + 4 * d * d + (d * V + V);
  if (fused) {
    const net = lab.transformer({ vocabulary: V, context: T, width: d, optimizer: 'adam', learningRate: 0.01, seed: 11 });
    return {
      params,
      step: () => {
        const { input, target } = next();
        return net.step(input, target);
      },
    };
  }
  let seed = 11;
  const param = (shape: number[], std: number) => tf.variable(tf.randomNormal(shape, 0, std, 'float32', seed++));
  const E = param([V, d], 0.1);
  const P = param([T, d], 0.1);
  const Wq = param([d, d], 1 / Math.sqrt(d));
  const Wk = param([d, d], 1 / Math.sqrt(d));
  const Wv = param([d, d], 1 / Math.sqrt(d));
  const Wo = param([d, d], 1 / Math.sqrt(d));
  const W1 = param([d, 4 * d], 1 / Math.sqrt(d));
  const b1 = tf.variable(tf.zeros([4 * d]));
  const W2 = param([4 * d, d], 1 / Math.sqrt(4 * d));
  const Wout = param([d, V], 1 / Math.sqrt(d));
  const bout = tf.variable(tf.zeros([V]));
  const mask = tf.linalg.bandPart(tf.ones([T, T]), 0, -1).sub(tf.eye(T)).mul(-1e9);
  const proj = (x: tf.Tensor3D, w: tf.Tensor) => {
    const [b, t, n] = x.shape;
    return x.reshape([b * t, n]).matMul(w).reshape([b, t, w.shape[1] ?? n]) as tf.Tensor3D;
  };
  const norm = (x: tf.Tensor3D) => {
    const { mean, variance } = tf.moments(x, -1, true);
    return x.sub(mean).div(variance.add(1e-5).sqrt()) as tf.Tensor3D;
  };
  const forward = (batch: tf.Tensor2D) => {
    let x = E.gather(batch).add(P) as tf.Tensor3D;
    const h = norm(x);
    const scores = tf.matMul(proj(h, Wq), proj(h, Wk), false, true);
    const weights = tf.softmax(scores.div(Math.sqrt(d)).add(mask));
    x = x.add(proj(tf.matMul(weights, proj(h, Wv)) as tf.Tensor3D, Wo)) as tf.Tensor3D;
    x = x.add(proj(proj(norm(x), W1).add(b1).relu() as tf.Tensor3D, W2)) as tf.Tensor3D;
    return proj(norm(x), Wout).add(bout) as tf.Tensor3D;
  };
  const optimizer = tf.train.adam(0.01);
  return {
    params,
    step: () => {
      const { input, target } = next();
      return optimizer.minimize(() => tf.losses.softmaxCrossEntropy(tf.oneHot(target, V), forward(input)) as tf.Scalar, true) as tf.Scalar;
    },
  };
}

const trainer =
  model === 'cnn' ? cnn() : model === 'transformer' ? transformer() : model === 'playground' ? playground() : mlp(Number(model.slice('mlp-'.length)));

// The first step alone: on a GPU it compiles every shader the step needs.
// zh: 单独的第一步：在 GPU 上，这一步要编译训练用到的所有着色器。
let started = performance.now();
const first = trainer.step();
await first.data();
first.dispose();
const firstStepMs = performance.now() - started;
lab.progress({ epoch: 1, epochs: 1, batch: 1, batches: timedSteps + 1 });

// Then the timed steps, read back only once at the end, as a training loop should.
// zh: 然后是计时的各步，只在最后读回一次数据，训练循环本就该这样写。
started = performance.now();
let last: tf.Scalar | null = null;
for (let i = 0; i < timedSteps; i++) {
  last?.dispose();
  last = trainer.step();
  lab.progress({ epoch: 1, epochs: 1, batch: i + 2, batches: timedSteps + 1 });
}
const loss = last ? ((await last.data())[0] ?? NaN) : NaN;
const seconds = (performance.now() - started) / 1000;

lab.metrics({
  params: trainer.params,
  firstStepMs,
  stepsPerSecond: timedSteps / seconds,
  loss,
  steps: timedSteps,
  bytes: tf.memory().numBytes,
});
