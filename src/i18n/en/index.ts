/** Every English dictionary in one object: the source of the keys every other language must have. */
import { enCore } from './core';
import { enFeatures } from './features';

export const en = { ...enCore, ...enFeatures };
