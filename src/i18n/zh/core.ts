/** 简体中文：页面外壳首次加载所需的词典（app、content、offline、storage），懒加载的独立分块。 */
import type { Dictionary } from '../dictionary';
import type { enCore } from '../en/core';
import { app } from './app';
import { content } from './content';
import { offline } from './offline';
import { storage } from './storage';

export const zhCore: Dictionary<typeof enCore> = { ...app, ...content, ...offline, ...storage };
