/**
 * What a band of a dimension looks like in practice, in words ready to show: the bank's two or
 * three practice descriptions, each with its source (and, when it is this tool's own reading of
 * that source, said so), the next step, and the sources in full. One function for the results
 * page, the group results page and both PDFs, so they cannot disagree.
 *
 * Pure. The bank is the one in the language in use (localizeBank), so its texts are already
 * in that language; the few joining words come from the catalogue.
 */
import { msg } from '@lingui/core/macro';
import type { Bank } from '../bank/bank-schema';
import { topBand } from '../scoring/bands';
import type { Translator } from './translate';

export type PracticeLine = {
  text: string;
  /** The citation id the description rests on. */
  citationId: string;
  /** The source's short name and where in it: "GO Lab report (2019), Executive summary: culture". */
  source: string;
  /** True when the description is this tool's own reading of the source, not its finding. */
  inference: boolean;
  /** "Source: …" or "This tool’s own reading of: …". */
  sourceText: string;
};

export type PracticeSource = { citationId: string; text: string; url: string | null };

export type BandPractice = {
  dimensionId: string;
  bandId: string;
  bandLabel: string;
  items: PracticeLine[];
  /** "To stay in this band" for the top band, "To move to the next band" for the others. */
  nextStepLabel: string;
  nextStep: string;
  /** The sources the descriptions rest on, in full, in the order first used. */
  sources: PracticeSource[];
};

/**
 * The practice descriptions of `dimensionId` at `bandId`, or null when there is no band (not
 * enough answers) or the bank does not describe practice for it (a bank of one's own may not).
 */
export function bandPractice(
  bank: Bank,
  dimensionId: string,
  bandId: string | null | undefined,
  i18n: Translator,
): BandPractice | null {
  if (!bandId) return null;
  const dimension = bank.dimensions.find((d) => d.id === dimensionId);
  const band = bank.scoring.bands.find((b) => b.id === bandId);
  const texts = dimension?.bands[bandId];
  if (!dimension || !band || !texts?.practice || texts.nextStep === undefined) return null;
  const citations = new Map(bank.citations.map((c) => [c.id, c]));
  const used: PracticeSource[] = [];
  const items = texts.practice.map((p): PracticeLine => {
    const citation = citations.get(p.citation);
    const name = citation?.short ?? citation?.text ?? p.citation;
    const pointer = p.pointer;
    const source = pointer ? i18n._(msg`${name}, ${pointer}`) : name;
    if (citation && !used.some((u) => u.citationId === citation.id))
      used.push({ citationId: citation.id, text: citation.text, url: citation.url ?? null });
    const inference = p.basis === 'inference';
    return {
      text: p.text,
      citationId: p.citation,
      source,
      inference,
      sourceText: inference
        ? i18n._(msg`This tool’s own reading of: ${source}`)
        : i18n._(msg`Source: ${source}`),
    };
  });
  const top = topBand(bank).id === bandId;
  return {
    dimensionId,
    bandId,
    bandLabel: band.label,
    items,
    nextStepLabel: top ? i18n._(msg`To stay in this band`) : i18n._(msg`To move to the next band`),
    nextStep: texts.nextStep,
    sources: used,
  };
}
