/** 代码面板输出下方的运行历史（src/run-history/）。 */
import type { Dictionary } from '../dictionary';
import type { runHistory as en } from '../en/runHistory';

export const runHistory: Dictionary<typeof en> = {
  'history.summary': '运行历史（{count}）',
  'history.intro': '最近 {max} 次完成的运行，保存在本浏览器中。勾选几次运行，即可叠加曲线并比较。',
  'history.runLabel': '第 {n} 次 · {time}',
  'history.codeDiffers': '代码不同',
  'history.codeDiffers.hint': '与编辑器中现在的代码不同。',
  'history.restore': '恢复这段代码',
  'history.restore.missing': '这次运行的代码没有保存下来。',
  'history.restore.same': '编辑器里已经是这段代码。',
  'history.restore.keptAside': '已恢复{run}的代码；被替换的代码已暂存（离线与存储）。',
  'history.restore.inHistory': '已恢复{run}的代码；被替换的是{other}的代码，仍在历史中。',
  'history.restore.starter': '已恢复{run}的代码；被替换的是原始代码（“重置”可以恢复）。',
  'history.curve': '曲线',
  'history.noCurves': '这些运行没有画出训练曲线。',
  'history.chart.label': '{runs}的曲线“{name}”',
  'history.chart.table': '各次运行的“{name}”数值',
  'history.compare.caption': '取值不同的行标有 ≠。',
  'history.row.backend': '后端',
  'history.row.seed': '随机种子',
  'history.row.code': '代码',
  'history.row.time': '用时（秒）',
  'history.differs': '不同',
  'history.clear': '清除历史',
  'history.clear.title': '清除运行历史？',
  'history.clear.body': '“{title}”的 {count} 次运行将被删除；编辑器中的代码保持不变。',
  'history.notice.quota': '存储已满：为保存这次运行，删除了最早的 {count} 次运行。你的代码另行保存。',
  'history.notice.quotaLost': '存储已满：这次运行没能保存（为此已删除较早的 {count} 次运行）。你的代码另行保存；请导出你的工作或腾出空间。',
  'history.notice.madeRoom': '存储曾经已满：为给你的代码腾出空间，删除了历史中最早的 {count} 次运行。',
  'history.notice.tooLarge': '这次运行比整个历史的存储上限还大，没有保存。',
};
