/** Every English dictionary in one object (core, features, the lazy pages' own words): the source of the keys every other language must have. */
import { enCore } from './core';
import { enFeatures } from './features';
import { handinHead } from './handinHead';
import { speedHead } from './speedHead';

export const en = { ...enCore, ...enFeatures, ...speedHead, ...handinHead };
