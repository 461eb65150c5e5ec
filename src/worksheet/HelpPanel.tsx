/** The formulas behind every number, in plain text (the same ones documented in src/worksheet/model/). */
import { t, type MessageKey } from '../i18n';
import { DEFINITION_KEYS } from './definitions';

/** Each section's formulas, one line per key (src/i18n/en/worksheetFormulas.ts): the notation stays, the words are translated. */
const FORMULAS: readonly [MessageKey, readonly MessageKey[]][] = [
  ['worksheet.help.growth', ['worksheet.formula.growth.1']],
  ['worksheet.help.subscription', ['worksheet.formula.subscription.1', 'worksheet.formula.subscription.2']],
  ['worksheet.help.api', ['worksheet.formula.api.1', 'worksheet.formula.api.2', 'worksheet.formula.api.3']],
  ['worksheet.help.ads', ['worksheet.formula.ads.1', 'worksheet.formula.ads.2', 'worksheet.formula.ads.3']],
  ['worksheet.help.enterprise', ['worksheet.formula.enterprise.1', 'worksheet.formula.enterprise.2']],
  ['worksheet.help.compute', ['worksheet.formula.compute.1', 'worksheet.formula.compute.2', 'worksheet.formula.compute.3', 'worksheet.formula.compute.4']],
  ['worksheet.capacity.heading', ['worksheet.formula.capacity.1', 'worksheet.formula.capacity.2', 'worksheet.formula.capacity.3', 'worksheet.formula.capacity.4', 'worksheet.formula.capacity.5']],
  ['worksheet.help.cash', ['worksheet.formula.cash.1', 'worksheet.formula.cash.2', 'worksheet.formula.cash.3', 'worksheet.formula.cash.4', 'worksheet.formula.cash.5', 'worksheet.formula.cash.6']],
  ['worksheet.help.summary', ['worksheet.formula.summary.1', 'worksheet.formula.summary.2', 'worksheet.formula.summary.3', 'worksheet.formula.summary.4', 'worksheet.formula.summary.5']],
  ['worksheet.units.heading', ['worksheet.formula.units.1', 'worksheet.formula.units.2', 'worksheet.formula.units.3', 'worksheet.formula.units.4']],
  ['worksheet.help.sensitivity', ['worksheet.formula.sensitivity.1']],
  ['worksheet.risk.heading', ['worksheet.formula.risk.1', 'worksheet.formula.risk.2', 'worksheet.formula.risk.3']],
  ['worksheet.tokens.heading', ['worksheet.formula.tokens.1', 'worksheet.formula.tokens.2']],
];

export function HelpPanel() {
  return (
    <details className="ws-section">
      <summary>{t('worksheet.help.heading')}</summary>
      <div className="ws-section-body ws-help">
        {FORMULAS.map(([title, lines]) => (
          <section key={title}>
            <h4>{t(title)}</h4>
            <ul>
              {lines.map((line) => (
                <li key={line}>
                  <code>{t(line)}</code>
                </li>
              ))}
            </ul>
          </section>
        ))}
        <section>
          <h4>{t('worksheet.help.definitions')}</h4>
          <dl className="ws-definitions">
            {DEFINITION_KEYS.map((key) => (
              <dd key={key}>{t(key)}</dd>
            ))}
          </dl>
        </section>
      </div>
    </details>
  );
}
