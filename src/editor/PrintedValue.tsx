/** One printed line of the output: text, a tensor (with shape and dtype) or a table. */
import { t } from '../i18n';
import type { PrintLine } from './output-state';

export function PrintedValue({ line }: { line: PrintLine }) {
  const { value, level } = line;
  const className = `lml-print lml-print-${level}`;
  switch (value.kind) {
    case 'text':
      return <pre className={className}>{value.text}</pre>;
    case 'tensor':
      return (
        <div className={className} data-print="tensor">
          <div className="lml-print-meta">
            {t('runtime.print.tensor', { shape: value.shape.join(', '), dtype: value.dtype })}
          </div>
          <pre>{value.text}</pre>
        </div>
      );
    case 'table':
      return (
        <div className={`${className} lml-print-table`} data-print="table">
          <table>
            <thead>
              <tr>
                {value.columns.map((column, i) => (
                  <th scope="col" key={i}>
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {value.rows.map((row, r) => (
                <tr key={r}>
                  {row.map((cell, c) => (
                    <td key={c}>{typeof cell === 'number' ? String(Number(cell.toPrecision(6))) : cell}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
    default: {
      const unknown: never = value;
      return unknown;
    }
  }
}
