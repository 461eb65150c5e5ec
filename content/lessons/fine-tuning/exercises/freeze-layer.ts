// Fine-tuning with a frozen feature layer: the pretrained layer named
// 'features' keeps its weights, and only the layers after it learn.
// zh: 冻结特征层来微调：名为 'features' 的预训练层保持权重不变，
// zh: 只有它后面的层继续学习。
function prepareForFineTuning(model: tf.LayersModel): void {
  // Your code here: freeze the layer named 'features'. Do it before compiling:
  // the model collects its trainable weights when it is compiled.
  // zh: 在这里写代码：冻结名为 'features' 的层。要在编译之前做：
  // zh: 模型是在编译时收集它的可训练权重的。
  model.compile({ optimizer: tf.train.adam(0.01), loss: 'binaryCrossentropy' });
}

// A small stand-in for the pretrained sentiment model: 8 words → 4 features → 1 output.
// Its first layer has the name of the lesson's pretrained layer.
// zh: 预训练情感模型的一个小替身：8 个词 → 4 个特征 → 1 个输出。
// zh: 它的第一层与课文里的预训练层同名。
const FEATURES = 'features';
const model = tf.sequential();
model.add(tf.layers.dense({
  units: 4,
  activation: 'relu',
  inputShape: [8],
  name: FEATURES,
}));
model.add(tf.layers.dense({ units: 1, activation: 'sigmoid' }));
prepareForFineTuning(model);
// A kernel and a bias per layer: 4 weight tensors train, or 2 once 'features' is frozen.
// zh: 每层一个权重矩阵和一个偏置：可训练的权重张量有 4 个，冻结 'features' 之后剩 2 个。
lab.print(`Trainable weight tensors: ${model.trainableWeights.length}`);
//zh> lab.print(`可训练的权重张量：${model.trainableWeights.length} 个`);
