/** Answers in words, for check your answers and exports. */
import type { Item, Scale } from '../bank/bank-schema';
import { DONT_KNOW, NOT_APPLICABLE, type AnswerValue } from './answer-schema';

export function formatAnswer(item: Item, value: AnswerValue | undefined, scale: Scale): string[] {
  if (value === undefined) return [];
  if (value === DONT_KNOW && item.kind !== 'text') return [scale.dontKnow];
  if (value === NOT_APPLICABLE && item.kind === 'agreement') return [scale.notApplicable];
  switch (item.kind) {
    case 'agreement':
      return [scale.points.find((p) => p.value === value)?.label ?? String(value)];
    case 'choice':
    case 'select': {
      const list = Array.isArray(value) ? value : [value];
      return list.map((id) => item.options.find((o) => o.id === id)?.label ?? String(id));
    }
    case 'grid': {
      if (typeof value !== 'object' || Array.isArray(value)) return [];
      return item.rows
        .filter((r) => value[r.id] !== undefined)
        .map((r) => {
          const v = value[r.id];
          const label =
            v === DONT_KNOW
              ? scale.dontKnow
              : (item.options.find((o) => o.id === v)?.label ?? String(v));
          return `${r.label}: ${label}`;
        });
    }
    case 'text':
      return typeof value === 'string' ? [value] : [];
  }
}
