/** The speed lab's results, one row per model and backend, with the parity verdict against the CPU backend. */
import { languageTag, t } from '../i18n';
import { backendName } from '../editor/backend-names';
import { formatBytes } from '../format/bytes';
import { formatCount } from '../format/locale-number';
import { formatSignificant } from '../format/significant';
import { SPEED_MODELS, speedModel } from './models';
import { modelName } from './names';
import { parityOf, PARITY_TOLERANCE, type Measured, type SpeedRow } from './results';

function ParityCell({ rows, row }: { rows: readonly SpeedRow[]; row: Measured }) {
  const parity = parityOf(rows, row);
  switch (parity.state) {
    case 'reference':
      return <td data-parity="reference">{t('speed.parity.reference')}</td>;
    case 'unknown':
      return <td data-parity="unknown">—</td>;
    case 'match':
    case 'differs':
      return (
        <td data-parity={parity.state} className={parity.state === 'differs' ? 'speed-differs' : 'speed-match'}>
          {parity.relative === 0
            ? t('speed.parity.identical')
            : t(parity.state === 'match' ? 'speed.parity.match' : 'speed.parity.differs', { relative: parity.relative.toExponential(1) })}
        </td>
      );
  }
}

export function SpeedTable({ rows }: { rows: readonly SpeedRow[] }) {
  const tag = languageTag();
  const groups = SPEED_MODELS.map((m) => rows.filter((r) => r.model === m.id)).filter((g) => g.length > 0);
  return (
    <div className="speed-table-wrap">
      <table className="speed-table" data-testid="speed-table">
        <caption>{t('speed.table.caption', { tolerance: `${PARITY_TOLERANCE * 100} %` })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('speed.col.model')}</th>
            <th scope="col">{t('speed.col.backend')}</th>
            <th scope="col">{t('speed.col.stepsPerSecond')}</th>
            <th scope="col">{t('speed.col.firstStep')}</th>
            <th scope="col">{t('speed.col.memory')}</th>
            <th scope="col">{t('speed.col.dispatches')}</th>
            <th scope="col">{t('speed.col.parity')}</th>
          </tr>
        </thead>
        <tbody>
          {groups.flatMap((group) =>
            group.map((row, i) => (
            <tr key={`${row.model}-${row.backend}`} data-model={row.model} data-backend={row.backend} data-kind={row.kind}>
              {i === 0 && (
                <th scope="rowgroup" rowSpan={group.length}>
                  {modelName(row.model)}
                  <span className="speed-params">{t('speed.params', { params: formatCount(speedModel(row.model).params, tag) })}</span>
                </th>
              )}
              <td>{backendName(row.backend)}</td>
              {row.kind === 'measured' ? (
                <>
                  <td className="speed-number">{formatSignificant(row.stepsPerSecond)}</td>
                  <td className="speed-number">{t('speed.ms', { ms: formatSignificant(row.firstStepMs) })}</td>
                  <td className="speed-number">{formatBytes(row.bytes)}</td>
                  <td className="speed-number">{row.dispatchesPerStep === null ? '—' : formatSignificant(row.dispatchesPerStep)}</td>
                  <ParityCell rows={rows} row={row} />
                </>
              ) : (
                <td colSpan={5} className="speed-failed">
                  {row.reason === 'stopped' ? t('speed.stoppedRow') : t('speed.failedRow', { reason: row.reason })}
                </td>
              )}
            </tr>
            )),
          )}
        </tbody>
      </table>
    </div>
  );
}
