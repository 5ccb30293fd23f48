import type { Messages } from '@lingui/core';

/**
 * One language's catalogues from every area, as one set of messages. An id in two areas is
 * the same message (ids are made from the English and its context), so either copy will do.
 */
export function mergeAreas(areas: Record<string, { messages: Messages }>): Messages {
  return Object.assign({}, ...Object.values(areas).map((area) => area.messages)) as Messages;
}
