// A classifier's forward pass, as in the lesson's example: each layer computes
// z = h·W + b (W has one row per input and one column per unit); hidden layers
// then apply tanh, and the last layer, one unit, gives P(class 1) = σ(z).
// zh: 分类器的前向传播，和课文的示例一样：每一层计算 z = h·W + b
// zh: （W 每个输入占一行，每个单元占一列）；隐藏层接着套上 tanh，
// zh: 最后一层只有一个单元，给出 P(类别 1) = σ(z)。
type Layer = { W: tf.Tensor2D; b: tf.Tensor1D };

function predict(x: tf.Tensor2D, params: Layer[]): tf.Tensor2D {
  let h = x;
  params.forEach(({ W, b }) => {
    const z = h.matMul(W).add(b) as tf.Tensor2D;
    // Your code here: tanh for the hidden layers, the sigmoid for the last one.
    // As it is, no layer has an activation, so the output is a raw score.
    // zh: 在这里写代码：隐藏层套 tanh，最后一层套 sigmoid。
    // zh: 现在哪一层都没有激活函数，所以输出的是原始分数。
    h = z;
  });
  return h;
}

// The class of every row of x: 1 where P(class 1) ≥ 0.5, else 0.
// zh: x 每一行的类别：P(类别 1) ≥ 0.5 处为 1，否则为 0。
function classify(x: tf.Tensor2D, params: Layer[]): tf.Tensor2D {
  // Your code here: compare the probabilities with 0.5. As it is, every point is class 0.
  // zh: 在这里写代码：把概率和 0.5 比较。现在每个点都被判为类别 0。
  return tf.zerosLike(predict(x, params));
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
