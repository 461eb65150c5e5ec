// One step of gradient descent for the line ŷ = w·x + b under mean squared error.
// zh: 对直线 ŷ = w·x + b 在均方误差下做一步梯度下降。
function descendStep(w: number, b: number, xs: number[], ys: number[], eta: number): [number, number] {
  const n = xs.length;
  let dw = 0;
  let db = 0;
  for (let i = 0; i < n; i++) {
    const x = xs[i] ?? 0;
    const error = w * x + b - (ys[i] ?? 0); // the error ŷᵢ − yᵢ // zh: 误差 ŷᵢ − yᵢ
    dw += (2 / n) * error * x;
    db += (2 / n) * error;
  }
  return [w - eta * dw, b - eta * db];
}

// The lesson's three houses, one step from w = 0, b = 0 with η = 0.1.
// zh: 课文里的三套房子，从 w = 0、b = 0 出发，取 η = 0.1 走一步。
lab.print(descendStep(0, 0, [0.5, 0.8, 1.2], [2.0, 2.9, 4.1], 0.1));
