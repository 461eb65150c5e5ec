/**
 * Export and import are loaded on first use: the stores' schemas, the import
 * planner and the download code stay out of the first page's JavaScript.
 */
import { withFeatureMessages } from '../i18n';

/** With the feature dictionaries, which hold the import's and backup's words (src/i18n/en/offlineBackup.ts). */
export const loadWork = () => withFeatureMessages(import('./export-work'));

/** "Export my work": downloads the backup file. */
export function exportWork(): void {
  void loadWork().then((work) => work.downloadBackup());
}
