import { useLingui } from '@lingui/react/macro';
import { CHANGE_LANGUAGE_TO, LANGUAGE_NAMES, LANGUAGES } from '../domain/language';
import { useHash } from '../lib/hash-router';
import { useLanguageStore } from '../state/language-store';
import { switchLanguage } from './language';

/**
 * "English | Cymraeg" in the header of every page, in the GOV.UK manner: each language named
 * in itself and marked with its own `lang`, the current one not a link. Each link keeps the
 * page (its address is this page's), and its name starts with what it shows, then says in the
 * target language what it does. These names never come from a catalogue: they are the same in
 * every language (a pseudo-locale check should skip text whose `lang` is not the page's).
 */
export function LanguageToggle() {
  const { t } = useLingui();
  const language = useLanguageStore((s) => s.language);
  const hash = useHash();
  return (
    <nav className="app-language-select" aria-label={t`Language`}>
      <ul className="app-language-select__list">
        {LANGUAGES.map((option) => (
          <li className="app-language-select__list-item" key={option}>
            {option === language ? (
              <span aria-current="true" lang={option}>
                {LANGUAGE_NAMES[option]}
              </span>
            ) : (
              <a
                className="govuk-link govuk-link--no-visited-state"
                href={hash || '#/'}
                lang={option}
                hrefLang={option}
                onClick={(event) => {
                  event.preventDefault();
                  void switchLanguage(option);
                }}
              >
                {LANGUAGE_NAMES[option]}
                <span className="govuk-visually-hidden">: {CHANGE_LANGUAGE_TO[option]}</span>
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
