/** The formulas behind every number, in plain text (the same ones documented in src/worksheet/model/). */
import { t, type MessageKey } from '../i18n';

/** Section titles are translated; the formulas are notation and stay as written. */
const FORMULAS: readonly [MessageKey, readonly string[]][] = [
  ['worksheet.help.growth', ['Xₘ = X₁ · (1 + g)^(m−1) for new subscribers, API calls, users and contracts; g is per month.']],
  ['worksheet.help.subscription', ['Sₘ = Sₘ₋₁ · (1 − c) + Nₘ, starting from S₀', 'revenue = Sₘ · P']],
  ['worksheet.help.api', ['revenue = Cₘ / 1000 · price per 1,000 calls', 'inference = Cₘ / 1000 · cost per 1,000 calls']],
  ['worksheet.help.ads', ['revenue = Uₘ · impressions per user / 1000 · CPM', 'the app’s own calls Uₘ · calls per user cost inference']],
  ['worksheet.help.enterprise', ['Aₘ = Σ Kⱼ for j = max(1, m − L + 1) … m', 'revenue = Aₘ · monthly fee; fine-tuning = Kₘ · cost per contract']],
  ['worksheet.help.compute', ['inference FLOPs per call ≈ 2 · N · tokens', 'training FLOPs ≈ 6 · N · D', 'GPU-hours = FLOPs / (peak FLOP/s · utilisation · 3600)', 'cost = GPU-hours · price per GPU-hour']],
  ['worksheet.help.cash', ['cost of revenue = inference + payment fees + fine-tuning', 'operating costs = training + labelling + team + fixed + acquisition', 'net income = revenue − cost of revenue − operating costs', 'cashₘ = cashₘ₋₁ + net incomeₘ + fundingₘ']],
  ['worksheet.help.summary', ['break-even = first month with net income ≥ 0', 'runway = months before cash first goes below zero', 'ROI = (revenue − all costs) / all costs over the horizon', 'CAC = acquisition spend / (new subscribers + new contracts)', 'LTV = P · gross-margin % / c; payback = CAC / (P · gross-margin %)']],
  ['worksheet.help.sensitivity', ['each key input × 0.8 and × 1.2, one at a time; bars sorted by swing']],
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
                  <code>{line}</code>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </details>
  );
}
