/**
 * Radar data to a chart.js configuration. Colours come from the GOV.UK palette and the series
 * are told apart by dash pattern and point marker as well as colour (series-style.ts), so the
 * chart still reads in greyscale; the legend shows each series' own line and marker. Pure apart
 * from the legend's keys, which are drawn on a canvas when the chart draws its legend.
 */
import type { ChartConfiguration, LegendItem } from 'chart.js';
import { legendSwatch } from './legend-swatch';
import type { RadarData } from './radar-types';
import { seriesStyle } from './series-style';

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
        const st = seriesStyle(s);
        return {
          label: s.label,
          data: s.values,
          hidden: s.hidden ?? false,
          borderColor: st.colour,
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
          pointStyle: st.marker,
          pointBorderColor: st.colour,
          pointBackgroundColor: st.colour,
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
          // Each key is the series' own line and marker. Hidden lines stay out of the legend
          // (the page has the toggles), and so does the band's lower edge (the band has one key).
          labels: {
            color: '#0b0c0c',
            font: { size: fontSize - 1 },
            usePointStyle: true,
            pointStyleWidth: (fontSize - 1) * 4,
            generateLabels: (chart) =>
              data.series.map((s, i): LegendItem => ({
                text: s.label,
                datasetIndex: i,
                hidden: !chart.isDatasetVisible(i),
                pointStyle: legendSwatch(seriesStyle(s), fontSize - 1),
                fillStyle: 'transparent',
                strokeStyle: 'transparent',
                lineWidth: 0,
                fontColor: '#0b0c0c',
              })),
            filter: (item) =>
              !item.hidden && data.series[item.datasetIndex ?? -1]?.style !== 'band-lower',
          },
        },
        tooltip: { enabled: true },
      },
    },
  };
}
