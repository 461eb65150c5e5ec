/**
 * Export and import are loaded on first use: the stores' schemas, the import
 * planner and the download code stay out of the first page's JavaScript.
 */
export const loadWork = () => import('./export-work');

/** "Export my work": downloads the backup file. */
export function exportWork(): void {
  void loadWork().then((work) => work.downloadBackup());
}
