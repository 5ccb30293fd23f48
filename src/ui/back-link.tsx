export function BackLink({ href, children = 'Back' }: { href: string; children?: string }) {
  return (
    <a href={href} className="govuk-back-link">
      {children}
    </a>
  );
}
