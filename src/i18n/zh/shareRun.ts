/** 分享运行：“分享这次运行”按钮，以及运行链接打开的页面（src/share-run/）。 */
import type { Dictionary } from '../dictionary';
import type { shareRun as en } from '../en/shareRun';

export const shareRun: Dictionary<typeof en> = {
  'shareRun.button': '分享这次运行',
  'shareRun.hint': '一个带着这段代码、它的设置和随机种子的链接：打开它的人可以原样运行。',
  'shareRun.copied': '链接已复制。它带着这段代码、它的设置和随机种子。',
  'shareRun.copyFailed': '请手动复制链接（浏览器不允许页面代为复制）：',
  'shareRun.linkLabel': '这次运行的链接',
  'shareRun.heading': '一次分享的运行',
  'shareRun.of': '课程“{lesson}”中的“{example}”。',
  'shareRun.settings': '设置：{settings}。随机种子：{seed}。',
  'shareRun.noSettings': '设置：与代码中相同。随机种子：{seed}。',
  'shareRun.safe': '打开这个链接没有改动你的任何内容：旁边显示的是你自己为这个示例保存的代码。',
  'shareRun.theirs': '分享的代码',
  'shareRun.yours': '你为这个示例写的代码',
  'shareRun.yoursStarter': '你为这个示例写的代码（初始代码：你还没有修改过）',
  'shareRun.run': '运行分享的代码',
  'shareRun.openLesson': '打开这一课',
  'shareRun.failed': '无法打开这个运行链接：{reason}没有改动任何内容。',
  'shareRun.problem.unknownVersion': '它来自另一个版本的应用（“{version}”）。',
  'shareRun.problem.tooLong': '它有 {length} 个字符，超过了运行链接允许的 {max} 个。',
  'shareRun.problem.expandsTooFar': '它展开后的内容会超过 {max} 个字符。',
  'shareRun.problem.corrupt': '它已损坏（复制时被截断或改动）。',
  'shareRun.problem.checkFailed': '它的内容与校验值不符：已损坏或被改动。',
  'shareRun.problem.invalid': '它的字段“{field}”无效。',
  'shareRun.noExample': '这个运行链接指向的示例在本课程中不存在（“{lesson}” › “{example}”）。没有改动任何内容。',
  'shareRun.loading': '正在加载这一课的示例……',
};
