import { msg } from '@lingui/core/macro';
import type { I18n } from '@lingui/core';
import type { RadarData } from '../../charts/radar/radar-types';
import type { GroupAggregate } from '../../domain/group/aggregate';
import type { PersonLine } from '../../domain/privacy/people';
import { i18n as active } from '../../i18n';

/**
 * The group on the radar: the median line, the interquartile band (drawn between its upper and
 * lower quartile lines) and the person lines chosen, each under its person's label only. The
 * lines come from the privacy rule (src/domain/privacy/people.ts): none are offered for a
 * session of fewer than 3 people. The group PDF passes no lines. The series are named through
 * `i18n` (a component's, from useLingui), by default the active language. With any target
 * agreed (`targets`, by dimension id), the group's targets are a series of their own, dashed
 * with triangle markers (series-style.ts), named "Group target".
 */
export function groupRadar(
  aggregate: GroupAggregate,
  lines: readonly PersonLine[] = [],
  shown: ReadonlySet<string> = new Set(),
  i18n: I18n = active,
  targets: Readonly<Record<string, number | null | undefined>> = {},
): RadarData {
  const dims = aggregate.dimensions;
  const say = (m: ReturnType<typeof msg>) => i18n._(m);
  const aims = dims.map((d) => targets[d.dimensionId] ?? null);
  return {
    axes: dims.map((d) => d.name),
    series: [
      {
        label: say(msg`Group median`),
        values: dims.map((d) => d.scoreStats?.median ?? null),
        style: 'primary',
      },
      {
        label: say(msg`Middle half of the group`),
        values: dims.map((d) => d.scoreStats?.q3 ?? null),
        style: 'band-upper',
      },
      {
        label: say(msg`Lower quartile`),
        values: dims.map((d) => d.scoreStats?.q1 ?? null),
        style: 'band-lower',
      },
      ...(aims.some((v) => v !== null)
        ? [{ label: say(msg`Group target`), values: aims, style: 'target' as const }]
        : []),
      ...lines
        .filter((line) => shown.has(line.label))
        .map((line) => ({
          label: say(line.name),
          values: line.values,
          style: 'individual' as const,
          variant: line.index,
        })),
    ],
  };
}
