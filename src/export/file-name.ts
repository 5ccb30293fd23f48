/**
 * Safe file names for exports: "rally-<partnership>-<date>.<ext>", e.g.
 * `rally-partneriaeth-gwyl-yd-2026-11-26.pdf`.
 *
 * Rule: letters lose their accents (ŵ → w), a few letters with no accent to strip are spelled
 * out (ß → ss), anything that is not a letter or digit becomes one hyphen, and the whole name,
 * extension included, is at most 60 characters (the name part is cut at a hyphen where it
 * can be). A name with nothing left gives `rally-self-assessment-<date>.<ext>`. A date that is
 * not YYYY-MM-DD is left out.
 */
import type { I18n } from '@lingui/core';
import { msg } from '@lingui/core/macro';

// The words in file names, in the language in use when `i18n` is given (ASCII after slugify).
const selfAssessment = (i18n?: I18n) => (i18n ? i18n._(msg`self-assessment`) : 'self-assessment');
const groupWord = (i18n?: I18n) => (i18n ? i18n._(msg`group`) : 'group');

export const MAX_FILE_NAME = 60;

/** What a PDF holds: the two-page board summary, or the full report (the summary, then the rest). */
export type PdfScope = 'summary' | 'full';
const summaryWord = (i18n?: I18n) => (i18n ? i18n._(msg`summary`) : 'summary');

const SPELLED: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};

/** Lower-case ASCII letters and digits joined by single hyphens. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ßæœøłđðþı]/g, (ch) => SPELLED[ch] ?? '')
    .replace(/['’‘`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** `slug` cut to `room` characters, at a hyphen where it can be. */
function cutSlug(slug: string, room: number): string {
  if (slug.length <= room) return slug;
  const cut = slug.slice(0, Math.max(0, room));
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > room / 2 ? cut.slice(0, lastHyphen) : cut).replace(/-+$/, '');
}

const isoDay = (dateIso: string) => (/^\d{4}-\d{2}-\d{2}$/.test(dateIso) ? dateIso : '');

/** A safe export file name from the partnership name and a YYYY-MM-DD date. */
export function exportFileName(
  partnershipName: string | null | undefined,
  dateIso: string,
  extension: string,
  fallback = 'self-assessment',
): string {
  const date = isoDay(dateIso);
  const tail = `${date ? `-${date}` : ''}.${extension}`;
  const slug = cutSlug(
    slugify(partnershipName ?? ''),
    MAX_FILE_NAME - 'rally-'.length - tail.length,
  );
  return `rally-${slug || slugify(fallback) || 'self-assessment'}${tail}`;
}

/**
 * A participant's answers file for a group session:
 * "rally-answers-<session>-<short part>-<date>.json", e.g.
 * `rally-answers-mid-wessex-board-away-day-3f1c2a-2026-11-26.json`.
 *
 * The session part (partnership name and session label, cut first when the name is long)
 * tells the facilitator which session a file is for; the short part is the first six letters
 * and digits of the response's random id, so that files from one session have different names
 * while nothing in the name says who answered. The same response always gets the same name.
 */
export function participantFileName(
  session: string | null | undefined,
  dateIso: string,
  responseId: string,
): string {
  const date = isoDay(dateIso);
  const short =
    responseId
      .toLowerCase()
      .replace(/[^a-z0-9]/g, '')
      .slice(0, 6) || 'answer';
  const tail = `-${short}${date ? `-${date}` : ''}.json`;
  const slug = cutSlug(
    slugify(session ?? ''),
    MAX_FILE_NAME - 'rally-answers-'.length - tail.length - 1,
  );
  return `rally-answers${slug ? `-${slug}` : ''}${tail}`;
}

/**
 * The PDF's name: "rally-<partnership>-<date>.pdf" for the full report, and
 * "rally-summary-<partnership>-<date>.pdf" for the two-page summary (the word first, so a long
 * name never cuts it off).
 */
export function pdfFileName(
  partnershipName: string | null | undefined,
  dateIso: string,
  i18n?: I18n,
  scope: PdfScope = 'full',
): string {
  if (scope === 'summary')
    return exportFileName(
      `${summaryWord(i18n)} ${partnershipName ?? ''}`,
      dateIso,
      'pdf',
      selfAssessment(i18n),
    );
  return exportFileName(partnershipName, dateIso, 'pdf', selfAssessment(i18n));
}

export function csvFileName(
  partnershipName: string | null | undefined,
  dateIso: string,
  i18n?: I18n,
): string {
  return exportFileName(partnershipName, dateIso, 'csv', selfAssessment(i18n));
}

/**
 * The group PDF's name: "rally-group-<partnership>-<date>.pdf", or
 * "rally-group-summary-<partnership>-<date>.pdf" for the two-page summary.
 */
export function groupPdfFileName(
  partnershipName: string | null | undefined,
  dateIso: string,
  i18n?: I18n,
  scope: PdfScope = 'full',
): string {
  const words = scope === 'summary' ? `${groupWord(i18n)} ${summaryWord(i18n)}` : groupWord(i18n);
  return exportFileName(`${words} ${partnershipName ?? ''}`, dateIso, 'pdf');
}

/** The group spreadsheet's name: "rally-group-<partnership>-<date>.csv". */
export function groupCsvFileName(
  partnershipName: string | null | undefined,
  dateIso: string,
  i18n?: I18n,
): string {
  return exportFileName(`${groupWord(i18n)} ${partnershipName ?? ''}`, dateIso, 'csv');
}
