import type { ECElementEvent } from 'echarts/core';
import { type ReactNode, useCallback, useRef } from 'react';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { EChart, type EChartHandle } from '../ui/EChart.tsx';
import type { AnyPoint, MatrixView } from './matrix-parts.ts';

interface MatrixCardProps {
  readonly id: string;
  readonly title: string;
  readonly hint: string;
  readonly view: MatrixView;
  /** Axis names for the data table. */
  readonly x: string;
  readonly y: string;
  readonly formatX: (value: number) => string;
  readonly formatY: (value: number) => string;
  readonly quadrantLabel: (quadrant: string) => string;
  readonly onSelect: (point: AnyPoint) => void;
  readonly controls?: ReactNode;
  readonly footer?: ReactNode;
}

/** A matrix: its chart, a PNG download, and its points as a table (also for screen readers). */
export function MatrixCard(props: MatrixCardProps) {
  const { t } = useI18n();
  const chart = useRef<EChartHandle>(null);
  const { view, onSelect } = props;
  const onItemClick = useCallback(
    (event: ECElementEvent) => {
      const point = view.series[event.seriesIndex ?? -1]?.[event.dataIndex];
      if (point) onSelect(point);
    },
    [view, onSelect],
  );
  const downloadPng = () => {
    const url = chart.current?.getDataURL() ?? '';
    if (url === '') return;
    const link = document.createElement('a');
    link.href = url;
    link.download = `parcours-${props.id}.png`;
    link.click();
  };
  const points = view.series.flat();
  return (
    <section
      className="card pr-matrix"
      aria-labelledby={`${props.id}-title`}
      data-testid={`matrix-${props.id}`}
    >
      <div className="pr-card-head">
        <div>
          <h2 id={`${props.id}-title`}>{props.title}</h2>
          <p className="muted pr-hint">{props.hint}</p>
        </div>
        <div className="pr-toolbar">
          {props.controls}
          <button
            type="button"
            className="button"
            onClick={downloadPng}
            data-testid={`png-${props.id}`}
          >
            {t('prioritise.export.png')}
          </button>
        </div>
      </div>
      <EChart
        ref={chart}
        option={view.option}
        height={440}
        minWidth={520}
        label={props.title}
        testId={`chart-${props.id}`}
        onItemClick={onItemClick}
      />
      {props.footer}
      <details className="pr-data">
        <summary>{t('prioritise.matrix.table', { count: points.length })}</summary>
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('prioritise.matrix.item')}</th>
                <th scope="col">{props.x}</th>
                <th scope="col">{props.y}</th>
                <th scope="col">{t('prioritise.matrix.quadrant')}</th>
              </tr>
            </thead>
            <tbody>
              {points.map((p) => (
                <tr
                  key={`${p.kind}-${p.id}`}
                  data-testid={`point-${props.id}`}
                  data-id={p.id}
                  data-x={p.x.toFixed(4)}
                  data-y={p.y.toFixed(4)}
                >
                  <th scope="row">
                    <button type="button" className="link-button" onClick={() => onSelect(p)}>
                      {p.name}
                    </button>
                  </th>
                  <td>{props.formatX(p.x)}</td>
                  <td>{props.formatY(p.y)}</td>
                  <td>{props.quadrantLabel(p.quadrant)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}
