import { useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import type { ConformanceResponse } from '../analytics-api.ts';
import { formattersFor } from '../format.ts';

type Switch = ConformanceResponse['switches'][number];

const PAGE = 15;

/** Ruptures first (most significant first), then the other switches by number of moves. */
export function rankSwitches(switches: readonly Switch[]): Switch[] {
  return [...switches].sort((a, b) => {
    if (a.rupture !== b.rupture) return a.rupture ? -1 : 1;
    return a.rupture ? b.z - a.z : b.moves - a.moves;
  });
}

/**
 * Channel switches stage by stage: how often customers abandon after each, against comparable
 * moves; ruptures (significantly more abandonment) are highlighted.
 */
export function SwitchList({ data }: { readonly data: ConformanceResponse }) {
  const { t, lang } = useI18n();
  const f = formattersFor(lang);
  const [shown, setShown] = useState(PAGE);
  const ranked = rankSwitches(data.switches);
  const stageName = (id: string) => data.stages.find((stage) => stage.id === id)?.name ?? id;
  const channelName = (id: string) =>
    data.channels.find((channel) => channel.id === id)?.name ?? id;
  return (
    <section className="card" data-testid="switches-card">
      <header className="chart-card-head">
        <div>
          <h2>{t('analytics.conformance.switches')}</h2>
          <p className="muted chart-hint">{t('analytics.conformance.switchesHint')}</p>
        </div>
      </header>
      {ranked.length === 0 ? (
        <p className="muted">{t('analytics.conformance.noSwitches')}</p>
      ) : (
        <div className="table-wrap">
          <table className="analytics-table" data-testid="switch-table">
            <thead>
              <tr>
                <th scope="col">{t('analytics.conformance.col.switch')}</th>
                <th scope="col">{t('analytics.conformance.col.stage')}</th>
                <th scope="col" className="num">
                  {t('analytics.conformance.col.moves')}
                </th>
                <th scope="col" className="num">
                  {t('analytics.conformance.col.abandon')}
                </th>
                <th scope="col" className="num">
                  {t('analytics.conformance.col.comparable')}
                </th>
                <th scope="col" className="num">
                  {t('analytics.conformance.col.z')}
                </th>
              </tr>
            </thead>
            <tbody>
              {ranked.slice(0, shown).map((item) => (
                <tr
                  key={`${item.stageId}-${item.fromChannelId}-${item.toChannelId}`}
                  className={item.rupture ? 'is-rupture' : undefined}
                  data-testid={item.rupture ? 'rupture-row' : 'switch-row'}
                >
                  <th scope="row">
                    {item.rupture && (
                      <span className="badge badge-rupture">
                        <span aria-hidden="true">⚡</span> {t('analytics.conformance.rupture')}
                      </span>
                    )}{' '}
                    {channelName(item.fromChannelId)} → {channelName(item.toChannelId)}
                  </th>
                  <td>{stageName(item.stageId)}</td>
                  <td className="num">{f.count(item.moves)}</td>
                  <td className="num">
                    <strong>{f.percent(item.rate)}</strong>
                    <span className="cell-sub">
                      {t('analytics.conformance.abandoned', { count: f.count(item.abandoned) })}
                    </span>
                  </td>
                  <td className="num">{f.percent(item.comparableRate)}</td>
                  <td className="num">{f.score(item.z)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {ranked.length > shown && (
        <button
          type="button"
          className="button button-quiet"
          onClick={() => setShown(shown + PAGE * 2)}
        >
          {t('analytics.conformance.moreSwitches', { count: ranked.length - shown })}
        </button>
      )}
    </section>
  );
}
