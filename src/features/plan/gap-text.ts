/**
 * The gap between a score and its target in words, for the target control and the tables:
 * "12.5 points to go", "Target met". Told in text, never by colour.
 */
import type { I18n } from '@lingui/core';
import { msg, plural } from '@lingui/core/macro';
import { gap as gapBetween } from '../../domain/plan/targets';

/**
 * Words for the gap from `current` to `target`; null when there is no target (the caller shows
 * "No target" or a dash, as suits the place).
 */
export function gapText(i18n: I18n, current: number | null, target: number | null): string | null {
  if (target === null) return null;
  const gap = gapBetween(target, current);
  if (gap === null) return i18n._(msg`No score yet to measure from`);
  if (gap <= 0) return i18n._(msg`Target met`);
  return plural(gap, { one: '# point to go', other: '# points to go' });
}
