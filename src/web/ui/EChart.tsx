/**
 * A chart drawn by Apache ECharts (modular build: pages register the charts they use with
 * `use`, this wrapper registers the canvas renderer). It follows its container's size, is
 * disposed with the component, and hands out a PNG of itself for downloads.
 */
import {
  type ECElementEvent,
  type EChartsCoreOption,
  type EChartsType,
  init,
  use,
} from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { type Ref, useEffect, useImperativeHandle, useRef } from 'react';

use([CanvasRenderer]);

export interface EChartHandle {
  /** The chart as a PNG data URL (double resolution, white background), '' before it exists. */
  readonly getDataURL: () => string;
}

interface EChartProps {
  readonly option: EChartsCoreOption;
  /** CSS height; the width is the container's. */
  readonly height: number | string;
  /** Below this width (px) the chart keeps its size and its container scrolls. */
  readonly minWidth?: number;
  /** What the chart shows, for screen readers (the figures are also in a table nearby). */
  readonly label: string;
  readonly testId?: string;
  readonly onItemClick?: (event: ECElementEvent) => void;
  readonly ref?: Ref<EChartHandle>;
}

export function EChart(props: EChartProps) {
  const { option, height, minWidth, label, testId, onItemClick, ref } = props;
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);

  useEffect(() => {
    const element = container.current;
    if (element === null) return;
    const instance = init(element, null, { renderer: 'canvas' });
    chart.current = instance;
    // Set once drawing and its animation are over: tests and screenshots wait for it.
    instance.on('finished', () => {
      element.dataset.drawn = 'true';
    });
    // Redraw when the layout changes the box (window resize, side panel, tab shown).
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    if (container.current !== null) container.current.dataset.drawn = 'false';
    // notMerge: series removed from the option disappear instead of lingering.
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  useEffect(() => {
    const instance = chart.current;
    if (instance === null || onItemClick === undefined) return;
    instance.on('click', onItemClick);
    return () => {
      instance.off('click', onItemClick);
    };
  }, [onItemClick]);

  useImperativeHandle(
    ref,
    () => ({
      getDataURL: () =>
        chart.current?.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#ffffff' }) ?? '',
    }),
    [],
  );

  return (
    <div
      ref={container}
      className="echart"
      role="img"
      aria-label={label}
      data-testid={testId}
      style={{ width: '100%', height, minWidth }}
    />
  );
}
