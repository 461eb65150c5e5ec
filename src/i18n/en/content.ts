/**
 * Words the build writes into lesson and page HTML (src/lessons/pipeline):
 * callout labels, plot names, the glossary's entries and term tips. Each
 * edition of a lesson is built with its own language's words. Keys are
 * prefixed `content.`.
 */
export const content = {
  'content.callout.note': 'Note',
  'content.callout.tip': 'Tip',
  'content.callout.warning': 'Warning',
  'content.callout.mistake': 'Common mistake',
  'content.plot.label': 'Plot: {title}',
  'content.glossary.term': 'Term',
  'content.glossary.translation': '中文',
  'content.glossary.alternatives': 'Also written',
  'content.glossary.definition': 'Definition',
  'content.glossary.open': 'In the glossary',
  'content.glossary.tip': '{term}: {definition}',
} as const;
