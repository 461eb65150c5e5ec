// One DP-SGD step: clip every person's gradient to norm at most C, add them
// up, add Gaussian noise ν·C·z (z: standard normal draws, one per coordinate),
// and divide by the batch size B.
// zh: DP-SGD 的一步：把每个人的梯度裁剪到范数不超过 C，加起来，
// zh: 再加上高斯噪声 ν·C·z（z：标准正态分布的抽样，每个坐标一个），最后除以批量大小 B。
function privateGradient(grads: number[][], C: number, nu: number, z: number[]): number[] {
  // Start from the noise, then add every person's clipped gradient.
  // zh: 从噪声出发，再加上每个人裁剪后的梯度。
  const sum = z.map((v) => nu * C * v);
  for (const g of grads) {
    const norm = Math.sqrt(g.reduce((s, v) => s + v * v, 0));
    let clipped = g;
    if (norm > C) {
      // Your code here: scale g down so that its norm becomes exactly C (same direction).
      // zh: 在这里写代码：把 g 按比例缩小，使它的范数恰好等于 C（方向不变）。
      clipped = g;
    }
    clipped.forEach((v, j) => {
      sum[j] = (sum[j] ?? 0) + v;
    });
  }
  return sum.map((v) => v / grads.length);
}

// Two people, C = 1, no noise: [3, 4] has norm 5 and must become [0.6, 0.8]. Expected: [0.45, 0.2].
// zh: 两个人，C = 1，没有噪声：[3, 4] 的范数是 5，应当变成 [0.6, 0.8]。预期结果：[0.45, 0.2]。
lab.print(privateGradient([[3, 4], [0.3, -0.4]], 1, 0, [0, 0]));
