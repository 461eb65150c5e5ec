/** Glossary terms: training; evaluation (see content/glossary.ts). */
import type { GlossaryTerm } from '../../src/lessons/pipeline/glossary-schema';

export const trainingAndEvaluation: readonly GlossaryTerm[] = [
  // Training
  {
    id: 'loss-function',
    en: 'loss',
    zh: '损失',
    alternatives: ['损失函数', '代价函数'],
    match: { en: ['loss function', 'loss'], zh: ['损失函数', '损失'] },
    definition: {
      en: 'One number that measures how wrong the model’s predictions are; training makes it smaller.',
      zh: '衡量模型预测错得有多厉害的一个数；训练就是让它变小。',
    },
  },
  {
    id: 'mean-squared-error',
    en: 'mean squared error',
    zh: '均方误差',
    definition: {
      en: 'The average of the squared differences between predictions and targets; the usual loss for predicting a quantity.',
      zh: '预测值与目标值之差的平方的平均值；预测数值时常用的损失。',
    },
  },
  {
    id: 'cross-entropy',
    en: 'cross-entropy',
    zh: '交叉熵',
    definition: {
      en: 'The loss for classification: −ln of the probability the model gave the right class.',
      zh: '分类任务的损失：模型给正确类别的概率取 −ln。',
    },
  },
  {
    id: 'gradient',
    en: 'gradient',
    zh: '梯度',
    definition: {
      en: 'The vector of partial derivatives of the loss: which way, and how steeply, the loss rises for each parameter.',
      zh: '损失对各参数的偏导数组成的向量：说明损失朝哪个方向、以多快的速度上升。',
    },
  },
  {
    id: 'gradient-descent',
    en: 'gradient descent',
    zh: '梯度下降',
    definition: {
      en: 'Training by repeatedly moving every parameter a small step against its gradient.',
      zh: '反复让每个参数沿梯度的反方向走一小步，以此来训练。',
    },
  },
  {
    id: 'learning-rate',
    en: 'learning rate',
    zh: '学习率',
    definition: {
      en: 'The size of each gradient-descent step: too small is slow, too large overshoots or diverges.',
      zh: '梯度下降每一步的大小：太小训练慢，太大会越过最低点甚至发散。',
    },
  },
  {
    id: 'backpropagation',
    en: 'backpropagation',
    zh: '反向传播',
    definition: {
      en: 'Computing every parameter’s gradient at once by applying the chain rule from the loss back through the layers.',
      zh: '从损失出发，沿着各层反向应用链式法则，一次算出所有参数的梯度。',
    },
  },
  {
    id: 'epoch',
    en: 'epoch',
    zh: '轮',
    alternatives: ['迭代周期', 'epoch'],
    match: { en: ['epoch'], zh: ['轮（epoch）', '训练轮数', '一轮训练'] },
    definition: {
      en: 'One pass of training over the whole training set.',
      zh: '在整个训练集上完整训练一遍。',
    },
  },
  {
    id: 'batch',
    en: 'batch',
    zh: '批量',
    alternatives: ['批次', '小批量（minibatch）'],
    match: { en: ['minibatch', 'mini-batch', 'batch'], zh: ['小批量', '批量'] },
    definition: {
      en: 'The group of examples used for one gradient step.',
      zh: '做一次梯度更新所用的一组样本。',
    },
  },
  {
    id: 'optimizer',
    en: 'optimizer',
    zh: '优化器',
    definition: {
      en: 'The rule that turns gradients into parameter updates: plain SGD, momentum, Adam…',
      zh: '把梯度变成参数更新的规则：普通 SGD、动量法、Adam 等。',
    },
  },
  {
    id: 'momentum',
    en: 'momentum',
    zh: '动量法',
    alternatives: ['动量'],
    match: { en: ['momentum'], zh: ['动量法', '动量'] },
    definition: {
      en: 'An optimizer that keeps a running average of past gradients, so steps build up speed along a consistent direction.',
      zh: '一种优化器：对过去的梯度做滑动平均，沿着一致的方向越走越快。',
    },
  },
  {
    id: 'overfitting',
    en: 'overfitting',
    zh: '过拟合',
    definition: {
      en: 'Fitting the training examples so closely, noise included, that the model does worse on new data.',
      zh: '把训练样本（连同其中的噪声）拟合得太紧，以致在新数据上表现变差。',
    },
  },
  {
    id: 'generalization',
    en: 'generalization',
    zh: '泛化',
    definition: {
      en: 'How well what a model learned holds on data it never saw.',
      zh: '模型学到的东西在没见过的数据上还能成立的程度。',
    },
  },
  {
    id: 'regularization',
    en: 'regularization',
    zh: '正则化',
    definition: {
      en: 'Anything that limits how closely a model can fit its training data, to reduce overfitting (weight decay, dropout…).',
      zh: '限制模型贴合训练数据的程度、以减轻过拟合的各种手段（权重衰减、暂退法等）。',
    },
  },
  {
    id: 'dropout',
    en: 'dropout',
    zh: '暂退法',
    alternatives: ['dropout', '丢弃法'],
    match: { en: ['dropout'], zh: ['暂退法', '丢弃法'] },
    definition: {
      en: 'During training, zeroing a random share of a layer’s outputs at each step, so no neuron can rely on any other.',
      zh: '训练时每一步随机把一层的一部分输出置零，使任何神经元都不能依赖别的神经元。',
    },
  },

  // Evaluation
  {
    id: 'accuracy',
    en: 'accuracy',
    zh: '准确率',
    alternatives: ['精度'],
    definition: {
      en: 'The share of predictions that are right.',
      zh: '预测正确的比例。',
    },
  },
  {
    id: 'precision',
    en: 'precision',
    zh: '查准率',
    alternatives: ['精确率', '精度'],
    match: { en: ['precision'], zh: ['查准率', '精确率'] },
    definition: {
      en: 'Of the examples predicted positive, the share that really are.',
      zh: '被预测为正类的样本中，真正是正类的比例。',
    },
  },
  {
    id: 'recall',
    en: 'recall',
    zh: '召回率',
    alternatives: ['查全率'],
    match: { en: ['recall'], zh: ['召回率', '查全率'] },
    definition: {
      en: 'Of the examples that really are positive, the share the model finds.',
      zh: '真正是正类的样本中，被模型找出来的比例。',
    },
  },
  {
    id: 'confusion-matrix',
    en: 'confusion matrix',
    zh: '混淆矩阵',
    definition: {
      en: 'A table counting, for each true class, how often the model predicted each class.',
      zh: '一张计数表：对每个真实类别，统计模型把它预测成各个类别的次数。',
    },
  },

];
