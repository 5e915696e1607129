/** Registers the ECharts pieces the satisfaction dashboard draws with. Imported for its effect. */
import { BarChart, CustomChart, GaugeChart, LineChart } from 'echarts/charts';
import { GridComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import { use } from 'echarts/core';

use([
  BarChart,
  CustomChart,
  GaugeChart,
  LineChart,
  GridComponent,
  MarkLineComponent,
  TooltipComponent,
]);
