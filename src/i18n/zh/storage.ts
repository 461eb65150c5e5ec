import type { Dictionary } from '../dictionary';
import type { storage as en } from '../en/storage';

/** 已保存的工作：损坏或由新版本保存的数据、两个标签页、被暂存的内容（键前缀 `storage.`）。 */
export const storage: Dictionary<typeof en> = {
  'storage.problem.stateNotObject': '保存的状态不是一个对象',
  'storage.problem.unknownPart': '“{name}”不是本应用保存的内容',
  'storage.problem.notAList': '“{name}”不是条目列表',
  'storage.problem.badKey': '“{key}”在这里不是有效的名称',
  'storage.problem.badEntry': '保存的条目格式不对',
  'storage.problem.notJson': '不是可读的 JSON（{detail}）',
  'storage.problem.notObject': '不是保存工作的对象（而是 null、列表、数字或文本）',
  'storage.problem.noVersion': '没有注明使用哪个格式版本',
  'storage.problem.unknownOldVersion': '使用的格式版本 {version} 本应用从未写过',
  'storage.problem.valuesNotRecord': '这些设置不是一组具名的值',
  'storage.problem.noValidValue': '保存的设置值没有一个有效',
  'storage.problem.valuesLeftOut': '略去的设置值：{names}',
  'storage.problem.specsNotList': '声明的设置不是列表',
  'storage.problem.noValidSpec': '声明的设置没有一个有效：{problems}',
  'storage.problem.specsLeftOut': '略去的设置：{problems}',
  'storage.problem.scenarioNotObject': '保存的情景不是一个对象',
  'storage.problem.scenarioRepaired': '有些值不对，已改回默认值：{issues}',
  'storage.problem.badView': '保存的视图（当前或对比中的情景）无效',
  'storage.aside.otherTabLost': '另一个标签页的版本：本标签页较新的修改已保存在原处。',
  'storage.aside.thisTabLost': '本标签页的版本：另一个标签页较新的修改已保存在原处。',
};
