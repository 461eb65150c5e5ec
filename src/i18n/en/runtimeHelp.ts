/**
 * Plain-language help beside a run's error (src/editor/error-help.ts picks
 * which). Keys are prefixed `runtime.help.`; `{…}` are values taken from the
 * error message.
 */
export const runtimeHelp = {
  'runtime.help.meaning': 'What this usually means:',
  'runtime.help.fix': 'Likely fix:',
  'runtime.help.matMul.what': 'A matrix product needs the first matrix’s columns to match the second’s rows. Here the shapes are [{a}] and [{b}]: {inner} columns against {other} rows.',
  'runtime.help.matMul.fix': 'Swap the two tensors, transpose one (tf.transpose, or matMul’s transposeA / transposeB), or reshape the data. lab.print(x.shape) shows a tensor’s shape.',
  'runtime.help.exampleShape.what': 'The model expects each example to have shape {expected}, but the data’s examples have shape {got}.',
  'runtime.help.exampleShape.fix': 'Make the first layer’s inputShape match the number of features per example (the last layer’s units must match the labels), or fix the data’s shape with reshape.',
  'runtime.help.shape.what': 'Two tensors’ shapes do not fit this operation: it needs equal sizes, sizes that broadcast (equal, or 1), or the same number of values.',
  'runtime.help.shape.fix': 'Print the shapes just before the failing line (lab.print(a.shape, b.shape)) and reshape, expandDims or transpose until they fit.',
  'runtime.help.dtype.what': '“{op}” needs its argument “{argument}” as a {wanted} tensor, but it got a {got} tensor.',
  'runtime.help.dtype.fix': 'Convert it first: x.toInt() or x.toFloat(), or tf.cast(x, \'{wanted}\'). Class labels for oneHot are whole numbers (int32).',
  'runtime.help.disposed.what': 'The code used a tensor that was already freed: by dispose(), or by the tf.tidy() it was made in.',
  'runtime.help.disposed.fix': 'Return the tensor from tf.tidy() (or tf.keep() it) to use it later, and dispose it only after its last use.',
  'runtime.help.kernel.what': 'The {backend} backend has no implementation of the operation “{kernel}”.',
  'runtime.help.kernel.fix': 'Choose another backend in the backend menu (CPU has the most operations), or use an operation that does the same.',
  'runtime.help.memory.what': 'The run ran out of memory: the tensors are too big, or tensors made in a loop are never freed.',
  'runtime.help.memory.fix': 'Wrap each step in tf.tidy(), dispose tensors you no longer need, and use a smaller batch size or model. The memory report after a run shows tensors left over.',
  'runtime.help.notCompiled.what': 'A model must be compiled (given its loss and optimizer) before fit, evaluate or trainOnBatch.',
  'runtime.help.notCompiled.fix': 'Call model.compile({ optimizer: \'adam\', loss: \'meanSquaredError\' }) before model.fit.',
  'runtime.help.noGradient.what': 'The loss does not depend on any trainable variable, so there is nothing to compute a gradient for.',
  'runtime.help.noGradient.fix': 'Compute the loss from the variables inside the function passed to minimize(), and make them with tf.variable (trainable).',
  'runtime.help.inputShape.what': 'The first layer of a sequential model must be told the shape of one example.',
  'runtime.help.inputShape.fix': 'Give the first layer inputShape, for example tf.layers.dense({ units: 8, inputShape: [2] }) for examples with two features.',
  'runtime.help.nanLoss.what': 'The loss became NaN (not a number) or infinite: training diverged, and the weights are now meaningless.',
  'runtime.help.nanLoss.fix': 'Lower the learning rate (try ten times smaller), scale the inputs to about −1…1, and avoid log(0) (clip probabilities, or use the built-in cross-entropy losses).',
} as const;
