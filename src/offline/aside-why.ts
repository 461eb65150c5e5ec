/**
 * Why something was kept aside, in words: only the kept-aside list says it
 * (loaded with the storage menu), so these words stay out of the first load.
 */
import { t } from '../i18n';
import type { AsideEntry } from '../store/kept-aside';

export function asideWhy(entry: AsideEntry): string {
  switch (entry.reason) {
    case 'damaged':
      return t('offline.aside.reason.damaged', { detail: entry.detail.replace(/[.]$/, '') });
    case 'conflict':
      return t('offline.aside.reason.conflict', { detail: entry.detail });
    case 'deleted':
      return t('offline.aside.reason.deleted');
    case 'replaced':
      // Replaced in the editor by a past run's code (the run history's "Restore this code"), or by an import.
      return t(entry.source === 'lml.runs' ? 'offline.aside.reason.replacedByRun' : 'offline.aside.reason.replaced');
  }
}
