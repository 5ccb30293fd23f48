/** The question text as a legend or label, with the section caption when it is the page heading. */
export function QuestionText({
  text,
  caption,
  asHeading,
  optional,
}: {
  text: string;
  caption?: string;
  asHeading: boolean;
  optional: string;
}) {
  if (!asHeading || !caption) return <>{text + optional}</>;
  return (
    <>
      <span className="govuk-caption-l">{caption}</span>
      {text + optional}
    </>
  );
}
