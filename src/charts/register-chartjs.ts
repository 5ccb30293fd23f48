/**
 * chart.js, registered piece by piece so that only what the radar uses is bundled. This is
 * the only module that imports chart.js at run time.
 */
import {
  Chart,
  Filler,
  Legend,
  LineElement,
  PointElement,
  RadarController,
  RadialLinearScale,
  Tooltip,
} from 'chart.js';

Chart.register(
  RadarController,
  RadialLinearScale,
  PointElement,
  LineElement,
  Filler,
  Legend,
  Tooltip,
);

export { Chart };
