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
export const MAX_FILE_NAME = 60;

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

/** A safe export file name from the partnership name and a YYYY-MM-DD date. */
export function exportFileName(
  partnershipName: string | null | undefined,
  dateIso: string,
  extension: string,
): string {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(dateIso) ? dateIso : '';
  const tail = `${date ? `-${date}` : ''}.${extension}`;
  const room = MAX_FILE_NAME - 'rally-'.length - tail.length;
  let slug = slugify(partnershipName ?? '');
  if (slug.length > room) {
    const cut = slug.slice(0, room);
    const lastHyphen = cut.lastIndexOf('-');
    slug = (lastHyphen > room / 2 ? cut.slice(0, lastHyphen) : cut).replace(/-+$/, '');
  }
  return `rally-${slug || 'self-assessment'}${tail}`;
}

export function pdfFileName(partnershipName: string | null | undefined, dateIso: string): string {
  return exportFileName(partnershipName, dateIso, 'pdf');
}

export function csvFileName(partnershipName: string | null | undefined, dateIso: string): string {
  return exportFileName(partnershipName, dateIso, 'csv');
}

/** The group PDF's name: "rally-group-<partnership>-<date>.pdf". */
export function groupPdfFileName(
  partnershipName: string | null | undefined,
  dateIso: string,
): string {
  return exportFileName(`group ${partnershipName ?? ''}`, dateIso, 'pdf');
}

/** The group spreadsheet's name: "rally-group-<partnership>-<date>.csv". */
export function groupCsvFileName(
  partnershipName: string | null | undefined,
  dateIso: string,
): string {
  return exportFileName(`group ${partnershipName ?? ''}`, dateIso, 'csv');
}
