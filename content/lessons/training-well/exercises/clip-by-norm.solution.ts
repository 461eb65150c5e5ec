// Gradient clipping by norm: if ‖g‖ > C, use g · C / ‖g‖ instead.
// zh: 按范数裁剪梯度：如果 ‖g‖ > C，就改用 g · C / ‖g‖。
function clipByNorm(g: number[], maxNorm: number): number[] {
  const norm = Math.sqrt(g.reduce((s, x) => s + x * x, 0)); // the length ‖g‖ // zh: 长度 ‖g‖
  return norm > maxNorm ? g.map((x) => (x * maxNorm) / norm) : g;
}

// A giant gradient and a small one, with C = 1.
// zh: 一个巨大的梯度和一个小梯度，C = 1。
lab.print(clipByNorm([30, 40], 1));
lab.print(clipByNorm([0.3, -0.4], 1));
