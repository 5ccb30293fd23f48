import { Trans, useLingui } from '@lingui/react/macro';
import type { ReactNode } from 'react';
import { paths } from '../config/paths';
import { LanguageToggle } from './language-toggle';

/** Page furniture from GOV.UK Frontend, without the GOV.UK brand: this is not a GOV.UK service. */
export function Layout({ children }: { children: ReactNode }) {
  const { t } = useLingui();
  return (
    <>
      <a
        href="#main-content"
        className="govuk-skip-link"
        onClick={(e) => {
          // The fragment holds the route, so move focus by hand instead of following the link.
          e.preventDefault();
          document.getElementById('main-content')?.focus();
        }}
      >
        <Trans>Skip to main content</Trans>
      </a>
      <header className="govuk-service-navigation" aria-label={t`Service`}>
        <div className="govuk-width-container">
          <div className="govuk-service-navigation__container">
            <span className="govuk-service-navigation__service-name">
              <a href={paths.start()} className="govuk-service-navigation__link app-service-name">
                Rally
              </a>
            </span>
            <nav aria-label={t`Menu`} className="govuk-service-navigation__wrapper">
              <ul className="govuk-service-navigation__list" id="navigation">
                <li className="govuk-service-navigation__item">
                  <a className="govuk-service-navigation__link" href={paths.tasks()}>
                    <Trans>Sections</Trans>
                  </a>
                </li>
                <li className="govuk-service-navigation__item">
                  <a className="govuk-service-navigation__link" href={paths.check()}>
                    <Trans>Your answers</Trans>
                  </a>
                </li>
                <li className="govuk-service-navigation__item">
                  <a className="govuk-service-navigation__link" href={paths.about()}>
                    <Trans>How it works</Trans>
                  </a>
                </li>
              </ul>
            </nav>
            <LanguageToggle />
          </div>
        </div>
      </header>
      <div className="govuk-width-container">
        <main className="govuk-main-wrapper" id="main-content" tabIndex={-1}>
          {children}
        </main>
      </div>
      <footer className="govuk-footer">
        <div className="govuk-width-container">
          <div className="govuk-footer__meta">
            <div className="govuk-footer__meta-item govuk-footer__meta-item--grow">
              <h2 className="govuk-visually-hidden">
                <Trans>Support links</Trans>
              </h2>
              <ul className="govuk-footer__inline-list">
                <li className="govuk-footer__inline-list-item">
                  <a className="govuk-footer__link" href={paths.about()}>
                    <Trans>How this assessment works</Trans>
                  </a>
                </li>
                <li className="govuk-footer__inline-list-item">
                  <a className="govuk-footer__link" href={paths.group()}>
                    <Trans>Run a group session</Trans>
                  </a>
                </li>
                <li className="govuk-footer__inline-list-item">
                  <a className="govuk-footer__link" href={paths.accessibility()}>
                    <Trans>Accessibility statement</Trans>
                  </a>
                </li>
                <li className="govuk-footer__inline-list-item">
                  <a className="govuk-footer__link" href={paths.delete()}>
                    <Trans>Delete my answers from this device</Trans>
                  </a>
                </li>
              </ul>
              <p className="govuk-body-s govuk-!-margin-bottom-0">
                <Trans>
                  Rally runs in your browser. Your answers stay on this device unless you export
                  them.
                </Trans>
              </p>
            </div>
          </div>
        </div>
      </footer>
    </>
  );
}
