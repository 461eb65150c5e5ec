/** 速度实验室的标题与导语（src/speed/SpeedLabShell.tsx）：随页面自己的代码块加载（`addPageMessages`），首屏不必等功能词典。 */
import type { Dictionary } from '../dictionary';
import type { speedHead as en } from '../en/speedHead';

export const speedHead: Dictionary<typeof en> = {
  'speed.title': '速度实验室',
  'speed.lead':
    '在这台设备上，哪个后端训练得最快？实验室在这个浏览器提供的每个后端上，把课程里的模型（Playground 网络、四种宽度的较大网络、形状 CNN 和小 Transformer）各训练 {steps} 步，再加以比较。数据不会离开这个浏览器。',
};
