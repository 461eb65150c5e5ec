/** The formulas behind every number, in plain text (the same ones documented in src/worksheet/model/). */
import { t, type MessageKey } from '../i18n';
import { DEFINITION_KEYS } from './definitions';

/** Section titles are translated; the formulas are notation and stay as written. */
const FORMULAS: readonly [MessageKey, readonly string[]][] = [
  ['worksheet.help.growth', ['Xₘ = X₁ · (1 + g)^(m−1) for new subscribers, API calls, users and contracts; g is per month.']],
  ['worksheet.help.subscription', ['Sₘ = Sₘ₋₁ · (1 − c) + Nₘ, starting from S₀', 'revenue = Sₘ · P']],
  ['worksheet.help.api', ['revenue = Cₘ / 1000 · price per 1,000 calls', 'inference = Cₘ / 1000 · cost per 1,000 calls', 'accounts Aₘ = Aₘ₋₁ · (1 − churn) + N₁ · (1 + g)^(m−1)']],
  ['worksheet.help.ads', ['revenue = Uₘ · impressions per user / 1000 · CPM', 'the app’s own calls Uₘ · calls per user cost inference', 'advertisers Vₘ = Vₘ₋₁ · (1 − churn) + N₁ · (1 + g)^(m−1)']],
  ['worksheet.help.enterprise', ['Aₘ = Σ Kⱼ for j = max(1, m − L + 1) … m', 'revenue = Aₘ · monthly fee; fine-tuning = Kₘ · cost per contract']],
  ['worksheet.help.compute', ['inference FLOPs per call ≈ 2 · N · tokens', 'training FLOPs ≈ 6 · N · D', 'GPU-hours = FLOPs / (peak FLOP/s · utilisation · 3600)', 'cost = GPU-hours · price per GPU-hour']],
  ['worksheet.capacity.heading', ['average tokens/s λ̄ = calls · tokens per call / (730 · 3600 s)', 'peak λ̂ = λ̄ · peak-to-average', 'GPUs n = ⌈λ̂ / throughput per GPU⌉', 'reserved = n · 730 h · price · (1 − discount); on-demand = λ̄ / throughput · 730 h · price', 'utilisation = λ̄ / (n · throughput)']],
  ['worksheet.help.cash', ['cost of revenue = inference + payment fees + fine-tuning', 'payment fees = fee share · revenue of the card-paid streams', 'acquisition = unattributed + Σ spend of the streams that are on', 'operating costs = training + labelling + team + fixed + acquisition', 'net income = revenue − cost of revenue − operating costs', 'cashₘ = cashₘ₋₁ + net incomeₘ + fundingₘ']],
  ['worksheet.help.summary', ['first break-even = first m with net incomeₘ ≥ 0', 'sustained break-even = first m with net incomeⱼ ≥ 0 for all j = m … H', 'runway = cash-out month − 1; cash-out = first m with cashₘ < 0', 'cash payback = first m with Σⱼ≤ₘ net incomeⱼ ≥ 0', 'ROI = (revenue − all costs) / all costs over the horizon']],
  ['worksheet.units.heading', ['CAC = stream acquisition / stream new customers', 'LTV = revenue per customer-month · stream gross margin / churn (enterprise: · L)', 'payback = CAC / (revenue per customer-month · stream gross margin)', 'blended CAC = all acquisition / all new customers']],
  ['worksheet.help.sensitivity', ['each key input × 0.8 and × 1.2, one at a time; bars sorted by swing']],
  ['worksheet.risk.heading', ['x = a + √(u (b − a)(c − a)) if u < (c − a)/(b − a), else b − √((1 − u)(b − a)(b − c))', 'P(cash-out) = draws with some cashₘ < 0 / draws', 'percentile p = the ⌈p · n⌉-th smallest of n draws']],
  ['worksheet.tokens.heading', ['cost per call = input tokens · input price / 10⁶ + output tokens · output price / 10⁶', 'tokens per character = tokens / characters']],
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
