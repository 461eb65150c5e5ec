/**
 * Tokens priced from real text (its own lazy chunk with js-tiktoken): paste a
 * typical prompt and answer, see their tokens and tokens per character, price
 * a call from the scenario's per-million-token table (input and output priced
 * separately), and send the tokens per call (or the price) to the scenario.
 */
import { useEffect, useState } from 'react';
import type { Tiktoken } from 'js-tiktoken/lite';
import { t } from '../../i18n';
import { selectActive, useWorksheet } from '../../store/worksheet';
import { NumberField } from '../NumberField';
import { TextField } from '../TextField';
import { LIMITS } from '../model/limits';
import { costPerCall, tokensPerCharacter } from '../model/token-price';
import type { Scenario, TokenPrice } from '../model/types';
import { usd } from '../model/units';
import { formatMoneyPrice, unitText } from '../money-display';
import { MoneyNote } from '../MoneyNote';
import { countCharacters, countTokens, ENCODING, loadTokenizer } from './tokenizer';

type Load = { readonly kind: 'loading' } | { readonly kind: 'ready'; readonly tokenizer: Tiktoken } | { readonly kind: 'failed'; readonly reason: string };

const ratio = (v: number | null) => (v === null ? '—' : v.toFixed(2));
const VOCAB_SIZE = '0.4 MiB';

function PriceRow({ row, onChange }: { row: TokenPrice; onChange: (row: TokenPrice) => void }) {
  return (
    <fieldset className="ws-list-row">
      <legend>{row.name}</legend>
      <NumberField label={t('worksheet.tokens.rowInput', { name: row.name })} unit={unitText('worksheet.unit.moneyPerMillion')} money range={LIMITS.money} value={row.inputPerMillion} onCommit={(v) => onChange({ ...row, inputPerMillion: usd(v) })} />
      <NumberField label={t('worksheet.tokens.rowOutput', { name: row.name })} unit={unitText('worksheet.unit.moneyPerMillion')} money range={LIMITS.money} value={row.outputPerMillion} onCommit={(v) => onChange({ ...row, outputPerMillion: usd(v) })} />
      <TextField
        id={`token-price-checked-${row.id}`}
        label={t('worksheet.tokens.rowChecked', { name: row.name })}
        unit={t('worksheet.unit.yearMonth')}
        value={row.checked}
        pattern={/^\d{4}-\d{2}$/}
        error={t('worksheet.error.yearMonth')}
        onCommit={(checked) => onChange({ ...row, checked })}
      />
    </fieldset>
  );
}

export default function TokenPricer() {
  const scenario = useWorksheet(selectActive);
  const updateActive = useWorksheet((s) => s.updateActive);
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  const [prompt, setPrompt] = useState('');
  const [answer, setAnswer] = useState('');
  const [rowId, setRowId] = useState(scenario.tokenPrices[0]?.id ?? '');
  const [sent, setSent] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    loadTokenizer().then(
      (tokenizer) => live && setLoad({ kind: 'ready', tokenizer }),
      (error: unknown) => live && setLoad({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, []);

  const row = scenario.tokenPrices.find((r) => r.id === rowId) ?? scenario.tokenPrices[0];
  const setRow = (next: TokenPrice) => updateActive((s: Scenario) => ({ ...s, tokenPrices: s.tokenPrices.map((r) => (r.id === next.id ? next : r)) }));

  if (load.kind === 'loading') return <p className="ws-note" role="status">{t('worksheet.tokens.loading')}</p>;
  if (load.kind === 'failed') return <p className="ws-error" role="alert">{t('worksheet.tokens.needsConnection', { size: VOCAB_SIZE, reason: load.reason })}</p>;

  const inTokens = countTokens(load.tokenizer, prompt);
  const outTokens = countTokens(load.tokenizer, answer);
  const inChars = countCharacters(prompt);
  const outChars = countCharacters(answer);
  const perCall = row ? costPerCall(inTokens, outTokens, row) : 0;
  const total = inTokens + outTokens;

  return (
    <>
      <p className="ws-note">{t('worksheet.tokens.hint', { encoding: ENCODING })}</p>
      <label className="ws-field">
        <span>{t('worksheet.tokens.prompt')}</span>
        <textarea className="ws-textarea" rows={4} value={prompt} onChange={(e) => setPrompt(e.target.value)} />
      </label>
      <label className="ws-field">
        <span>{t('worksheet.tokens.answer')}</span>
        <textarea className="ws-textarea" rows={4} value={answer} onChange={(e) => setAnswer(e.target.value)} />
      </label>
      {total === 0 ? (
        <p className="ws-note">{t('worksheet.tokens.empty')}</p>
      ) : (
        <p data-tokens="count">
          {t('worksheet.tokens.count', {
            inTokens,
            inChars,
            inRatio: ratio(tokensPerCharacter(inTokens, inChars)),
            outTokens,
            outChars,
            outRatio: ratio(tokensPerCharacter(outTokens, outChars)),
          })}
        </p>
      )}
      <div className="ws-field">
        <label htmlFor="token-price-row">{t('worksheet.tokens.model')}</label>
        <select id="token-price-row" value={row?.id ?? ''} onChange={(e) => setRowId(e.target.value)}>
          {scenario.tokenPrices.map((r) => (
            <option key={r.id} value={r.id}>
              {r.name} ({r.checked})
            </option>
          ))}
        </select>
      </div>
      {row && total > 0 && (
        <>
          <p data-tokens="price">
            {t('worksheet.tokens.price', {
              model: row.name,
              input: formatMoneyPrice(row.inputPerMillion),
              output: formatMoneyPrice(row.outputPerMillion),
              checked: row.checked,
              perCall: formatMoneyPrice(perCall),
              per1k: formatMoneyPrice(perCall * 1000),
            })}
          </p>
          <MoneyNote />
          <div className="ws-buttons">
            <button
              type="button"
              onClick={() => {
                updateActive((s) => ({ ...s, inference: { ...s.inference, tokensPerCall: total } }));
                setSent(t('worksheet.tokens.sent', { n: total, name: scenario.name }));
              }}
            >
              {t('worksheet.tokens.send', { n: total })}
            </button>
            <button
              type="button"
              onClick={() => {
                updateActive((s) => ({ ...s, api: { ...s.api, pricePer1kCalls: usd(Math.min(LIMITS.money.max, perCall * 1000)) } }));
                setSent(t('worksheet.tokens.sentPrice', { price: formatMoneyPrice(perCall * 1000), name: scenario.name }));
              }}
            >
              {t('worksheet.tokens.sendPrice', { price: formatMoneyPrice(perCall * 1000) })}
            </button>
          </div>
        </>
      )}
      <p className="ws-ok" role="status">
        {sent}
      </p>
      <details className="ws-section">
        <summary>{t('worksheet.tokens.tableHeading')}</summary>
        <div className="ws-section-body">
          {scenario.tokenPrices.map((r) => (
            <PriceRow key={r.id} row={r} onChange={setRow} />
          ))}
        </div>
      </details>
    </>
  );
}
