/**
 * What a band looks like in practice, laid out: the descriptions, each with its source under
 * it, the next step, and the sources in full. Presentational: the caller gives every text, in
 * the language in use (the domain's band-practice.ts makes them).
 */
export type PracticeTextProps = {
  items: { text: string; sourceText: string }[];
  nextStepLabel: string;
  nextStep: string;
  sourcesLabel: string;
  sources: string[];
  /** The level of the small headings, under the heading the details sit beneath. */
  headingLevel?: 3 | 4 | 5;
};

export function PracticeText({
  items,
  nextStepLabel,
  nextStep,
  sourcesLabel,
  sources,
  headingLevel = 4,
}: PracticeTextProps) {
  const Heading = `h${headingLevel}` as 'h4';
  return (
    <>
      <ul className="govuk-list govuk-list--bullet">
        {items.map((item) => (
          <li key={item.text}>
            {item.text}
            <span className="govuk-body-s govuk-!-display-block govuk-!-margin-bottom-0 app-practice-source">
              {item.sourceText}
            </span>
          </li>
        ))}
      </ul>
      <Heading className="govuk-heading-s govuk-!-margin-bottom-1">{nextStepLabel}</Heading>
      <p className="govuk-body">{nextStep}</p>
      <Heading className="govuk-heading-s govuk-!-margin-bottom-1">{sourcesLabel}</Heading>
      <ul className="govuk-list govuk-!-font-size-16">
        {sources.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
    </>
  );
}
