import { Trans, useLingui } from '@lingui/react/macro';
import type { ReactNode } from 'react';
import { paths } from '../../config/paths';
import { useDocumentTitle } from '../../lib/use-document-title';

/**
 * The start page. Everything on it is the same for every visitor except two parts that depend
 * on what is saved on the device (`keptAside`, `progress`: see start-progress.tsx), which the
 * shell passes in. The rest needs no saved data and no question bank, so it is in the first
 * load and is prerendered into index.html at build time.
 */
export function StartPage({ keptAside, progress }: { keptAside: ReactNode; progress: ReactNode }) {
  const { t } = useLingui();
  useDocumentTitle(t`Assess how your partnership works together`);

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {keptAside}
        <h1 className="govuk-heading-xl">
          <Trans>Assess how your partnership works together</Trans>
        </h1>
        <p className="govuk-body-l">
          <Trans>
            A self-assessment for local partnerships between councils, the NHS, charities and
            communities.
          </Trans>
        </p>
        <p className="govuk-body">
          <Trans>Use it to:</Trans>
        </p>
        <ul className="govuk-list govuk-list--bullet">
          <li>
            <Trans>
              see which of four kinds of local collaboration your partnership is most like
            </Trans>
          </li>
          <li>
            <Trans>
              see how it stands on governance, leadership, culture, infrastructure, communities, and
              learning and accountability
            </Trans>
          </li>
          <li>
            <Trans>check whether the way it is governed suits its size, trust and goals</Trans>
          </li>
          <li>
            <Trans>take away a summary to discuss with your partners or your board</Trans>
          </li>
        </ul>
        <p className="govuk-body">
          <Trans>
            It is based on the findings of the Government Outcomes Lab report{' '}
            <cite lang="en">Are we rallying together? Collaboration and public sector reform</cite>{' '}
            (2019).{' '}
            <a className="govuk-link" href={paths.about()}>
              How this assessment works
            </a>
            .
          </Trans>
        </p>
        {progress}

        <p className="govuk-body">
          <Trans>
            Answered on another device, or saved a file earlier?{' '}
            <a className="govuk-link" href={paths.import()}>
              Import answers from a file
            </a>
            .
          </Trans>
        </p>

        <h2 className="govuk-heading-m">
          <Trans>Running a workshop?</Trans>
        </h2>
        <p className="govuk-body">
          <Trans>
            Bring a group’s answers together in your browser, with no server: everyone answers on
            their own device and hands in a file or a short code.{' '}
            <a className="govuk-link" href={paths.group()}>
              Run a group session
            </a>
            .
          </Trans>
        </p>

        <h2 className="govuk-heading-m">
          <Trans>Looking across many partnerships?</Trans>
        </h2>
        <p className="govuk-body">
          <Trans>
            For funders, programme leads and researchers: load the files of many partnerships at
            once and see how they compare.{' '}
            <a className="govuk-link" href={paths.programme()}>
              Compare partnerships
            </a>
            .
          </Trans>
        </p>

        <h2 className="govuk-heading-m">
          <Trans>Your answers stay on this device</Trans>
        </h2>
        <p className="govuk-body">
          <Trans>
            Rally has no server. Nothing you type is sent anywhere: your answers are saved in this
            browser so that you can come back to them, and they leave this device only if you
            download or share a file yourself.
          </Trans>
        </p>
        <p className="govuk-body">
          <Trans>
            On a shared computer, delete your answers when you have finished.{' '}
            <a className="govuk-link" href={paths.delete()}>
              Delete my answers from this device
            </a>
            .
          </Trans>
        </p>
      </div>
    </div>
  );
}
