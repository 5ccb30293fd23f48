/**
 * What the Lingui macros compile to (lingui.config.ts `runtimeConfigModule`, through the
 * `@rally/i18n-runtime` alias): the i18n instance, `useLingui` and `<Trans>`. Ours rather than
 * @lingui/react's so that a component rendered without the provider (a unit test of one
 * component) still gets the active language instead of an error; inside the app, the provider
 * re-renders every user of these when the language changes.
 */
import { I18nProvider, LinguiContext } from '@lingui/react';
import { TransNoContext, type TransProps } from '@lingui/react/server';
import { useContext, type ReactNode } from 'react';
import { i18n } from './i18n';

type LinguiValue = NonNullable<React.ContextType<typeof LinguiContext>>;

const withoutProvider: LinguiValue = { i18n, _: i18n.t.bind(i18n) };

export function useLingui(): LinguiValue {
  return useContext(LinguiContext) ?? withoutProvider;
}

export function Trans(props: TransProps) {
  return <TransNoContext {...props} lingui={useLingui()} />;
}

/** Wraps the app once: every message re-renders when the language changes. */
export function LanguageProvider({ children }: { children: ReactNode }) {
  return <I18nProvider i18n={i18n}>{children}</I18nProvider>;
}

export { i18n };
