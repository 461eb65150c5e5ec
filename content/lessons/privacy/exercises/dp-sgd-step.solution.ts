// One DP-SGD step: (Σ clip_C(gᵢ) + ν·C·z) / B.
// zh: DP-SGD 的一步：(Σ clip_C(gᵢ) + ν·C·z) / B。
function privateGradient(grads: number[][], C: number, nu: number, z: number[]): number[] {
  const sum = z.map((v) => nu * C * v);
  for (const g of grads) {
    const norm = Math.sqrt(g.reduce((s, v) => s + v * v, 0));
    let clipped = g;
    if (norm > C) {
      // Same direction, norm exactly C.
      // zh: 方向不变，范数恰好为 C。
      clipped = g.map((v) => (v * C) / norm);
    }
    clipped.forEach((v, j) => {
      sum[j] = (sum[j] ?? 0) + v;
    });
  }
  return sum.map((v) => v / grads.length);
}

lab.print(privateGradient([[3, 4], [0.3, -0.4]], 1, 0, [0, 0]));
