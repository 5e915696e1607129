import { useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import type { PathsResponse } from '../analytics-api.ts';
import { formattersFor } from '../format.ts';
import type { NodeInfo } from './path-nodes.ts';

const PAGE = 20;

/** The most common complete paths, each drawn as a row of chips in the map's colours. */
export function VariantsTable({
  variants,
  byLabel,
}: {
  readonly variants: PathsResponse['variants'];
  readonly byLabel: ReadonlyMap<string, NodeInfo>;
}) {
  const { t, lang } = useI18n();
  const f = formattersFor(lang);
  const [shown, setShown] = useState(PAGE);
  const rows = variants.top.slice(0, shown);
  const top = Math.max(0.0001, variants.top[0]?.share ?? 1);
  return (
    <section className="card" data-testid="variants-card">
      <header className="chart-card-head">
        <div>
          <h2>{t('analytics.paths.variants')}</h2>
          <p className="muted chart-hint">
            {t('analytics.paths.variantsHint', { count: f.count(variants.distinct) })}
          </p>
        </div>
      </header>
      <div className="table-wrap">
        <table className="analytics-table variants-table" data-testid="variants-table">
          <thead>
            <tr>
              <th scope="col" className="num">
                #
              </th>
              <th scope="col">{t('analytics.paths.path')}</th>
              <th scope="col" className="num">
                {t('analytics.funnel.col.customers')}
              </th>
              <th scope="col" className="num">
                {t('analytics.paths.shareCol')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((variant, index) => (
              <tr key={variant.path.join('\u0000')} data-testid="variant-row">
                <td className="num muted">{index + 1}</td>
                <td>
                  <ol className="path-chips">
                    {variant.path.map((label, position) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: a path may visit the same touchpoint twice.
                      <PathChip key={`${position}-${label}`} label={label} infos={byLabel} />
                    ))}
                  </ol>
                </td>
                <td className="num">{f.count(variant.customers)}</td>
                <td className="num">
                  <span className="cell-bar">
                    <span
                      className="cell-bar-fill"
                      style={{ width: `${Math.round((variant.share / top) * 100)}%` }}
                    />
                  </span>
                  <span className="cell-figure">{f.percent(variant.share)}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {variants.top.length > shown && (
        <button
          type="button"
          className="button button-quiet"
          onClick={() => setShown(shown + PAGE * 2)}
        >
          {t('analytics.paths.moreVariants')}
        </button>
      )}
    </section>
  );
}

/** One step of a path, edged with its channel's (or stage's) colour. */
function PathChip({
  label,
  infos,
}: {
  readonly label: string;
  readonly infos: ReadonlyMap<string, NodeInfo>;
}) {
  const info = infos.get(label);
  return (
    <li className="path-chip" style={{ borderColor: info?.color }} title={label}>
      {info?.name ?? label}
    </li>
  );
}
