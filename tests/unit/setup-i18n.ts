/**
 * In the app, the worksheet, runtime and lab words load with those features
 * (src/i18n/index.ts, `withFeatureMessages`); unit tests import feature
 * modules directly, so they get the words up front (and a later
 * `loadMessages('zh')` brings the Chinese feature words with it).
 */
import { loadFeatureMessages } from '../../src/i18n';

await loadFeatureMessages();
