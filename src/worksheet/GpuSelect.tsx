/** A GPU picker over the scenario's price table; each option shows its price and the month it was checked. */
import { t, type MessageKey } from '../i18n';
import type { GpuPrice } from './model/types';
import { formatMoneyPrice } from './money-display';

export function GpuSelect({ label, gpus, value, onChange }: { label: MessageKey; gpus: readonly GpuPrice[]; value: string; onChange: (id: string) => void }) {
  return (
    <label className="ws-field">
      <span>{t(label)}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {gpus.map((g) => (
          <option key={g.id} value={g.id}>
            {g.name} — {t('worksheet.money.perHour', { price: formatMoneyPrice(g.pricePerHour) })} ({g.checked})
          </option>
        ))}
      </select>
    </label>
  );
}
