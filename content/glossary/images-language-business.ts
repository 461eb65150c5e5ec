/** Glossary terms: images, language, adapting and serving models, business (see content/glossary.ts). */
import type { GlossaryTerm } from '../../src/lessons/pipeline/glossary-schema';

export const imagesLanguageBusiness: readonly GlossaryTerm[] = [
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
