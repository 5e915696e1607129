/** The option type of the prioritisation charts, and helpers the pure mappers share. Pure. */
import type { BarSeriesOption, LineSeriesOption, ScatterSeriesOption } from 'echarts/charts';
import type {
  GridComponentOption,
  LegendComponentOption,
  MarkAreaComponentOption,
  MarkLineComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import type { ComposeOption } from 'echarts/core';

export type ChartOption = ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | ScatterSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | MarkAreaComponentOption
  | MarkLineComponentOption
  | TooltipComponentOption
>;

/** Names typed by people go into HTML tooltips: escape them. */
export const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** What ECharts passes a tooltip formatter, narrowed to what the charts read. */
export interface ItemRef {
  readonly seriesIndex?: number;
  readonly dataIndex?: number;
}

export const itemRef = (params: unknown): ItemRef =>
  typeof params === 'object' && params !== null && !Array.isArray(params)
    ? (params as ItemRef)
    : {};

export const AXIS = { color: '#5c636a', fontSize: 12 } as const;
export const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
