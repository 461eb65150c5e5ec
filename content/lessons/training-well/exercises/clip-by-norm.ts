// Gradient clipping caps the gradient's length before the step: if ‖g‖ > C,
// use g · C / ‖g‖ instead. The direction is kept; only the size is limited.
// zh: 梯度裁剪在迈步之前给梯度的长度设上限：如果 ‖g‖ > C，
// zh: 就改用 g · C / ‖g‖。方向保持不变，只限制大小。
function clipByNorm(g: number[], maxNorm: number): number[] {
  // This clips every entry to [−maxNorm, maxNorm] on its own ("clipping by value"),
  // which can turn the gradient. Your code here: clip the whole vector by its norm.
  // zh: 这里把每个分量各自裁剪到 [−maxNorm, maxNorm]（“按值裁剪”），
  // zh: 这可能让梯度转向。在这里写代码：按范数裁剪整个向量。
  return g.map((x) => Math.min(Math.max(x, -maxNorm), maxNorm));
}

// A giant gradient and a small one, with C = 1. Clipped by norm, the first
// should become [0.6, 0.8]; the second should not change.
// zh: 一个巨大的梯度和一个小梯度，C = 1。按范数裁剪后，第一个
// zh: 应该变成 [0.6, 0.8]；第二个应该保持不变。
lab.print(clipByNorm([30, 40], 1));
lab.print(clipByNorm([0.3, -0.4], 1));
