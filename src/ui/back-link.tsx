import { useLingui } from '@lingui/react/macro';

export function BackLink({ href, children }: { href: string; children?: string }) {
  const { t } = useLingui();
  return (
    <a href={href} className="govuk-back-link">
      {children ?? t`Back`}
    </a>
  );
}
