// A convolution without padding, stride 1: slide a k × k kernel over the image and,
// at each position, add up pixel × weight over the window under it.
// zh: 不填充、步幅为 1 的卷积：让 k × k 的卷积核滑过图像，在每个位置上，
// zh: 把它盖住的窗口里的“像素 × 权重”全部加起来。

// One output value: the window whose top-left pixel is image[i][j].
// zh: 输出里的一个值：左上角像素为 image[i][j] 的那个窗口。
function windowSum(image: number[][], kernel: number[][], i: number, j: number): number {
  let sum = 0;
  for (let a = 0; a < kernel.length; a++) {
    for (let b = 0; b < (kernel[a]?.length ?? 0); b++) {
      sum += (image[i + a]?.[j + b] ?? 0) * (kernel[a]?.[b] ?? 0);
    }
  }
  return sum;
}

// The feature map: n − k + 1 positions down, m − k + 1 across.
// zh: 特征图：纵向有 n − k + 1 个位置，横向有 m − k + 1 个。
function convolve(image: number[][], kernel: number[][]): number[][] {
  const rows = image.length - kernel.length + 1;
  const columns = (image[0]?.length ?? 0) - (kernel[0]?.length ?? 0) + 1;
  return Array.from({ length: rows }, (_, i) => Array.from({ length: columns }, (_, j) => windowSum(image, kernel, i, j)));
}

// A 4 × 5 patch, bright on the left, and the Sobel kernel: the map is 2 × 3.
// zh: 一块 4 × 5 的图像块，左边亮，配上 Sobel 卷积核：特征图是 2 × 3。
const patch = [
  [9, 9, 5, 1, 0],
  [8, 9, 4, 1, 1],
  [9, 8, 5, 0, 1],
  [9, 9, 4, 1, 0],
];
const sobel = [
  [1, 0, -1],
  [2, 0, -2],
  [1, 0, -1],
];
lab.print(convolve(patch, sobel));
