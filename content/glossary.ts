/**
 * The course's glossary (术语表): each term in English, the Chinese the course
 * uses for it, other Chinese renderings a reader will meet elsewhere, and a
 * one-line definition in both languages.
 *
 * Chinese terms follow d2l-zh (《动手学深度学习》, its TERMINOLOGY.md) where it
 * has one: 词元 for token, 汇聚层 for pooling layer, 轮 for epoch, 暂退法 for
 * dropout, 查准率 for precision, 偏置 for bias. Where usage is split, the
 * other common renderings are listed in `alternatives`.
 *
 * The build renders this list into the glossary page (content/pages/glossary.md
 * and glossary.zh.md, the ```glossary block) and links the first use of each
 * term in every lesson to its entry; hovering or focusing that link shows the
 * definition. `match` lists the forms to look for when they are not simply
 * the term (English also matches plurals). `check:content` validates this file
 * (src/lessons/pipeline/glossary.ts). The terms live in content/glossary/, by topic.
 */
import type { GlossaryTerm } from '../src/lessons/pipeline/glossary-schema';
import { modelsAndData } from './glossary/models-and-data';
import { trainingAndEvaluation } from './glossary/training-and-evaluation';
import { imagesLanguageBusiness } from './glossary/images-language-business';

export const glossary: readonly GlossaryTerm[] = [...modelsAndData, ...trainingAndEvaluation, ...imagesLanguageBusiness];
