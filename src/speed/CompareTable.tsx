/** This device's steps per second beside an imported file's (another laptop in the class), model by model and backend by backend. */
import { backendName } from '../editor/backend-names';
import { languageTag, t } from '../i18n';
import { formatDate } from '../format/date';
import { formatSignificant } from '../format/significant';
import { BACKEND_ORDER } from '../runtime/protocol/backends';
import { SPEED_MODELS } from './models';
import { modelName } from './names';
import { findMeasured, type SpeedReport } from './results';
import { deviceLine } from './device-line';

export function CompareTable({ mine, theirs }: { mine: SpeedReport | null; theirs: SpeedReport }) {
  const pairs = SPEED_MODELS.flatMap((m) =>
    BACKEND_ORDER.map((b) => ({ model: m.id, backend: b, here: mine ? findMeasured(mine.rows, m.id, b) : null, there: findMeasured(theirs.rows, m.id, b) })),
  ).filter((p) => p.here !== null || p.there !== null);
  const date = formatDate(theirs.measuredAt, languageTag(), true);
  return (
    <div className="speed-table-wrap">
      <p data-testid="speed-imported">{t('speed.compare.theirs', { device: deviceLine(theirs.device), date })}</p>
      <table className="speed-table" data-testid="speed-compare">
        <caption>{t('speed.compare.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('speed.col.model')}</th>
            <th scope="col">{t('speed.col.backend')}</th>
            <th scope="col">{t('speed.compare.here')}</th>
            <th scope="col">{t('speed.compare.there')}</th>
            <th scope="col">{t('speed.compare.ratio')}</th>
          </tr>
        </thead>
        <tbody>
          {pairs.map(({ model, backend, here, there }) => (
            <tr key={`${model}-${backend}`} data-model={model} data-backend={backend}>
              <th scope="row">{modelName(model)}</th>
              <td>{backendName(backend)}</td>
              <td className="speed-number">{here ? formatSignificant(here.stepsPerSecond) : '—'}</td>
              <td className="speed-number">{there ? formatSignificant(there.stepsPerSecond) : '—'}</td>
              <td className="speed-number">{here && there && there.stepsPerSecond > 0 ? `${formatSignificant(here.stepsPerSecond / there.stepsPerSecond)}×` : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
