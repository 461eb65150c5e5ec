// Byte-pair encoding (BPE), the way language models cut text into tokens,
// learned in your browser from this course's text (data/corpus.txt).
// Start with one token per character; again and again, merge the pair of
// neighbouring tokens that occurs most often into one new token.
// zh: 字节对编码（BPE）：语言模型把文本切成词元的方法，在你的浏览器里从本课程的文字
// zh: （data/corpus.txt）学出来。一开始每个字符是一个词元；然后一遍又一遍地把出现最多的
// zh: 一对相邻词元合并成一个新词元。

const mergeCount = lab.control('merges', { value: 300, min: 0, max: 1000, step: 50 });
//zh> const mergeCount = lab.control('合并次数', { value: 300, min: 0, max: 1000, step: 50 });

// 1. Cut the text into words, each keeping the space before it ("the cat." →
//    "the", " cat", "."). Merges never cross a word, so count each distinct word once, with its frequency.
// zh: 1. 把文本切成单词，每个单词带上它前面的空格（"the cat." →
// zh:    "the"、" cat"、"."）。合并从不跨越单词，所以每个不同的单词只记一次，连同它出现的次数。
const text = await lab.fetchText('data/corpus.txt');
const characters = Array.from(text).length;
const wordCounts = new Map<string, number>();
for (const word of text.match(/ ?[a-z]+|[^a-z]/gu) ?? []) wordCounts.set(word, (wordCounts.get(word) ?? 0) + 1);
const words = [...wordCounts].map(([word, n]) => ({ symbols: Array.from(word), n }));
const alphabet = new Set(text).size;
const tokenTotal = () => words.reduce((s, w) => s + w.symbols.length * w.n, 0);
lab.print(`${characters} characters, ${wordCounts.size} distinct words, ${alphabet} distinct characters to start from.`);
//zh> lab.print(`共 ${characters} 个字符，${wordCounts.size} 个不同的单词，起步时有 ${alphabet} 个不同的字符。`);

// Merges every non-overlapping (a, b) in a word, left to right.
// zh: 从左到右，把一个单词里每一处互不重叠的 (a, b) 合并起来。
function applyMerge(symbols: string[], a: string, b: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < symbols.length; i++) {
    if (symbols[i] === a && symbols[i + 1] === b) {
      out.push(a + b);
      i++;
    } else out.push(symbols[i] ?? '');
  }
  return out;
}

// 2. Learn the merges. Each round counts every neighbouring pair in every word
//    (times the word's frequency) and merges the most frequent one; on a tie, the pair met first wins.
// zh: 2. 学习合并规则。每一轮统计每个单词里的每一对相邻词元（乘以单词的出现次数），
// zh:    合并出现最多的那一对；次数相同时，先遇到的那一对胜出。
const merges: [string, string][] = [];
const rows: Record<string, unknown>[] = [];
const report = (tokens: number) => {
  lab.chart('tokens per character', 'course text', merges.length, tokens / characters);
//zh>   lab.chart('每字符词元数', '课程文字', merges.length, tokens / characters);
  if (merges.length % 100 === 0 || merges.length === mergeCount) {
    rows.push({ 'merges': merges.length, 'vocabulary': alphabet + merges.length, 'tokens': tokens, 'tokens per character': Number((tokens / characters).toFixed(3)), 'characters per token': Number((characters / tokens).toFixed(2)) });
//zh>     rows.push({ '合并次数': merges.length, '词表大小': alphabet + merges.length, '词元数': tokens, '每字符词元数': Number((tokens / characters).toFixed(3)), '每词元字符数': Number((characters / tokens).toFixed(2)) });
  }
};
report(tokenTotal());
while (merges.length < mergeCount) {
  const pairs = new Map<string, { a: string; b: string; n: number }>();
  for (const w of words) {
    for (let i = 0; i + 1 < w.symbols.length; i++) {
      const a = w.symbols[i] ?? '';
      const b = w.symbols[i + 1] ?? '';
      const entry = pairs.get(`${a}\u0000${b}`);
      if (entry) entry.n += w.n;
      else pairs.set(`${a}\u0000${b}`, { a, b, n: w.n });
    }
  }
  let best: { a: string; b: string; n: number } | undefined;
  for (const entry of pairs.values()) if (!best || entry.n > best.n) best = entry;
  if (!best || best.n < 2) break; // nothing left that occurs twice // zh: 再没有出现两次以上的词元对了
  const { a, b } = best;
  merges.push([a, b]);
  for (const w of words) w.symbols = applyMerge(w.symbols, a, b);
  report(tokenTotal());
  if (merges.length % 25 === 0) lab.progress({ epoch: 1, epochs: 1, batch: merges.length, batches: mergeCount });
}
lab.table(rows);

// 3. The first merges, and a sentence cut into tokens by the learned merges (applied in the order learned).
// zh: 3. 最早学到的几次合并，以及用学到的合并规则（按学到的先后顺序应用）把一个句子切成词元。
const show = (token: string) => token.replace(/ /g, '·');
lab.print(`First 20 merges: ${merges.slice(0, 20).map(([a, b]) => `${show(a)}+${show(b)}`).join('  ')}`);
//zh> lab.print(`最早的 20 次合并：${merges.slice(0, 20).map(([a, b]) => `${show(a)}+${show(b)}`).join('  ')}`);
const sentence = 'attention lets every position look at the others.';
const tokens = (sentence.match(/ ?[a-z]+|[^a-z]/gu) ?? []).flatMap((word) => merges.reduce((symbols, [a, b]) => applyMerge(symbols, a, b), Array.from(word)));
lab.print(`"${sentence}" → ${tokens.length} tokens: ${tokens.map(show).join(' | ')}`);
//zh> lab.print(`“${sentence}” → ${tokens.length} 个词元：${tokens.map(show).join(' | ')}`);
const tokensPerCharacter = tokenTotal() / characters;
lab.print(`After ${merges.length} merges the text is ${tokenTotal()} tokens: ${tokensPerCharacter.toFixed(3)} per character (${(1 / tokensPerCharacter).toFixed(2)} characters per token), with a vocabulary of ${alphabet + merges.length}.`);
//zh> lab.print(`合并 ${merges.length} 次之后，文本共有 ${tokenTotal()} 个词元：每字符 ${tokensPerCharacter.toFixed(3)} 个词元（每词元 ${(1 / tokensPerCharacter).toFixed(2)} 个字符），词表大小为 ${alphabet + merges.length}。`);
lab.metrics({ merges: merges.length, vocabulary: alphabet + merges.length, tokens: tokenTotal(), tokensPerCharacter, sentenceTokens: tokens.length });

export {};
