/**
 * The radar as pages place it: its placeholder until it comes near the screen, then chart.js
 * (fetched then, if it has not been already) draws it. Drawing a radar is one of the costliest
 * things a results page does on a phone, and on a phone the chart is below the first screen:
 * the page is ready for the reader sooner when it waits (src/ui/near-view.tsx).
 */
import { Suspense } from 'react';
import { lazyPart, moduleLoader } from '../../lib/lazy-part';
import { NearView } from '../../ui/near-view';
import { RadarPlaceholder } from './radar-placeholder';
import type { RadarData } from './radar-types';

/** chart.js and the radar, in their own chunk. */
export const radarCode = moduleLoader(() => import('./radar-chart'));
const RadarChart = lazyPart(radarCode, (m) => m.RadarChart);

export function RadarWhenNear({ data, caption }: { data: RadarData; caption: string }) {
  const placeholder = <RadarPlaceholder caption={caption} />;
  return (
    <NearView placeholder={placeholder}>
      <Suspense fallback={placeholder}>
        <RadarChart data={data} caption={caption} />
      </Suspense>
    </NearView>
  );
}
