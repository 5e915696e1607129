/** The option type the pure chart mappers return, and helpers they share. Pure. */
import type {
  DefaultLabelFormatterCallbackParams,
  TooltipComponentFormatterCallbackParams,
} from 'echarts';
import type {
  BarSeriesOption,
  FunnelSeriesOption,
  GraphSeriesOption,
  HeatmapSeriesOption,
  SankeySeriesOption,
} from 'echarts/charts';
import type {
  GridComponentOption,
  LegendComponentOption,
  TooltipComponentOption,
  VisualMapComponentOption,
} from 'echarts/components';
import type { ComposeOption } from 'echarts/core';

export type ChartOption = ComposeOption<
  | BarSeriesOption
  | FunnelSeriesOption
  | GraphSeriesOption
  | HeatmapSeriesOption
  | SankeySeriesOption
  | GridComponentOption
  | LegendComponentOption
  | TooltipComponentOption
  | VisualMapComponentOption
>;

/** What ECharts hands a label or item-tooltip formatter. */
export type ItemParams = DefaultLabelFormatterCallbackParams;

/** An item tooltip's formatter (axis tooltips, which pass a list, get nothing). */
export const itemTooltip =
  (format: (params: ItemParams) => string) =>
  (params: TooltipComponentFormatterCallbackParams): string =>
    Array.isArray(params) ? '' : format(params);

/** Labels reach chart tooltips as HTML. */
export const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** Braces and bars delimit ECharts rich-text styles: names must not contain them. */
export const richSafe = (text: string): string => text.replace(/[{}|]/g, ' ');
