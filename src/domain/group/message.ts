/**
 * A message the group domain gives a person: a Lingui descriptor (pure data), rendered in the
 * language in use by the page that shows it (`i18n._(message)`, docs/i18n.md). Its English is
 * what the domain used to return as a string.
 */
import type { msg } from '@lingui/core/macro';

export type Message = ReturnType<typeof msg>;
