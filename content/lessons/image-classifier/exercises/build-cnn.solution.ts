// The lesson's shapes network as a function of the picture size and the number of
// classes: Conv 3×3 (6 filters, ReLU) → max pool 2×2 → Conv 3×3 (12 filters, ReLU)
// → max pool 2×2 → flatten → Dense with softmax, one unit per class.
// zh: 把课文里的形状分类网络写成一个函数，参数是图片边长和类别数：
// zh: 3×3 卷积（6 个卷积核，ReLU）→ 2×2 最大汇聚 → 3×3 卷积（12 个卷积核，ReLU）
// zh: → 2×2 最大汇聚 → 展平 → 带 softmax 的全连接层，每个类别一个单元。
function buildCnn(size: number, classes: number): tf.Sequential {
  const model = tf.sequential();
  model.add(tf.layers.conv2d({ inputShape: [size, size, 1], filters: 6, kernelSize: 3, activation: 'relu' }));
  model.add(tf.layers.maxPooling2d({ poolSize: 2 }));
  model.add(tf.layers.conv2d({ filters: 12, kernelSize: 3, activation: 'relu' }));
  model.add(tf.layers.maxPooling2d({ poolSize: 2 }));
  model.add(tf.layers.flatten());
  model.add(tf.layers.dense({ units: classes, activation: 'softmax' }));
  return model;
}

// 16 × 16 pictures, 4 classes: 14×14×6 → 7×7×6 → 5×5×12 → 2×2×12 → 48 → 4, with 916 parameters.
// zh: 16 × 16 的图片、4 个类别：14×14×6 → 7×7×6 → 5×5×12 → 2×2×12 → 48 → 4，共 916 个参数。
const model = buildCnn(16, 4);
lab.print('output shape of each layer:', model.layers.map((layer) => layer.outputShape));
//zh> lab.print('每一层的输出形状：', model.layers.map((layer) => layer.outputShape));
lab.print('parameters:', model.countParams());
//zh> lab.print('参数个数：', model.countParams());
