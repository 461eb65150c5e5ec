// The lesson's shapes network as a function of the picture size and the number of
// classes: Conv 3×3 (6 filters, ReLU) → max pool 2×2 → Conv 3×3 (12 filters, ReLU)
// → max pool 2×2 → flatten → Dense with softmax, one unit per class.
// zh: 把课文里的形状分类网络写成一个函数，参数是图片边长和类别数：
// zh: 3×3 卷积（6 个卷积核，ReLU）→ 2×2 最大汇聚 → 3×3 卷积（12 个卷积核，ReLU）
// zh: → 2×2 最大汇聚 → 展平 → 带 softmax 的全连接层，每个类别一个单元。
function buildCnn(size: number, classes: number): tf.Sequential {
  const model = tf.sequential();
  // Your code here: add the two convolution + pooling stages before the flatten.
  // The model's first layer is the one that takes inputShape: [size, size, 1].
  // zh: 在这里写代码：在展平之前加上两段“卷积 + 汇聚”。
  // zh: 模型的第一层才需要写 inputShape: [size, size, 1]。
  model.add(tf.layers.flatten({ inputShape: [size, size, 1] }));
  model.add(tf.layers.dense({ units: classes, activation: 'softmax' }));
  return model;
}

// Without the convolutions this is one dense layer on the raw pixels: 1028 parameters.
// The lesson's network has 916.
// zh: 没有卷积层时，这只是直接连在像素上的一个全连接层：1028 个参数。
// zh: 课文里的网络有 916 个。
const model = buildCnn(16, 4);
lab.print('output shape of each layer:', model.layers.map((layer) => layer.outputShape));
//zh> lab.print('每一层的输出形状：', model.layers.map((layer) => layer.outputShape));
lab.print('parameters:', model.countParams());
//zh> lab.print('参数个数：', model.countParams());
