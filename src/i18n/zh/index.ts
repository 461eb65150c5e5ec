/**
 * 简体中文：每个英文词典的译文，合成一个对象。`Messages` 类型要求键与英文完全一致，
 * 缺一个或多一个都会让类型检查失败。应用分两块懒加载（core.ts 与 features.ts，见 src/i18n/index.ts），懒加载的页面另带首屏的几句话（如 speedHead.ts，见 addPageMessages）；
 * 这个合成对象供构建时的检查使用。
 */
import type { Messages } from '..';
import { zhCore } from './core';
import { zhFeatures } from './features';
import { handinHead } from './handinHead';
import { speedHead } from './speedHead';

export const zh: Messages = { ...zhCore, ...zhFeatures, ...speedHead, ...handinHead };
