/** Glossary terms: models and their parts; data (see content/glossary.ts). */
import type { GlossaryTerm } from '../../src/lessons/pipeline/glossary-schema';

export const modelsAndData: readonly GlossaryTerm[] = [
  // Models and their parts
  {
    id: 'parameter',
    en: 'parameter',
    zh: '参数',
    definition: {
      en: 'A number the model learns during training; in a dense layer, its weights and biases.',
      zh: '模型在训练中学到的数；在全连接层里就是它的权重和偏置。',
    },
  },
  {
    id: 'hyperparameter',
    en: 'hyperparameter',
    zh: '超参数',
    definition: {
      en: 'A setting chosen before training rather than learned, such as the learning rate or the number of layers.',
      zh: '训练前选定、而不是学出来的设置，比如学习率或层数。',
    },
  },
  {
    id: 'weight',
    en: 'weight',
    zh: '权重',
    definition: {
      en: 'A parameter that multiplies an input: it says how much that input counts.',
      zh: '与输入相乘的参数，决定这个输入有多大分量。',
    },
  },
  {
    id: 'bias',
    en: 'bias',
    zh: '偏置',
    alternatives: ['偏差', '偏置项'],
    definition: {
      en: 'A parameter added after the weighted sum, so a neuron can shift its output; not the statistical "bias" of an estimate.',
      zh: '在加权和之后加上的参数，让神经元的输出可以整体平移；不是统计学里估计量的“偏差”。',
    },
  },
  {
    id: 'neuron',
    en: 'neuron',
    zh: '神经元',
    definition: {
      en: 'A weighted sum of inputs plus a bias, passed through an activation function.',
      zh: '输入的加权和加上偏置，再经过激活函数。',
    },
  },
  {
    id: 'dense-layer',
    en: 'dense layer',
    zh: '全连接层',
    alternatives: ['稠密层', 'Dense 层'],
    match: { en: ['dense layer', 'fully connected layer'], zh: ['全连接层', '稠密层'] },
    definition: {
      en: 'A layer in which every neuron is connected to every input: Wx + b, then an activation.',
      zh: '每个神经元都与每个输入相连的层：先算 Wx + b，再经过激活函数。',
    },
  },
  {
    id: 'hidden-layer',
    en: 'hidden layer',
    zh: '隐藏层',
    definition: {
      en: 'A layer between the input and the output, whose values nobody gives or reads directly.',
      zh: '位于输入和输出之间的层，它的值既不由人给出，也不直接被人读取。',
    },
  },
  {
    id: 'activation-function',
    en: 'activation function',
    zh: '激活函数',
    definition: {
      en: 'The non-linear function a neuron applies to its weighted sum (ReLU, sigmoid, tanh); without it, layers collapse into one linear map.',
      zh: '神经元作用在加权和上的非线性函数（ReLU、sigmoid、tanh）；没有它，多层网络会退化成一个线性映射。',
    },
  },
  {
    id: 'sigmoid',
    en: 'sigmoid',
    zh: 'sigmoid 函数',
    alternatives: ['S 型函数', 'Logistic 函数'],
    match: { en: ['sigmoid'], zh: ['sigmoid 函数', 'sigmoid'] },
    definition: {
      en: 'σ(z) = 1 / (1 + e^(−z)): squashes any number into (0, 1), used for a yes/no probability.',
      zh: 'σ(z) = 1 / (1 + e^(−z))：把任何数压到 (0, 1) 之间，用来给出“是/否”的概率。',
    },
  },
  {
    id: 'relu',
    en: 'ReLU',
    zh: 'ReLU',
    alternatives: ['修正线性单元', '线性整流函数'],
    definition: {
      en: 'max(0, z): the most common activation in hidden layers.',
      zh: 'max(0, z)：隐藏层中最常用的激活函数。',
    },
  },
  {
    id: 'logit',
    en: 'logit',
    zh: 'logit',
    alternatives: ['未规范化的预测', '对数几率'],
    definition: {
      en: 'A raw score from the last layer, before softmax or sigmoid turns it into a probability.',
      zh: '最后一层输出的原始分数，还没有经过 softmax 或 sigmoid 变成概率。',
    },
  },
  {
    id: 'softmax',
    en: 'softmax',
    zh: 'softmax',
    alternatives: ['归一化指数函数'],
    definition: {
      en: 'Turns K scores into K probabilities that sum to 1: e^(z_i) / Σ e^(z_j).',
      zh: '把 K 个分数变成和为 1 的 K 个概率：e^(z_i) / Σ e^(z_j)。',
    },
  },
  {
    id: 'tensor',
    en: 'tensor',
    zh: '张量',
    definition: {
      en: 'An array of numbers with any number of dimensions (a vector, a matrix, a stack of images); what TensorFlow.js computes with.',
      zh: '任意维数的数组（向量、矩阵、一叠图片）；TensorFlow.js 就是用它来计算的。',
    },
  },

  // Data
  {
    id: 'feature',
    en: 'feature',
    zh: '特征',
    definition: {
      en: 'One input variable of an example, such as a house’s area.',
      zh: '一个样本的一个输入变量，比如房子的面积。',
    },
  },
  {
    id: 'label',
    en: 'label',
    zh: '标签',
    alternatives: ['标注'],
    definition: {
      en: 'The right answer attached to a training example, which the model learns to predict.',
      zh: '附在训练样本上的正确答案，模型要学会预测它。',
    },
  },
  {
    id: 'training-set',
    en: 'training set',
    zh: '训练集',
    definition: {
      en: 'The examples the model learns its parameters from.',
      zh: '模型用来学习参数的样本。',
    },
  },
  {
    id: 'validation-set',
    en: 'validation set',
    zh: '验证集',
    definition: {
      en: 'Held-out examples used while developing: to watch training and choose settings.',
      zh: '开发过程中留出的样本：用来观察训练过程、挑选设置。',
    },
  },
  {
    id: 'test-set',
    en: 'test set',
    zh: '测试集',
    definition: {
      en: 'Held-out examples used once, at the end, to say how well the final model does on new data.',
      zh: '留到最后只用一次的样本，用来说明最终模型在新数据上表现如何。',
    },
  },

];
