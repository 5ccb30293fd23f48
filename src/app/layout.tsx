import type { ReactNode } from 'react';
import { paths } from '../config/paths';

/** Page furniture from GOV.UK Frontend, without the GOV.UK brand: this is not a GOV.UK service. */
export function Layout({ children }: { children: ReactNode }) {
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
        Skip to main content
      </a>
      <header className="govuk-service-navigation" aria-label="Service">
        <div className="govuk-width-container">
          <div className="govuk-service-navigation__container">
            <span className="govuk-service-navigation__service-name">
              <a href={paths.start()} className="govuk-service-navigation__link app-service-name">
                Rally
              </a>
            </span>
            <nav aria-label="Menu" className="govuk-service-navigation__wrapper">
              <ul className="govuk-service-navigation__list" id="navigation">
                <li className="govuk-service-navigation__item">
                  <a className="govuk-service-navigation__link" href={paths.tasks()}>
                    Sections
                  </a>
                </li>
                <li className="govuk-service-navigation__item">
                  <a className="govuk-service-navigation__link" href={paths.check()}>
                    Your answers
                  </a>
                </li>
                <li className="govuk-service-navigation__item">
                  <a className="govuk-service-navigation__link" href={paths.about()}>
                    How it works
                  </a>
                </li>
              </ul>
            </nav>
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
              <h2 className="govuk-visually-hidden">Support links</h2>
              <ul className="govuk-footer__inline-list">
                <li className="govuk-footer__inline-list-item">
                  <a className="govuk-footer__link" href={paths.about()}>
                    How this assessment works
                  </a>
                </li>
                <li className="govuk-footer__inline-list-item">
                  <a className="govuk-footer__link" href={paths.group()}>
                    Run a group session
                  </a>
                </li>
                <li className="govuk-footer__inline-list-item">
                  <a className="govuk-footer__link" href={paths.accessibility()}>
                    Accessibility statement
                  </a>
                </li>
                <li className="govuk-footer__inline-list-item">
                  <a className="govuk-footer__link" href={paths.delete()}>
                    Delete my answers from this device
                  </a>
                </li>
              </ul>
              <p className="govuk-body-s govuk-!-margin-bottom-0">
                Rally runs in your browser. Your answers stay on this device unless you export them.
              </p>
            </div>
          </div>
        </div>
      </footer>
    </>
  );
}
