import type { Dictionary } from '../dictionary';
import type { content as en } from '../en/content';

/** 构建时写进课文和参考页 HTML 的文字（键前缀 `content.`）。 */
export const content: Dictionary<typeof en> = {
  'content.callout.note': '注意',
  'content.callout.tip': '提示',
  'content.callout.warning': '警告',
  'content.callout.mistake': '常见错误',
  'content.plot.label': '函数图：{title}',
  'content.glossary.term': '术语',
  'content.glossary.translation': 'English',
  'content.glossary.alternatives': '其他译法',
  'content.glossary.definition': '释义',
  'content.glossary.open': '在术语表中查看',
  'content.glossary.tip': '{term}：{definition}',
};
