/** The English dictionaries the page shell needs on the first load (app, content, offline, storage). */
import { app } from './app';
import { content } from './content';
import { offline } from './offline';
import { storage } from './storage';

export const enCore = { ...app, ...content, ...offline, ...storage };
