// One step of gradient descent for the line ŷ = w·x + b under mean squared error:
//   ∂L/∂w = (2/n) Σ (ŷᵢ − yᵢ)·xᵢ,   ∂L/∂b = (2/n) Σ (ŷᵢ − yᵢ)
// then step against the gradient: w ← w − η·∂L/∂w, b ← b − η·∂L/∂b.
// zh: 对直线 ŷ = w·x + b 在均方误差下做一步梯度下降：
// zh:   ∂L/∂w = (2/n) Σ (ŷᵢ − yᵢ)·xᵢ，  ∂L/∂b = (2/n) Σ (ŷᵢ − yᵢ)
// zh: 然后逆着梯度走一步：w ← w − η·∂L/∂w，b ← b − η·∂L/∂b。
function descendStep(w: number, b: number, xs: number[], ys: number[], eta: number): [number, number] {
  // Your code here: compute the two gradients from xs and ys (they are 0 for now,
  // so the line never moves).
  // zh: 在这里写代码：用 xs 和 ys 算出这两个梯度（现在它们都是 0，
  // zh: 所以直线一动不动）。
  const dw = 0;
  const db = 0;
  return [w - eta * dw, b - eta * db];
}

// The lesson's three houses, one step from w = 0, b = 0 with η = 0.1.
// The lesson gets w = 0.549 and b = 0.600.
// zh: 课文里的三套房子，从 w = 0、b = 0 出发，取 η = 0.1 走一步。
// zh: 课文得到 w = 0.549、b = 0.600。
lab.print(descendStep(0, 0, [0.5, 0.8, 1.2], [2.0, 2.9, 4.1], 0.1));
