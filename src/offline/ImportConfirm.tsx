/** The question an import asks before it replaces work that is newer here than in the backup. */
import { t } from '../i18n';
import { asideWhat } from './aside-text';
import { itemId, type ImportPlan } from './import-plan';

/** How many newer items are named before "…and N more". */
const SHOWN = 8;

const when = (ms: number) => (ms > 0 ? new Date(ms).toLocaleString() : '?');

export function ImportConfirm({
  plan,
  onReplace,
  onKeep,
  onCancel,
}: {
  plan: ImportPlan;
  onReplace: (ids: ReadonlySet<string>) => void;
  onKeep: () => void;
  onCancel: () => void;
}) {
  const listed = plan.newerHere.slice(0, SHOWN);
  return (
    <div className="offline-confirm" role="alertdialog" aria-labelledby="offline-confirm-heading" data-testid="import-confirm">
      <h3 id="offline-confirm-heading">{t('offline.import.confirmHeading')}</h3>
      <p>{t('offline.import.confirmBody', { date: when(plan.exportedAt) })}</p>
      <ul>
        {listed.map((item) => (
          <li key={itemId(item)}>
            {t(item.deleted ? 'offline.import.newer.deleted' : 'offline.import.newer.changed', { what: asideWhat(item.kind, item.name), date: when(item.at) })}
          </li>
        ))}
      </ul>
      {plan.newerHere.length > SHOWN && <p>{t('offline.import.newer.more', { count: plan.newerHere.length - SHOWN })}</p>}
      <p>{t('offline.import.confirmRest')}</p>
      <div className="offline-actions">
        <button type="button" className="text-button" onClick={() => onReplace(new Set(plan.newerHere.map(itemId)))}>
          {t('offline.import.replace')}
        </button>
        <button type="button" className="offline-primary" onClick={onKeep}>
          {t('offline.import.keepMine')}
        </button>
        <button type="button" className="text-button" onClick={onCancel}>
          {t('offline.import.cancel')}
        </button>
      </div>
    </div>
  );
}
