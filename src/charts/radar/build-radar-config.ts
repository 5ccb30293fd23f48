/**
 * Pure: radar data to a chart.js configuration. Colours come from the GOV.UK palette and the
 * series are told apart by line style as well as colour, so the chart still reads in greyscale.
 */
import type { ChartConfiguration } from 'chart.js';
import type { RadarData, RadarSeries } from './radar-types';

const STYLE: Record<
  RadarSeries['style'],
  { border: string; fill: string | false; dash: number[]; width: number; point: number }
> = {
  primary: { border: '#1d70b8', fill: 'rgba(29, 112, 184, 0.18)', dash: [], width: 3, point: 4 },
  secondary: { border: '#d4351c', fill: false, dash: [8, 5], width: 2, point: 3 },
  'band-upper': {
    border: 'rgba(80, 90, 95, 0.5)',
    fill: 'rgba(80, 90, 95, 0.15)',
    dash: [2, 3],
    width: 1,
    point: 0,
  },
  'band-lower': { border: 'rgba(80, 90, 95, 0.5)', fill: false, dash: [2, 3], width: 1, point: 0 },
  individual: { border: 'rgba(11, 12, 12, 0.35)', fill: false, dash: [], width: 1, point: 2 },
};

/** Wraps long axis names onto two lines so they fit around the chart. */
export function wrapLabel(label: string, max = 16): string | string[] {
  if (label.length <= max) return label;
  const words = label.split(' ');
  const lines: string[] = [''];
  for (const w of words) {
    const last = lines[lines.length - 1]!;
    if (last && (last + ' ' + w).length > max) lines.push(w);
    else lines[lines.length - 1] = last ? `${last} ${w}` : w;
  }
  return lines;
}

export function buildRadarConfig(
  data: RadarData,
  options: { animate?: boolean; fontSize?: number } = {},
): ChartConfiguration<'radar'> {
  const fontSize = options.fontSize ?? 14;
  return {
    type: 'radar',
    data: {
      labels: data.axes.map((a) => wrapLabel(a)),
      datasets: data.series.map((s, i) => {
        const st = STYLE[s.style];
        return {
          label: s.label,
          data: s.values,
          hidden: s.hidden ?? false,
          borderColor: st.border,
          backgroundColor: st.fill || 'transparent',
          // The IQR band is drawn as the area between its upper and lower lines.
          fill:
            s.style === 'band-upper'
              ? data.series.findIndex((x) => x.style === 'band-lower') > i
                ? '+1'
                : false
              : st.fill
                ? true
                : false,
          borderDash: st.dash,
          borderWidth: st.width,
          pointRadius: st.point,
          pointBackgroundColor: st.border,
          spanGaps: false,
        };
      }),
    },
    options: {
      responsive: true,
      maintainAspectRatio: true,
      animation: options.animate === false ? false : { duration: 300 },
      scales: {
        r: {
          min: 0,
          max: 100,
          ticks: {
            stepSize: 25,
            backdropColor: 'rgba(255,255,255,0.8)',
            color: '#505a5f',
            font: { size: fontSize - 2 },
          },
          pointLabels: { color: '#0b0c0c', font: { size: fontSize, weight: 'bold' } },
          grid: { color: '#b1b4b6' },
          angleLines: { color: '#b1b4b6' },
        },
      },
      plugins: {
        legend: {
          display: data.series.length > 1,
          position: 'bottom',
          // Hidden lines (respondents not chosen) stay out of the legend; the page has the toggles.
          labels: {
            color: '#0b0c0c',
            font: { size: fontSize - 1 },
            filter: (item) => !item.hidden,
          },
        },
        tooltip: { enabled: true },
      },
    },
  };
}
