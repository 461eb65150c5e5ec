import type { Dictionary } from '../dictionary';
import type { lab as en } from '../en/lab';

/** 代码运行时（Web Worker 中）生成的文字（键前缀 `lab.`）。 */
export const lab: Dictionary<typeof en> = {
  'lab.series.training': '训练',
  'lab.series.validation': '验证',
};
