/**
 * Registers the ECharts pieces the analytics pages draw with, once: modular imports keep the
 * bundle to what is used. Imported for its effect by the page.
 */
import { BarChart, FunnelChart, GraphChart, HeatmapChart, SankeyChart } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  TooltipComponent,
  VisualMapComponent,
} from 'echarts/components';
import { use } from 'echarts/core';

use([
  BarChart,
  FunnelChart,
  GraphChart,
  HeatmapChart,
  SankeyChart,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  VisualMapComponent,
]);
