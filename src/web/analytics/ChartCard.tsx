import type { ECElementEvent } from 'echarts/core';
import { type ReactNode, useRef } from 'react';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { EChart, type EChartHandle } from '../ui/EChart.tsx';
import type { ChartOption } from './chart-option.ts';

interface ChartCardProps {
  readonly title: string;
  /** One sentence on how to read the chart. */
  readonly hint?: string;
  /** File name of the PNG download, without extension. */
  readonly fileName: string;
  readonly option: ChartOption;
  readonly height: number;
  /** For wide drawings: the chart keeps this width and scrolls sideways in its card. */
  readonly minWidth?: number;
  readonly testId: string;
  readonly onItemClick?: (event: ECElementEvent) => void;
  /** Controls shown beside the title (view switches, selectors). */
  readonly tools?: ReactNode;
  /** What follows the chart: its table, notes. */
  readonly children?: ReactNode;
}

/** A titled chart with a PNG download, and the table or notes that go with it. */
export function ChartCard(props: ChartCardProps) {
  const { t } = useI18n();
  const chart = useRef<EChartHandle>(null);
  const download = () => {
    const url = chart.current?.getDataURL() ?? '';
    if (url === '') return;
    const link = document.createElement('a');
    link.href = url;
    link.download = `${props.fileName}.png`;
    link.click();
  };
  return (
    <section className="card chart-card" data-testid={`${props.testId}-card`}>
      <header className="chart-card-head">
        <div>
          <h2>{props.title}</h2>
          {props.hint !== undefined && <p className="muted chart-hint">{props.hint}</p>}
        </div>
        <div className="chart-tools">
          {props.tools}
          <button type="button" className="button button-quiet" onClick={download}>
            {t('analytics.downloadPng')}
          </button>
        </div>
      </header>
      <div className="chart-scroll">
        <EChart
          ref={chart}
          option={props.option}
          height={props.height}
          label={props.title}
          testId={props.testId}
          {...(props.minWidth !== undefined && { minWidth: props.minWidth })}
          {...(props.onItemClick !== undefined && { onItemClick: props.onItemClick })}
        />
      </div>
      {props.children}
    </section>
  );
}
