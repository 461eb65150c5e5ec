import type { Dictionary } from '../dictionary';
import type { runtimeHelp as en } from '../en/runtimeHelp';

/** 运行出错时旁边的白话解释（由 src/editor/error-help.ts 选择）。键前缀 `runtime.help.`；`{…}` 取自错误信息。 */
export const runtimeHelp: Dictionary<typeof en> = {
  'runtime.help.meaning': '这通常意味着：',
  'runtime.help.fix': '可能的改法：',
  'runtime.help.matMul.what': '矩阵乘法要求第一个矩阵的列数等于第二个矩阵的行数。这里两个形状是 [{a}] 和 [{b}]：{inner} 列对 {other} 行。',
  'runtime.help.matMul.fix': '交换两个张量的顺序，转置其中一个（tf.transpose，或 matMul 的 transposeA / transposeB），或者改变数据的形状。lab.print(x.shape) 可以打印张量的形状。',
  'runtime.help.exampleShape.what': '模型要求每个样本的形状是 {expected}，但数据里每个样本的形状是 {got}。',
  'runtime.help.exampleShape.fix': '让第一层的 inputShape 等于每个样本的特征数（最后一层的 units 要与标签一致），或者用 reshape 改正数据的形状。',
  'runtime.help.shape.what': '两个张量的形状不适合这个运算：它要求大小相等、可以广播（相等或为 1），或者元素个数相同。',
  'runtime.help.shape.fix': '在出错的那一行之前打印形状（lab.print(a.shape, b.shape)），再用 reshape、expandDims 或 transpose 调整到匹配。',
  'runtime.help.dtype.what': '“{op}”要求参数“{argument}”是 {wanted} 类型的张量，但收到的是 {got} 类型。',
  'runtime.help.dtype.fix': '先转换类型：x.toInt() 或 x.toFloat()，或 tf.cast(x, \'{wanted}\')。oneHot 的类别标签必须是整数（int32）。',
  'runtime.help.disposed.what': '代码用到了一个已经释放的张量：它被 dispose() 释放了，或者在创建它的 tf.tidy() 结束时被释放了。',
  'runtime.help.disposed.fix': '要在后面继续使用，就从 tf.tidy() 里把它返回（或用 tf.keep() 保留），并且在最后一次使用之后才 dispose。',
  'runtime.help.kernel.what': '{backend} 后端没有实现“{kernel}”这个运算。',
  'runtime.help.kernel.fix': '在后端菜单里换一个后端（CPU 支持的运算最多），或者改用效果相同的其他运算。',
  'runtime.help.memory.what': '运行时内存不够了：张量太大，或者循环里创建的张量一直没有释放。',
  'runtime.help.memory.fix': '把每一步包在 tf.tidy() 里，及时 dispose 不再需要的张量，并减小批大小或模型。运行后的内存报告会显示还剩多少张量。',
  'runtime.help.notCompiled.what': '模型在 fit、evaluate 或 trainOnBatch 之前必须先编译（指定损失函数和优化器）。',
  'runtime.help.notCompiled.fix': '在 model.fit 之前调用 model.compile({ optimizer: \'adam\', loss: \'meanSquaredError\' })。',
  'runtime.help.noGradient.what': '损失不依赖任何可训练的变量，所以没有东西可以求梯度。',
  'runtime.help.noGradient.fix': '在传给 minimize() 的函数里用这些变量计算损失，并用 tf.variable 创建它们（可训练）。',
  'runtime.help.inputShape.what': '序贯模型的第一层必须知道单个样本的形状。',
  'runtime.help.inputShape.fix': '给第一层加上 inputShape，例如每个样本有两个特征时写 tf.layers.dense({ units: 8, inputShape: [2] })。',
  'runtime.help.nanLoss.what': '损失变成了 NaN（不是数）或无穷大：训练发散了，现在的权重已经没有意义。',
  'runtime.help.nanLoss.fix': '调低学习率（先试小十倍），把输入缩放到大约 −1 到 1 之间，并避免 log(0)（裁剪概率，或使用内置的交叉熵损失）。',
};
