import type { Dictionary } from '../dictionary';
import type { worksheetTools as en } from '../en/worksheetTools';

/** 测算表的工具：范围与风险（蒙特卡洛）、按真实文本计价的词元、对比（键前缀 `worksheet.`）。 */
export const worksheetTools: Dictionary<typeof en> = {
  // 范围与风险
  'worksheet.risk.heading': '范围与风险（蒙特卡洛）',
  'worksheet.risk.hint': '给任意输入项设一个低值和一个高值，围绕它当前的（最可能的）值。每次抽样都从三角分布中独立抽取每个设了范围的输入，再把整个测算跑一遍。',
  'worksheet.risk.input': '输入项',
  'worksheet.risk.add': '添加范围',
  'worksheet.risk.low': '{name}：低值',
  'worksheet.risk.high': '{name}：高值',
  'worksheet.risk.likely': '最可能 {value}',
  'worksheet.risk.remove': '删除 {name} 的范围',
  'worksheet.risk.seed': '随机种子',
  'worksheet.risk.none': '还没有输入项设了范围：测算结果每个月只有一个数。',
  'worksheet.risk.running': '正在进行 {draws} 次抽样……',
  'worksheet.risk.done': '{draws} 次抽样，用时 {ms} 毫秒（种子 {seed}）。',
  'worksheet.risk.failed': '模拟中止了：{reason}',
  'worksheet.risk.fan': '现金随时间的变化：中位数，以及第 10 到第 90 百分位数的区间',
  'worksheet.risk.p10': '第 10 百分位数',
  'worksheet.risk.p50': '中位数',
  'worksheet.risk.p90': '第 90 百分位数',
  'worksheet.risk.probCashOut': '{h} 个月内现金耗尽的概率',
  'worksheet.risk.breakEven': '持续盈亏平衡',
  'worksheet.risk.runway': '现金跑道',
  'worksheet.risk.percentiles': '第 10 百分位 {p10} · 中位数 {p50} · 第 90 百分位 {p90}',
  'worksheet.risk.never': '从不',
  'worksheet.risk.distribution': '{what}的分布',
  'worksheet.risk.bin': '{label}：{share}',
  'worksheet.risk.lowAboveHigh': '低值不能高于高值。',
  'worksheet.risk.beside': '上面的龙卷风图一次只动一个输入；蒙特卡洛则同时变动所有设了范围的输入。',

  // 按真实文本计价的词元
  'worksheet.tokens.heading': '按真实文本计算词元费用',
  'worksheet.tokens.hint': '粘贴或输入一段典型的提示词和回答，中文或英文都行。词元在这个浏览器里用 {encoding} 编码（js-tiktoken）计数，GPT-4 和 GPT-3.5 Turbo 用的就是它；GPT-4o 及之后的模型用 o200k_base，中文需要的词元更少。',
  'worksheet.tokens.prompt': '提示词（输入）文本',
  'worksheet.tokens.answer': '回答（输出）文本',
  'worksheet.tokens.count': '输入：{inChars} 个字符共 {inTokens} 个词元（每字符 {inRatio} 个词元）。输出：{outChars} 个字符共 {outTokens} 个词元（每字符 {outRatio} 个）。',
  'worksheet.tokens.loading': '正在载入分词器……',
  'worksheet.tokens.needsConnection': '分词器的词表（{size}）还没有保存到离线副本：第一次需要联网，之后就能离线使用。（{reason}）',
  'worksheet.tokens.empty': '输入或粘贴一些文本，来数一数它有多少个词元。',
  'worksheet.tokens.model': '价格表中的一行',
  'worksheet.tokens.price': '{model}：每百万输入词元 {input}，每百万输出词元 {output}（核对于 {checked}）→ 每次调用 {perCall}，每千次调用 {per1k}。',
  'worksheet.tokens.send': '把每次调用 {n} 个词元填进情景',
  'worksheet.tokens.sent': '已把“{name}”中每次调用的词元数设为 {n}。',
  'worksheet.tokens.sendPrice': '把 {price} 用作每千次调用的 API 价格',
  'worksheet.tokens.sentPrice': '已把“{name}”中每千次调用的 API 价格设为 {price}。',
  'worksheet.tokens.tableHeading': '每百万词元的价格',
  'worksheet.tokens.rowInput': '{name}：输入价格',
  'worksheet.tokens.rowOutput': '{name}：输出价格',
  'worksheet.tokens.rowChecked': '{name}：价格核对时间',
  'worksheet.unit.moneyPerMillion': '{cur}/百万词元',

  // 对比
  'worksheet.compare.revenue': '对比中各情景的收入变化',
  'worksheet.compare.figure': '数字',
};
