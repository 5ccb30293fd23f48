/**
 * The programme view's data: many partnerships, each with one or more cycles of responses,
 * read from many response and session files at once (issue 14).
 *
 * This module holds only the shapes that the reading, the views and the data export share.
 * Reading files into this shape lives in read-programme.ts; the views in programme-views.ts;
 * the long table for other tools in long-table.ts. Pure TypeScript.
 */
import type { About, ResponseEnvelope } from '../response/response-schema';

/** One respondent's answers within one cycle, without anything that names them. */
export type ProgrammeResponse = {
  /**
   * A pseudonymous id, stable within one load and unique within the programme, such as
   * "P007-R012". Never the file's responseId, a name or anything typed by the respondent.
   */
  pseudonym: string;
  answers: ResponseEnvelope['answers'];
  /** The about-you choices as saved. Sector and role groups under 3 must never be shown. */
  about: About;
  /** Free text (comments and text answers) stays here; exports leave it out unless asked. */
  comments: ResponseEnvelope['comments'];
};

/** One sitting of one partnership: a session file, or loose response files put together. */
export type ProgrammeCycle = {
  /** Where the cycle came from. */
  source: 'session' | 'responses';
  /** The session's id for a session file; a made-up stable key for loose responses. */
  key: string;
  /** The cycle's date as YYYY-MM-DD: the session's date, or the latest response's day. */
  date: string;
  bankId: string;
  bankVersion: string;
  /** The names of the files this cycle was read from, for the page's list. */
  fileNames: string[];
  responses: ProgrammeResponse[];
};

/** One partnership: its cycles in date order, oldest first. */
export type ProgrammePartnership = {
  /** A stable key within one load, such as "P007". */
  key: string;
  /** The partnership's name as given in the files (session name or "partnership-name"). */
  name: string;
  cycles: ProgrammeCycle[];
};

/** A file that could not be read, with a plain-English reason. Loading goes on without it. */
export type ProgrammeFailure = { fileName: string; reason: string };

export type ProgrammeData = {
  partnerships: ProgrammePartnership[];
  failed: ProgrammeFailure[];
};
