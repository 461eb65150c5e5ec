// A classifier's forward pass: z = h·W + b per layer, tanh in the hidden layers,
// the sigmoid on the last one, which gives P(class 1).
// zh: 分类器的前向传播：每层 z = h·W + b，隐藏层套 tanh，
// zh: 最后一层套 sigmoid，给出 P(类别 1)。
type Layer = { W: tf.Tensor2D; b: tf.Tensor1D };

function predict(x: tf.Tensor2D, params: Layer[]): tf.Tensor2D {
  let h = x;
  params.forEach(({ W, b }, l) => {
    const z = h.matMul(W).add(b) as tf.Tensor2D;
    h = l < params.length - 1 ? tf.tanh(z) : tf.sigmoid(z);
  });
  return h;
}

// Class 1 where P(class 1) ≥ 0.5 (the same as z ≥ 0), else class 0.
// zh: P(类别 1) ≥ 0.5（等价于 z ≥ 0）处为类别 1，否则为类别 0。
function classify(x: tf.Tensor2D, params: Layer[]): tf.Tensor2D {
  return predict(x, params).greaterEqual(0.5).cast('float32');
}

// A small 2 → 2 → 1 network and three points to try it on.
// zh: 一个 2 → 2 → 1 的小网络，和三个用来试一试的点。
const net: Layer[] = [
  { W: tf.tensor2d([[1, -1], [0.5, 1]]), b: tf.tensor1d([0, 0.5]) },
  { W: tf.tensor2d([[2], [-1.5]]), b: tf.tensor1d([0.2]) },
];
const points = tf.tensor2d([[1, 0], [-1, 1], [0, -2]]);
lab.print(predict(points, net));
lab.print(classify(points, net));
