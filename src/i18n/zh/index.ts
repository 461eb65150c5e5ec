/**
 * 简体中文：每个英文词典的译文，合成一个对象。`Messages` 类型要求键与英文完全一致，
 * 缺一个或多一个都会让类型检查失败。这个模块是懒加载的独立分块（src/i18n/index.ts）。
 */
import type { Messages } from '..';
import { app } from './app';
import { content } from './content';
import { lab } from './lab';
import { offline } from './offline';
import { runtime } from './runtime';
import { storage } from './storage';
import { worksheet } from './worksheet';
import { worksheetDefinitions, worksheetEconomics } from './worksheetEconomics';
import { worksheetFormulas } from './worksheetFormulas';
import { worksheetMoney } from './worksheetMoney';
import { worksheetTools } from './worksheetTools';

export const zh: Messages = {
  ...app,
  ...content,
  ...lab,
  ...worksheet,
  ...worksheetEconomics,
  ...worksheetDefinitions,
  ...worksheetTools,
  ...worksheetMoney,
  ...worksheetFormulas,
  ...runtime,
  ...offline,
  ...storage,
};
