// A convolution without padding, stride 1: slide a k × k kernel over the image and,
// at each position, add up pixel × weight over the window under it.
// zh: 不填充、步幅为 1 的卷积：让 k × k 的卷积核滑过图像，在每个位置上，
// zh: 把它盖住的窗口里的“像素 × 权重”全部加起来。

// One output value: the window whose top-left pixel is image[i][j].
// zh: 输出里的一个值：左上角像素为 image[i][j] 的那个窗口。
function windowSum(image: number[][], kernel: number[][], i: number, j: number): number {
  // Your code here: this multiplies only the window's top-left pixel by the kernel's
  // top-left weight. Add up pixel × weight over the whole window instead.
  // zh: 在这里写代码：现在它只把窗口左上角的像素乘以卷积核左上角的权重。
  // zh: 改成把整个窗口的“像素 × 权重”都加起来。
  return (image[i]?.[j] ?? 0) * (kernel[0]?.[0] ?? 0);
}

// The feature map: one windowSum per position where the kernel fits inside the image.
// zh: 特征图：卷积核能完整放进图像的每个位置，各算一个 windowSum。
function convolve(image: number[][], kernel: number[][]): number[][] {
  // Your code here: this makes one output per pixel, as if the kernel fitted everywhere.
  // How many positions does a k × k kernel really have along each side?
  // zh: 在这里写代码：现在每个像素都对应一个输出，好像卷积核放在哪里都行。
  // zh: k × k 的卷积核沿每条边到底能放几个位置？
  const rows = image.length;
  const columns = image[0]?.length ?? 0;
  return Array.from({ length: rows }, (_, i) => Array.from({ length: columns }, (_, j) => windowSum(image, kernel, i, j)));
}

// A 4 × 5 patch, bright on the left, and the Sobel kernel: the map should be 2 × 3.
// zh: 一块 4 × 5 的图像块，左边亮，配上 Sobel 卷积核：特征图应该是 2 × 3。
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
