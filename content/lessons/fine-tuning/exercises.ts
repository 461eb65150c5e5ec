/**
 * Exercises of "Fine-tuning": parameter counts computed here from the
 * layer sizes (plain arithmetic, the formula beside each line), never typed in.
 */
import { defineExercises } from '../../../src/exercises/define';
import { fmt, fmtGrouped, fmtPercent } from '../../../src/format/prose';
import { inputs } from './facts';

// LoRA on one square matrix: W is d × k, B is d × r, A is r × k.
const lora = { d: 4096, k: 4096, r: 8 };
const loraParameters = lora.d * lora.r + lora.r * lora.k; // entries of B + entries of A
const fullParameters = lora.d * lora.k; // entries of W

// A bag-of-words classifier: words → hidden ReLU features → 1 sigmoid output.
const net = { words: 300, hidden: 32 };
const headParameters = net.hidden * 1 + 1; // output layer: hidden weights + 1 bias
const allParameters = net.words * net.hidden + net.hidden + headParameters; // feature layer (weights + biases) + output layer

export const exercises = defineExercises([
  {
    id: 'frozen-head',
    kind: 'number',
    title: { en: 'What still trains when frozen', zh: '冻结之后还在训练什么' },
    prompt: {
      en: `A pretrained review classifier reads ${fmt(net.words, 0)} words (one input each), has a layer of ${fmt(net.hidden, 0)} ReLU features and one sigmoid output. You freeze the feature layer. How many parameters still train?`,
      zh: `一个预训练的评论分类器读入 ${fmt(net.words, 0)} 个词（每个词一个输入），有一层 ${fmt(net.hidden, 0)} 个 ReLU 特征和一个 sigmoid 输出。你把特征层冻结了。还有多少个参数在训练？`,
    },
    answer: headParameters,
    tolerance: 0.5,
    unit: { en: 'parameters', zh: '个参数' },
    hints: [
      { en: 'Frozen, the feature layer keeps all its weights and biases: only the output layer trains.', zh: '冻结后，特征层的权重和偏置全部保持不变：只有输出层在训练。' },
      { en: `The output neuron has one weight per feature, plus its bias.`, zh: '输出神经元每个特征对应一个权重，再加上它的偏置。' },
    ],
    solution: {
      en: `${fmt(net.hidden, 0)} weights + 1 bias = **${fmt(headParameters, 0)}**, out of ${fmt(net.words, 0)} × ${fmt(net.hidden, 0)} + ${fmt(net.hidden, 0)} + ${fmt(headParameters, 0)} = ${fmtGrouped(allParameters)} in the whole network. In the lesson's model (16 features) the frozen head is ${fmt(inputs.hidden + 1, 0)} parameters.`,
      zh: `${fmt(net.hidden, 0)} 个权重 + 1 个偏置 = **${fmt(headParameters, 0)}**，而整个网络有 ${fmt(net.words, 0)} × ${fmt(net.hidden, 0)} + ${fmt(net.hidden, 0)} + ${fmt(headParameters, 0)} = ${fmtGrouped(allParameters)} 个参数。课文里的模型（16 个特征）冻结后只训练 ${fmt(inputs.hidden + 1, 0)} 个参数。`,
    },
  },
  {
    id: 'lora-parameters',
    kind: 'number',
    title: { en: 'How small is LoRA?', zh: 'LoRA 有多小？' },
    prompt: {
      en: `LoRA freezes a ${fmtGrouped(lora.d)} × ${fmtGrouped(lora.k)} weight matrix W and learns W′ = W + BA, with B of size ${fmtGrouped(lora.d)} × ${fmt(lora.r, 0)} and A of size ${fmt(lora.r, 0)} × ${fmtGrouped(lora.k)} (rank r = ${fmt(lora.r, 0)}). How many parameters does it train for this matrix?`,
      zh: `LoRA 冻结一个 ${fmtGrouped(lora.d)} × ${fmtGrouped(lora.k)} 的权重矩阵 W，学习 W′ = W + BA，其中 B 的大小是 ${fmtGrouped(lora.d)} × ${fmt(lora.r, 0)}，A 的大小是 ${fmt(lora.r, 0)} × ${fmtGrouped(lora.k)}（秩 r = ${fmt(lora.r, 0)}）。对这个矩阵，它要训练多少个参数？`,
    },
    answer: loraParameters,
    tolerance: 0.5,
    unit: { en: 'parameters', zh: '个参数' },
    hints: [
      { en: 'W is frozen: only the entries of B and A train.', zh: 'W 被冻结了：只有 B 和 A 的元素在训练。' },
      { en: `B has ${fmtGrouped(lora.d)} × ${fmt(lora.r, 0)} = ${fmtGrouped(lora.d * lora.r)} entries; add the entries of A.`, zh: `B 有 ${fmtGrouped(lora.d)} × ${fmt(lora.r, 0)} = ${fmtGrouped(lora.d * lora.r)} 个元素；再加上 A 的元素个数。` },
    ],
    solution: {
      en: `${fmtGrouped(lora.d)} × ${fmt(lora.r, 0)} + ${fmt(lora.r, 0)} × ${fmtGrouped(lora.k)} = **${fmtGrouped(loraParameters)}**, against ${fmtGrouped(fullParameters)} in W itself: ${fmtPercent(loraParameters / fullParameters, 2)} of the weights. That is why LoRA fine-tunes large language models on a single GPU.`,
      zh: `${fmtGrouped(lora.d)} × ${fmt(lora.r, 0)} + ${fmt(lora.r, 0)} × ${fmtGrouped(lora.k)} = **${fmtGrouped(loraParameters)}**，而 W 本身有 ${fmtGrouped(fullParameters)} 个参数：只占 ${fmtPercent(loraParameters / fullParameters, 2)}。所以 LoRA 能在单块 GPU 上微调大语言模型。`,
    },
  },
  {
    id: 'frozen-new-words',
    kind: 'choice',
    title: { en: 'Frozen and lost', zh: '冻结之后学不会' },
    prompt: {
      en: 'In the lesson\'s example, with the feature layer frozen the model does worse on gadget reviews that use words like "laggy" and "durable", which never occurred in the restaurant reviews it was pretrained on. Why?',
      zh: '在课文的示例里，冻结特征层之后，模型在用到 “laggy”（卡顿）、“durable”（耐用）这类词的数码产品评论上表现更差；这些词在它预训练用的餐厅评论里从没出现过。为什么？',
    },
    options: [
      {
        text: {
          en: 'Those words\' inputs were always 0 in pretraining, so their weights into the feature layer never got a gradient: they are still random, and frozen they stay random.',
          zh: '这些词的输入在预训练时一直是 0，所以它们通往特征层的权重从没收到过梯度：仍是随机值，冻结之后也就一直是随机值。',
        },
        correct: true,
        why: {
          en: 'Right: the frozen features respond to the new words, but in ways that mean nothing, and the output layer alone cannot make sense of them from a few examples. Unfrozen, those weights can learn what the words signal.',
          zh: '对：冻结的特征确实会对新词做出反应，但这种反应毫无意义，只靠输出层也没法从几条样本里理解它们。解冻之后，这些权重就能学到新词意味着什么。',
        },
      },
      {
        text: { en: 'A frozen feature layer cannot see new words at all: their inputs are dropped.', zh: '冻结的特征层根本看不见新词：它们的输入被丢掉了。' },
        why: {
          en: 'The inputs are there, and the frozen features do react to them. The trouble is that they react through weights that were never trained.',
          zh: '输入都在，冻结的特征也确实会对它们做出反应。问题在于，它们是通过从没训练过的权重做出反应的。',
        },
      },
      {
        text: { en: 'The learning rate was too small for the frozen layer.', zh: '冻结层的学习率太小了。' },
        why: {
          en: 'A frozen layer gets no updates at any learning rate; that is what freezing means.',
          zh: '冻结的层不管学习率多大都不会更新；冻结就是这个意思。',
        },
      },
      {
        text: { en: 'Freezing always hurts, so a pretrained layer should never be frozen.', zh: '冻结总是有害的，所以预训练层永远不该冻结。' },
        why: {
          en: 'Freezing protects general features and is how very large models are adapted cheaply; it suits new data that is small and similar to the pretraining data. Here the new domain brings its own vocabulary.',
          zh: '冻结能保护通用特征，超大模型也正是这样以低成本完成适配的；新数据很少、又与预训练数据相似时，冻结正合适。这里的问题是新领域带来了自己的词汇。',
        },
      },
    ],
    hints: [
      { en: 'What was the input for "laggy" in every restaurant review, and what gradient does a weight get when its input is 0?', zh: '在每一条餐厅评论里，“laggy” 对应的输入是多少？输入为 0 时，它的权重能得到什么样的梯度？' },
      { en: 'Those weights are still whatever the network started with, and freezing locks them in.', zh: '这些权重仍然是网络刚开始时的值，而冻结把它们锁死了。' },
    ],
    solution: {
      en: 'A weight from an input that is always 0 gets a gradient of 0, so the gadget-only words kept their random starting weights through pretraining. Frozen, the features read them through random weights; trainable, fine-tuning can learn them.',
      zh: '输入一直为 0 的权重，梯度也一直为 0，所以数码产品专属词在整个预训练中都保留着随机的初始权重。冻结时，特征通过随机权重读取这些词；可训练时，微调就能把它们学会。',
    },
  },
  {
    id: 'before-shipping',
    kind: 'choice',
    title: { en: 'Keep the better model', zh: '留下更好的那个' },
    prompt: {
      en: `You fine-tune a good pretrained model on only ${fmt(inputs.few, 0)} labelled examples of a new task. What should you do before you ship the fine-tuned model?`,
      zh: `你只用 ${fmt(inputs.few, 0)} 条新任务的带标签样本微调了一个不错的预训练模型。把微调后的模型上线之前，应该做什么？`,
    },
    options: [
      {
        text: {
          en: 'Measure the untouched pretrained model and the fine-tuned one on held-out data from the new task, with intervals, and keep the better one.',
          zh: '在新任务的预留数据上，分别测一测原封不动的预训练模型和微调后的模型，附上区间，留下更好的那个。',
        },
        correct: true,
        why: {
          en: `Right: a handful of examples can pull a good model the wrong way. In the lesson, fine-tuned on ${fmt(inputs.few, 0)} reviews the model ends below the pretrained one that never saw a gadget review.`,
          zh: `对：寥寥几条样本就可能把一个好模型往错误的方向拉。在课文里，只用 ${fmt(inputs.few, 0)} 条评论微调后，模型还不如那个一条数码产品评论都没见过的预训练模型。`,
        },
      },
      {
        text: { en: 'Nothing: fine-tuning always improves on the model it starts from.', zh: '什么也不用做：微调总会比起点的模型更好。' },
        why: {
          en: 'Not with very few examples: they can fit those examples and make the model worse on everything else. Only a measurement on held-out data tells.',
          zh: '样本极少时不一定：模型可能只拟合了这几条样本，在其他数据上反而变差。只有在预留数据上测一测才知道。',
        },
      },
      {
        text: { en: 'Check its accuracy on the labelled examples it was fine-tuned on.', zh: '看看它在微调用的那几条带标签样本上的准确率。' },
        why: {
          en: 'It has seen those examples, and a few examples are easy to fit. Only data the model has not trained on says how it does on new inputs.',
          zh: '它见过这些样本，而几条样本很容易拟合。只有模型没训练过的数据，才能说明它在新输入上表现如何。',
        },
      },
      {
        text: { en: 'Check the pretrained model\'s accuracy on its original task.', zh: '看看预训练模型在它原来那个任务上的准确率。' },
        why: {
          en: 'The old task\'s accuracy says little about the new one. Evaluate on the new task\'s data.',
          zh: '原来任务上的准确率，对新任务说明不了多少。要在新任务的数据上评估。',
        },
      },
    ],
    hints: [
      { en: 'Can fine-tuning on very few examples make a model worse?', zh: '在极少的样本上微调，会不会让模型变差？' },
      { en: 'Compare two candidates on data neither has trained on.', zh: '在两个候选模型都没训练过的数据上比较它们。' },
    ],
    solution: {
      en: 'Measure before and after on held-out data from the new task, with intervals, and keep whichever is better: with few examples, fine-tuning can make a good model worse.',
      zh: '在新任务的预留数据上测一测微调前后的模型，附上区间，留下更好的那个：样本很少时，微调可能让好模型变差。',
    },
  },
  {
    id: 'freeze-layer',
    kind: 'code',
    title: { en: 'Freeze the features', zh: '冻结特征层' },
    prompt: {
      en: 'Open the exercise in the editor and finish `prepareForFineTuning(model)`: freeze the layer named `features`, then compile. The check builds a model of its own, calls your function and trains it for a few epochs: the feature layer must not change, and the output layer must learn.',
      zh: '在编辑器里打开这道练习，完成 `prepareForFineTuning(model)`：冻结名为 `features` 的层，然后编译。检查会自己搭一个模型，调用你的函数，再训练几轮：特征层不能变，输出层必须学到东西。',
    },
    starter: 'freeze-layer.ts',
    solutionFile: 'freeze-layer.solution.ts',
    checker: `
check.that({ en: 'prepareForFineTuning is a function', zh: 'prepareForFineTuning 是一个函数' }, typeof prepareForFineTuning === 'function');
const net = tf.sequential();
net.add(tf.layers.dense({ units: 6, activation: 'relu', inputShape: [10], name: 'features', kernelInitializer: tf.initializers.glorotUniform({ seed: 11 }) }));
net.add(tf.layers.dense({ units: 1, activation: 'sigmoid', name: 'head', kernelInitializer: tf.initializers.glorotUniform({ seed: 12 }) }));
const weightsOf = async (name) => (await Promise.all(net.getLayer(name).getWeights().map((w) => w.data()))).flatMap((d) => Array.from(d));
const featuresBefore = await weightsOf('features');
const headBefore = await weightsOf('head');
prepareForFineTuning(net);
const rng = lab.random(5);
const xs = tf.tensor2d(rng.array(160, (r) => (r.next() < 0.3 ? 1 : 0)), [16, 10]);
const ys = tf.tensor2d(rng.array(16, (r) => (r.next() < 0.5 ? 1 : 0)), [16, 1]);
await net.fit(xs, ys, { epochs: 5, batchSize: 8, shuffle: false, verbose: 0 });
const change = (before, after) => Math.max(...before.map((v, i) => Math.abs(v - after[i])));
const featureChange = change(featuresBefore, await weightsOf('features'));
const headChange = change(headBefore, await weightsOf('head'));
check.that({ en: 'the feature layer keeps its weights (largest change)', zh: '特征层的权重保持不变（最大变化）' }, featureChange === 0, featureChange, 0);
check.that({ en: 'the output layer learns (largest change)', zh: '输出层学到了东西（最大变化）' }, headChange > 1e-4, headChange, '> 0.0001');
`,
    hints: [
      { en: '`model.getLayer(\'features\')` gives the layer; a layer has a `trainable` flag.', zh: '`model.getLayer(\'features\')` 取得这一层；每一层都有一个 `trainable` 标志。' },
      { en: 'Before the `compile` line, write `model.getLayer(\'features\').trainable = false;`: the model collects its trainable weights when it is compiled.', zh: '在 `compile` 那一行之前写上 `model.getLayer(\'features\').trainable = false;`：模型是在编译时收集它的可训练权重的。' },
    ],
    solution: {
      en: 'Set `trainable = false` on the `features` layer, then compile. Freezing the whole model instead (`model.trainable = false`) would stop the output layer too, and nothing would learn.',
      zh: '先把 `features` 层的 `trainable` 设为 `false`，再编译。如果冻结的是整个模型（`model.trainable = false`），输出层也会停下，什么都学不到。',
    },
  },
]);
