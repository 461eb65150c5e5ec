/** The formulas behind every number, in plain text (the same ones documented in src/worksheet/model/). */
import { t } from '../i18n';

const FORMULAS: readonly [string, readonly string[]][] = [
  ['Growth', ['Xₘ = X₁ · (1 + g)^(m−1) for new subscribers, API calls, users and contracts; g is per month.']],
  ['Subscription', ['Sₘ = Sₘ₋₁ · (1 − c) + Nₘ, starting from S₀', 'revenue = Sₘ · P']],
  ['Pay-per-use API', ['revenue = Cₘ / 1000 · price per 1,000 calls', 'inference = Cₘ / 1000 · cost per 1,000 calls']],
  ['Advertising', ['revenue = Uₘ · impressions per user / 1000 · CPM', 'the app’s own calls Uₘ · calls per user cost inference']],
  ['Enterprise', ['Aₘ = Σ Kⱼ for j = max(1, m − L + 1) … m', 'revenue = Aₘ · monthly fee; fine-tuning = Kₘ · cost per contract']],
  ['Compute', ['inference FLOPs per call ≈ 2 · N · tokens', 'training FLOPs ≈ 6 · N · D', 'GPU-hours = FLOPs / (peak FLOP/s · utilisation · 3600)', 'cost = GPU-hours · price per GPU-hour']],
  ['Costs and cash', ['cost of revenue = inference + payment fees + fine-tuning', 'operating costs = training + labelling + team + fixed + acquisition', 'net income = revenue − cost of revenue − operating costs', 'cashₘ = cashₘ₋₁ + net incomeₘ + fundingₘ']],
  ['Summary', ['break-even = first month with net income ≥ 0', 'runway = months before cash first goes below zero', 'ROI = (revenue − all costs) / all costs over the horizon', 'CAC = acquisition spend / (new subscribers + new contracts)', 'LTV = P · gross-margin % / c; payback = CAC / (P · gross-margin %)']],
  ['Sensitivity', ['each key input × 0.8 and × 1.2, one at a time; bars sorted by swing']],
];

export function HelpPanel() {
  return (
    <details className="ws-section">
      <summary>{t('worksheet.help.heading')}</summary>
      <div className="ws-section-body ws-help">
        {FORMULAS.map(([title, lines]) => (
          <section key={title}>
            <h4>{title}</h4>
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
