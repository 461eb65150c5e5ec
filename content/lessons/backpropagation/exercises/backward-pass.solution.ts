// A network like the lesson's: one sigmoid hidden layer, one sigmoid output,
// binary cross-entropy. Row j of W1 holds the weights into hidden unit j.
// zh: 和课文里一样的网络：一个 sigmoid 隐藏层，一个 sigmoid 输出，
// zh: 二元交叉熵。W1 的第 j 行是进入隐藏单元 j 的权重。
type Net = { W1: number[][]; b1: number[]; w2: number[]; b2: number };
type Gradients = { dW1: number[][]; db1: number[]; dw2: number[]; db2: number };

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

function forward(x: number[], net: Net): { h: number[]; yHat: number } {
  const h = net.W1.map((row, j) => sigmoid(row.reduce((s, w, k) => s + w * (x[k] ?? 0), net.b1[j] ?? 0)));
  const yHat = sigmoid(net.w2.reduce((s, w, j) => s + w * (h[j] ?? 0), net.b2));
  return { h, yHat };
}

function backward(x: number[], y: number, net: Net): Gradients {
  const { h, yHat } = forward(x, net);
  // Output: the sigmoid's slope cancels against cross-entropy's, leaving ŷ − y.
  // zh: 输出层：sigmoid 的斜率与交叉熵的导数相消，只剩 ŷ − y。
  const delta2 = yHat - y;
  // Hidden: send δ₂ back through w2, then through each sigmoid: h(1 − h).
  // zh: 隐藏层：把 δ₂ 沿 w2 传回来，再穿过每个 sigmoid：乘以 h(1 − h)。
  const delta1 = h.map((hj, j) => (net.w2[j] ?? 0) * delta2 * hj * (1 - hj));
  // Every weight: the signal at its output times the value at its input.
  // zh: 每个权重：它输出端的信号乘以它输入端的值。
  return {
    dW1: delta1.map((d) => x.map((xk) => d * xk)),
    db1: delta1,
    dw2: h.map((hj) => delta2 * hj),
    db2: delta2,
  };
}

// The lesson's network and example: x = (1, 0.5), y = 1.
// zh: 课文里的网络和样本：x = (1, 0.5)，y = 1。
const lessonNet: Net = { W1: [[0.2, -0.4], [0.7, 0.1]], b1: [0.1, -0.2], w2: [0.6, -0.3], b2: 0.05 };
lab.print('ŷ =', forward([1, 0.5], lessonNet).yHat);
lab.print(backward([1, 0.5], 1, lessonNet));
