// A network like the lesson's: inputs x, one hidden layer of sigmoid units, one
// sigmoid output ŷ, and the loss L = −[y ln ŷ + (1 − y) ln(1 − ŷ)].
// Row j of W1 holds the weights into hidden unit j, as in the lesson.
// zh: 和课文里一样的网络：输入 x，一个由 sigmoid 单元组成的隐藏层，一个
// zh: sigmoid 输出 ŷ，损失 L = −[y ln ŷ + (1 − y) ln(1 − ŷ)]。
// zh: W1 的第 j 行是进入隐藏单元 j 的权重，与课文一致。
type Net = { W1: number[][]; b1: number[]; w2: number[]; b2: number };
type Gradients = { dW1: number[][]; db1: number[]; dw2: number[]; db2: number };

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

// The forward pass, written for you. It keeps h: the backward pass needs it.
// zh: 前向传播已经替你写好。它保留了 h：反向传播要用到它。
function forward(x: number[], net: Net): { h: number[]; yHat: number } {
  const h = net.W1.map((row, j) => sigmoid(row.reduce((s, w, k) => s + w * (x[k] ?? 0), net.b1[j] ?? 0)));
  const yHat = sigmoid(net.w2.reduce((s, w, j) => s + w * (h[j] ?? 0), net.b2));
  return { h, yHat };
}

// Your task: ∂L/∂θ for every parameter θ, each with the shape of θ.
// zh: 你的任务：对每个参数 θ 求 ∂L/∂θ，形状与 θ 相同。
function backward(x: number[], y: number, net: Net): Gradients {
  // Your code here: call forward(x, net), then work back from the output signal
  // δ₂ = ŷ − y. For now every gradient is 0: right shapes, wrong values.
  // zh: 在这里写代码：先调用 forward(x, net)，再从输出处的信号 δ₂ = ŷ − y 往回算。
  // zh: 现在所有梯度都是 0：形状对，数值不对。
  return {
    dW1: net.W1.map((row) => row.map(() => 0)),
    db1: net.b1.map(() => 0),
    dw2: net.w2.map(() => 0),
    db2: 0,
  };
}

// The lesson's network and example: x = (1, 0.5), y = 1. Compare with the lesson's
// hand-worked gradients (dw2 ≈ [−0.2396, −0.2894]).
// zh: 课文里的网络和样本：x = (1, 0.5)，y = 1。和课文手算的梯度对照一下
// zh: （dw2 ≈ [−0.2396, −0.2894]）。
const lessonNet: Net = { W1: [[0.2, -0.4], [0.7, 0.1]], b1: [0.1, -0.2], w2: [0.6, -0.3], b2: 0.05 };
lab.print('ŷ =', forward([1, 0.5], lessonNet).yHat);
lab.print(backward([1, 0.5], 1, lessonNet));
