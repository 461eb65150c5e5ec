/**
 * The course's glossary (术语表): each term in English, the Chinese the course
 * uses for it, other Chinese renderings a reader will meet elsewhere, and a
 * one-line definition in both languages.
 *
 * Chinese terms follow d2l-zh (《动手学深度学习》, its TERMINOLOGY.md) where it
 * has one: 词元 for token, 汇聚层 for pooling layer, 轮 for epoch, 暂退法 for
 * dropout, 查准率 for precision, 偏置 for bias. Where usage is split, the
 * other common renderings are listed in `alternatives`.
 *
 * The build renders this list into the glossary page (content/pages/glossary.md
 * and glossary.zh.md, the ```glossary block) and links the first use of each
 * term in every lesson to its entry; hovering or focusing that link shows the
 * definition. `match` lists the forms to look for when they are not simply
 * the term (English also matches plurals). `check:content` validates this file
 * (src/lessons/pipeline/glossary.ts).
 */
import type { GlossaryTerm } from '../src/lessons/pipeline/glossary-schema';

export const glossary: readonly GlossaryTerm[] = [
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

  // Images
  {
    id: 'convolution',
    en: 'convolution',
    zh: '卷积',
    definition: {
      en: 'Sliding a small grid of weights (a kernel) over an image and taking a weighted sum at each position.',
      zh: '让一小块权重网格（卷积核）在图像上滑动，在每个位置求加权和。',
    },
  },
  {
    id: 'kernel',
    en: 'kernel',
    zh: '卷积核',
    alternatives: ['滤波器', '核'],
    match: { en: ['kernel'], zh: ['卷积核'] },
    definition: {
      en: 'The small grid of weights a convolution slides over its input; in code, also the weight matrix of a dense layer.',
      zh: '卷积在输入上滑动的那一小块权重网格；在代码里，全连接层的权重矩阵也叫 kernel。',
    },
  },
  {
    id: 'feature-map',
    en: 'feature map',
    zh: '特征图',
    alternatives: ['特征映射'],
    definition: {
      en: 'The grid of outputs a convolution produces: how strongly each position matches the kernel’s pattern.',
      zh: '卷积输出的网格：每个位置与卷积核的图案有多吻合。',
    },
  },
  {
    id: 'pooling',
    en: 'pooling',
    zh: '汇聚',
    alternatives: ['池化'],
    match: { en: ['pooling'], zh: ['汇聚层', '汇聚', '池化'] },
    definition: {
      en: 'Shrinking a feature map by keeping one value (the maximum or the mean) per small window.',
      zh: '缩小特征图：每个小窗口只保留一个值（最大值或平均值）。',
    },
  },

  // Language
  {
    id: 'token',
    en: 'token',
    zh: '词元',
    alternatives: ['标记', 'token'],
    definition: {
      en: 'The unit a language model reads and writes: a word, part of a word, a character or a byte.',
      zh: '语言模型读写的基本单位：一个词、词的一部分、一个字符或一个字节。',
    },
  },
  {
    id: 'tokenizer',
    en: 'tokenizer',
    zh: '词元分析器',
    alternatives: ['分词器'],
    match: { en: ['tokenizer'], zh: ['词元分析器', '分词器'] },
    definition: {
      en: 'The program that cuts text into tokens and numbers them.',
      zh: '把文本切成词元并给它们编号的程序。',
    },
  },
  {
    id: 'embedding',
    en: 'embedding',
    zh: '嵌入',
    alternatives: ['嵌入向量', '词嵌入'],
    definition: {
      en: 'A learned vector that stands for a token (or another item), so similar items get similar vectors.',
      zh: '代表一个词元（或其他对象）的、学出来的向量，相似的对象得到相近的向量。',
    },
  },
  {
    id: 'language-model',
    en: 'language model',
    zh: '语言模型',
    definition: {
      en: 'A model that gives the probability of the next token given the ones before it.',
      zh: '根据前面的词元，给出下一个词元概率的模型。',
    },
  },
  {
    id: 'attention',
    en: 'attention',
    zh: '注意力',
    alternatives: ['注意力机制'],
    match: { en: ['attention'], zh: ['注意力机制', '注意力'] },
    definition: {
      en: 'Letting each position build its output as a weighted average of all positions, with weights from how well a query matches each key.',
      zh: '让每个位置把所有位置的值加权平均作为输出，权重取决于查询与各个键的匹配程度。',
    },
  },
  {
    id: 'self-attention',
    en: 'self-attention',
    zh: '自注意力',
    definition: {
      en: 'Attention in which queries, keys and values all come from the same sequence.',
      zh: '查询、键和值都来自同一个序列的注意力。',
    },
  },
  {
    id: 'transformer',
    en: 'transformer',
    zh: 'Transformer',
    alternatives: ['变换器'],
    definition: {
      en: 'The network design behind today’s large language models: layers of self-attention and feed-forward networks with residual connections.',
      zh: '当今大语言模型背后的网络结构：由自注意力层和前馈网络层堆叠而成，并带有残差连接。',
    },
  },
  {
    id: 'perplexity',
    en: 'perplexity',
    zh: '困惑度',
    definition: {
      en: 'e to the power of the average loss per token: roughly how many choices the model is torn between.',
      zh: 'e 的“每个词元平均损失”次方：大致相当于模型在多少个选项之间犹豫不决。',
    },
  },
  {
    id: 'temperature',
    en: 'temperature',
    zh: '温度',
    definition: {
      en: 'A number that divides the logits before sampling: low makes the output safe and repetitive, high makes it varied and odd.',
      zh: '采样前用来除 logit 的数：低温让输出稳妥而重复，高温让输出多样而古怪。',
    },
  },

  // Adapting and serving models
  {
    id: 'pretraining',
    en: 'pretraining',
    zh: '预训练',
    match: { en: ['pretraining', 'pretrained', 'pre-trained'], zh: ['预训练'] },
    definition: {
      en: 'Training a model once on a large, general data set, so it can later be adapted cheaply.',
      zh: '先在大规模的通用数据上把模型训练一次，以后就能以很低的代价改作他用。',
    },
  },
  {
    id: 'fine-tuning',
    en: 'fine-tuning',
    zh: '微调',
    match: { en: ['fine-tuning', 'fine-tune', 'fine-tuned'], zh: ['微调'] },
    definition: {
      en: 'Continuing to train a pretrained model for a few steps on a small set of examples for one task.',
      zh: '在针对某个任务的少量样本上，把预训练模型再训练几步。',
    },
  },
  {
    id: 'inference',
    en: 'inference',
    zh: '推理',
    alternatives: ['推断'],
    definition: {
      en: 'Running a trained model to get predictions (as opposed to training it); what a deployed model spends its compute on.',
      zh: '运行训练好的模型来得到预测（相对于训练而言）；部署后的模型把算力都花在这上面。',
    },
  },
  {
    id: 'quantization',
    en: 'quantization',
    zh: '量化',
    definition: {
      en: 'Storing weights with fewer bits (for example 8-bit integers instead of 32-bit floats) to make a model smaller and faster.',
      zh: '用更少的位数存储权重（比如用 8 位整数代替 32 位浮点数），让模型更小、更快。',
    },
  },
  {
    id: 'latency',
    en: 'latency',
    zh: '延迟',
    alternatives: ['时延'],
    definition: {
      en: 'The time from a request to its answer.',
      zh: '从发出请求到得到回答所用的时间。',
    },
  },
  {
    id: 'differential-privacy',
    en: 'differential privacy',
    zh: '差分隐私',
    definition: {
      en: 'A guarantee that a model’s output hardly changes whether or not any one person’s data was used; DP-SGD gets it by clipping and adding noise.',
      zh: '一种保证：无论是否用了某一个人的数据，模型的输出都几乎不变；DP-SGD 通过裁剪和加噪声来实现。',
    },
  },
  {
    id: 'federated-learning',
    en: 'federated learning',
    zh: '联邦学习',
    definition: {
      en: 'Training across many devices that each keep their data and send only model updates to be averaged.',
      zh: '在许多设备上共同训练：数据留在各自设备上，只把模型更新发出去求平均。',
    },
  },

  // Business
  {
    id: 'gross-margin',
    en: 'gross margin',
    zh: '毛利率',
    match: { en: ['gross margin'], zh: ['毛利率'] },
    definition: {
      en: '(Revenue − the direct cost of serving it) / revenue.',
      zh: '（收入 − 提供服务的直接成本）/ 收入。',
    },
  },
  {
    id: 'churn',
    en: 'churn',
    zh: '流失率',
    alternatives: ['客户流失'],
    match: { en: ['churn'], zh: ['流失率'] },
    definition: {
      en: 'The share of customers who leave each month.',
      zh: '每个月离开的客户所占的比例。',
    },
  },
  {
    id: 'cac',
    en: 'CAC',
    zh: '获客成本',
    alternatives: ['CAC'],
    match: { en: ['customer acquisition cost', 'CAC'], zh: ['获客成本'] },
    definition: {
      en: 'Customer acquisition cost: what it costs, on average, to win one new customer.',
      zh: '获客成本：平均每赢得一个新客户要花的钱。',
    },
  },
  {
    id: 'ltv',
    en: 'LTV',
    zh: '客户终身价值',
    alternatives: ['LTV', '用户生命周期价值'],
    match: { en: ['lifetime value', 'LTV'], zh: ['客户终身价值'] },
    definition: {
      en: 'Lifetime value: the gross margin a customer brings in over the whole time they stay.',
      zh: '客户终身价值：一个客户在整个留存期间带来的毛利。',
    },
  },
  {
    id: 'break-even',
    en: 'break-even',
    zh: '盈亏平衡',
    match: { en: ['break-even', 'break even'], zh: ['盈亏平衡'] },
    definition: {
      en: 'The point where revenue covers all costs, so a month’s net income is no longer negative.',
      zh: '收入刚好覆盖全部成本、当月净利润不再为负的那个点。',
    },
  },
  {
    id: 'runway',
    en: 'runway',
    zh: '现金跑道',
    alternatives: ['资金跑道', '跑道'],
    match: { en: ['runway'], zh: ['现金跑道', '资金跑道'] },
    definition: {
      en: 'How many months a company’s cash lasts at its current rate of spending.',
      zh: '按目前的花钱速度，公司的现金还能撑几个月。',
    },
  },
];
