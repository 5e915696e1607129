import { useState } from 'react';
import type { WorkspaceModel } from '../../model/schema.ts';
import { impactQuadrant } from '../../prioritise/quadrants.ts';
import type { WorkspaceScores } from '../../prioritise/scores.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { decimal, moneyFormat } from './format.ts';
import { valueLabel } from './labels.ts';
import type { AnyPoint } from './matrix-parts.ts';

const SHOWN = 12;

function ScoreBar({ score }: { readonly score: number | null }) {
  const value = score === null ? 0 : Math.round(score * 100);
  return (
    <span className="pr-scorebar" title={score === null ? '' : `${value}/100`}>
      <span className="pr-scorebar-fill" style={{ width: `${value}%` }} />
      <span className="pr-scorebar-text">{score === null ? '—' : value}</span>
    </span>
  );
}

/** Touchpoints and actions ranked by score (actions by RICE when that method is chosen). */
export function ScoreTables(props: {
  readonly scores: WorkspaceScores;
  readonly model: WorkspaceModel;
  readonly onSelect: (point: AnyPoint) => void;
}) {
  const { t, lang } = useI18n();
  const [all, setAll] = useState(false);
  const { scores, model } = props;
  const format = moneyFormat(lang, model.currency);
  const name = (items: readonly { id: string; name: string }[], id: string) =>
    items.find((i) => i.id === id)?.name ?? '';
  const ranked = [...scores.touchpoints].sort((a, b) => (b.score ?? -1) - (a.score ?? -1));
  const shown = all ? ranked : ranked.slice(0, SHOWN);
  const quadrant = (impact: number | null, feasibility: number | null) =>
    impact === null || feasibility === null
      ? '—'
      : valueLabel(t, impactQuadrant(impact, feasibility));
  const pointOf = (kind: 'touchpoint' | 'action', id: string): AnyPoint | undefined =>
    scores.matrices.impactFeasibility.points.find((p) => p.kind === kind && p.id === id);
  return (
    <div className="pr-rankings">
      <section className="card" aria-labelledby="pr-rank-tp">
        <h2 id="pr-rank-tp">{t('prioritise.rank.touchpoints')}</h2>
        <div className="table-wrap">
          <table data-testid="touchpoint-scores">
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">{t('prioritise.kind.touchpoint')}</th>
                <th scope="col">{t('prioritise.panel.stage')}</th>
                <th scope="col">{t('prioritise.panel.score')}</th>
                <th scope="col">{t('prioritise.axis.impact')}</th>
                <th scope="col">{t('prioritise.axis.feasibility')}</th>
                <th scope="col">{t('prioritise.matrix.quadrant')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((s, i) => {
                const point = pointOf('touchpoint', s.touchpointId);
                return (
                  <tr key={`${s.journeyId}-${s.touchpointId}`}>
                    <td className="pr-num">{i + 1}</td>
                    <th scope="row">
                      {point ? (
                        <button
                          type="button"
                          className="link-button"
                          onClick={() => props.onSelect(point)}
                        >
                          {s.name}
                        </button>
                      ) : (
                        s.name
                      )}
                    </th>
                    <td className="muted">
                      {name(model.stages, s.stageId)} · {name(model.channels, s.channelId)}
                    </td>
                    <td>
                      <ScoreBar score={s.score} />
                    </td>
                    <td className="pr-num">
                      {s.impact === null ? '—' : decimal(lang, s.impact, 2)}
                    </td>
                    <td className="pr-num">
                      {s.feasibility === null ? '—' : decimal(lang, s.feasibility, 2)}
                    </td>
                    <td>{quadrant(s.impact, s.feasibility)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        {ranked.length > SHOWN && (
          <button type="button" className="button button-quiet" onClick={() => setAll(!all)}>
            {all ? t('prioritise.rank.fewer') : t('prioritise.rank.all', { count: ranked.length })}
          </button>
        )}
      </section>
      <section className="card" aria-labelledby="pr-rank-actions">
        <h2 id="pr-rank-actions">
          {t(scores.method === 'rice' ? 'prioritise.rank.actionsRice' : 'prioritise.rank.actions')}
        </h2>
        {scores.actions.length === 0 ? (
          <p className="muted">{t('prioritise.actions.empty')}</p>
        ) : (
          <div className="table-wrap">
            <table data-testid="action-scores">
              <thead>
                <tr>
                  <th scope="col">#</th>
                  <th scope="col">{t('prioritise.kind.action')}</th>
                  <th scope="col">{t('prioritise.col.status')}</th>
                  <th scope="col">{t('prioritise.panel.score')}</th>
                  <th scope="col">{t('prioritise.col.rice')}</th>
                  <th scope="col">{t('prioritise.col.weightedReturn')}</th>
                  <th scope="col">{t('prioritise.col.cost')}</th>
                </tr>
              </thead>
              <tbody>
                {scores.actions.map((a, i) => {
                  const point = pointOf('action', a.actionId);
                  return (
                    <tr key={a.actionId}>
                      <td className="pr-num">{i + 1}</td>
                      <th scope="row">
                        {point ? (
                          <button
                            type="button"
                            className="link-button"
                            onClick={() => props.onSelect(point)}
                          >
                            {a.name}
                          </button>
                        ) : (
                          a.name
                        )}
                      </th>
                      <td>
                        <span className={`badge pr-status-${a.status}`}>
                          {valueLabel(t, a.status)}
                        </span>
                      </td>
                      <td>
                        <ScoreBar score={a.score} />
                      </td>
                      <td className="pr-num">{a.rice === null ? '—' : decimal(lang, a.rice, 0)}</td>
                      <td className="pr-num">{format.money(a.weightedReturnCents)}</td>
                      <td className="pr-num">{format.money(a.costCents)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
