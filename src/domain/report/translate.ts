/**
 * How the report builders put their messages into the language in use. The domain stays pure:
 * it writes each sentence as a message descriptor (`msg` from `@lingui/core/macro`) and hands
 * it to the translator it was given, which is the app's active Lingui `i18n` (its `_` and
 * `locale`). See docs/i18n.md.
 */
import type { msg } from '@lingui/core/macro';

/** A message descriptor as `msg` makes it. */
export type Descriptor = ReturnType<typeof msg>;

/** What the report builders need of Lingui's `i18n`: render a descriptor, and the locale. */
export type Translator = {
  _(descriptor: Descriptor): string;
  locale: string;
};

/**
 * A descriptor with values added: for an ICU plural written out in the message
 * (`{count, plural, one {...} other {...}}`), whose number the macro cannot see.
 */
export function withValues(descriptor: Descriptor, values: Record<string, unknown>): Descriptor {
  return { ...descriptor, values: { ...descriptor.values, ...values } };
}
