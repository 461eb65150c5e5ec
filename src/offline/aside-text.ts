/** Words for work kept aside: what it is and why it was kept. */
import { t } from '../i18n';
import type { AsideEntry, AsideKind } from '../store/kept-aside';

/** "Code of attention/attention-map", "Scenario “Plan B”". */
export function asideWhat(kind: AsideKind, name: string): string {
  return t(`offline.aside.kind.${kind}`, { name });
}

export function asideWhy(entry: AsideEntry): string {
  switch (entry.reason) {
    case 'damaged':
      return t('offline.aside.reason.damaged', { detail: entry.detail.replace(/[.]$/, '') });
    case 'conflict':
      return t('offline.aside.reason.conflict', { detail: entry.detail });
    case 'deleted':
      return t('offline.aside.reason.deleted');
    case 'replaced':
      return t('offline.aside.reason.replaced');
  }
}
