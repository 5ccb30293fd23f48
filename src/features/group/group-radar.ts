import type { RadarData } from '../../charts/radar/radar-types';
import type { GroupAggregate } from '../../domain/group/aggregate';

/**
 * The group on the radar: the median line, the interquartile band (drawn between its upper and
 * lower quartile lines) and each respondent's line, under an anonymous label.
 */
export function groupRadar(aggregate: GroupAggregate, shown: ReadonlySet<number>): RadarData {
  const dims = aggregate.dimensions;
  return {
    axes: dims.map((d) => d.name),
    series: [
      {
        label: 'Group median',
        values: dims.map((d) => d.scoreStats?.median ?? null),
        style: 'primary',
      },
      {
        label: 'Upper quartile',
        values: dims.map((d) => d.scoreStats?.q3 ?? null),
        style: 'band-upper',
      },
      {
        label: 'Lower quartile',
        values: dims.map((d) => d.scoreStats?.q1 ?? null),
        style: 'band-lower',
      },
      ...Array.from({ length: aggregate.respondents }, (_, i) => ({
        label: `Respondent ${i + 1}`,
        values: dims.map((d) => d.respondentScores[i] ?? null),
        style: 'individual' as const,
        hidden: !shown.has(i),
      })),
    ],
  };
}
