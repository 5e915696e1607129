import { useI18n } from '../i18n/I18nProvider.tsx';
import type { ImportJob } from './imports-api.ts';
import { cellText } from './numbers.ts';

interface PreviewTableProps {
  readonly job: ImportJob;
  /** The role each mapped column fills, shown in its header. */
  readonly roleOf: ReadonlyMap<string, string>;
  /** Columns kept as properties. */
  readonly properties: readonly string[];
  /** The rows are sent as they are: every column is used. */
  readonly passThrough: boolean;
}

/** The first rows of the file as read, with what the mapping makes of each column. */
export function PreviewTable({ job, roleOf, properties, passThrough }: PreviewTableProps) {
  const { t } = useI18n();
  const { columns, preview } = job;
  return (
    <div className="table-wrap preview-wrap">
      <table className="preview-table" data-testid="import-preview">
        <caption className="visually-hidden">{t('imports.preview.caption')}</caption>
        <thead>
          <tr>
            <th scope="col" className="cell-line">
              {t('imports.col.line')}
            </th>
            {columns.map((column) => {
              const role = roleOf.get(column);
              const kept = role === undefined && properties.includes(column);
              return (
                <th
                  scope="col"
                  key={column}
                  className={role === undefined && !kept && !passThrough ? 'col-skipped' : ''}
                >
                  <span className="preview-column">{column}</span>
                  {role !== undefined && <span className="preview-role">{role}</span>}
                  {kept && (
                    <span className="preview-role preview-role-property">
                      {t('imports.preview.property')}
                    </span>
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {preview.rows.map((row) => (
            <tr key={row.line} className={row.unreadable === undefined ? '' : 'row-unreadable'}>
              <td className="cell-line">{row.line}</td>
              {row.unreadable === undefined ? (
                columns.map((column) => <td key={column}>{cellText(row.cells?.[column])}</td>)
              ) : (
                <td colSpan={columns.length}>
                  {t('imports.preview.unreadable', { reason: row.unreadable })}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
