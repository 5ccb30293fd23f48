/**
 * Reading many response and session files at once into the programme's data (issue 14).
 *
 * Rule
 *   - Each file is read with the app's own readers: a session file (its `format` says
 *     "rally-session") through parseSessionFile, anything else through parseResponseFile. So the
 *     bank rule is theirs: a file for another bank, or another major version of this one, is
 *     refused; another minor or patch version is read (the cycle keeps the version the file
 *     names).
 *   - A file that cannot be read becomes a failure with the reader's plain-English reason, and
 *     reading goes on. A response inside a session that cannot be read is a failure of that file
 *     ("Response 3: ..."); the session is read without it.
 *   - Each session is one cycle. Loose response files are put together by their
 *     'partnership-name' answer; all the loose responses of one name make one cycle, dated by the
 *     latest response's day.
 *   - Partnerships are found by name: sessions' partnership names and loose responses' names
 *     are compared after trimming, ignoring case and runs of spaces. So two sessions of the same
 *     partnership on different dates are two cycles of one partnership. Responses with no name
 *     are put together as one partnership with an empty name, for the user to place.
 *   - The same session (its id) given twice is read once; the second file is a failure. The
 *     same loose response (its id) given twice is read once, likewise.
 *   - Partnerships are in order of their name (then key); cycles oldest first. Each gets a key
 *     ("P001") and each response a pseudonym ("P001-R001") in that order: responses within a
 *     cycle are ordered by when they were made, so the result does not depend on the order the
 *     files came in and the pseudonym carries nothing from the file.
 *
 * Pure: `createProgrammeReader` keeps only its own memory, so a worker can feed it files in
 * batches and ask for the result at the end.
 */
import type { Bank } from '../bank/bank-schema';
import { english } from '../said';
import { parseSessionFile } from '../group/session';
import { parseResponseFile } from '../response/response-file';
import type { ResponseEnvelope } from '../response/response-schema';
import type {
  ProgrammeCycle,
  ProgrammeData,
  ProgrammeFailure,
  ProgrammePartnership,
  ProgrammeResponse,
} from './programme-model';

export type ProgrammeFile = { name: string; text: string };

/** A partnership's name for comparing: trimmed, lower case, runs of spaces made one. */
export function normaliseName(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('en-GB');
}

const SESSION_MARK = /"format"\s*:\s*"rally-session"/;

type ReadResponse = { envelope: ResponseEnvelope; fileName: string };

export type ReadCycle = {
  source: 'session' | 'responses';
  key: string;
  name: string;
  date: string;
  bankId: string;
  bankVersion: string;
  fileNames: string[];
  responses: ResponseEnvelope[];
};

export type ProgrammeReader = {
  /**
   * Reads one file; never throws. `at` is the file's place in the whole load (by default the
   * order files are given to this reader): where the same session or response comes twice, the
   * file with the lower place is read and the other listed as a copy.
   */
  add(file: ProgrammeFile, at?: number): void;
  /** Lists a file that could not be opened, with the reason, as read (counted like `add`). */
  refuse(fileName: string, reason: string, at?: number): void;
  /** How many files have been given so far. */
  readonly count: number;
  /** What has been read so far, to merge with other readers' (mergeReads), as plain data. */
  reads(): ProgrammeReads;
  /** Everything read so far as the programme's data. */
  finish(): ProgrammeData;
};

function alreadyRead(earlier: string): string {
  return english(
    /*i18n*/ {
      id: 'The same file was already read from {earlier}, so this copy was left out.',
      message: 'The same file was already read from {earlier}, so this copy was left out.',
      values: { earlier },
    },
  );
}

function sameResponse(earlier: string): string {
  return english(
    /*i18n*/ {
      id: 'The same response was already read from {earlier}, so this copy was left out.',
      message: 'The same response was already read from {earlier}, so this copy was left out.',
      values: { earlier },
    },
  );
}

function partOfFile(what: string, message: string): string {
  return english(
    /*i18n*/ {
      id: '{what} in this file could not be read and was left out: {message}',
      message: '{what} in this file could not be read and was left out: {message}',
      values: { what, message },
    },
  );
}

/** A failure, with the place of its file in the load and its order within the file. */
type PlacedFailure = ProgrammeFailure & { at: number; part: number };

/**
 * What one or more readers have read before copies are settled and partnerships made: plain
 * data, so a worker can post it to another to be merged (see decision 022). Every file is in
 * exactly one of the three lists.
 */
export type ProgrammeReads = {
  count: number;
  sessions: { at: number; fileName: string; cycle: ReadCycle; parts: string[] }[];
  loose: { at: number; fileName: string; envelope: ResponseEnvelope }[];
  failed: PlacedFailure[];
};

/** The reads of several readers as one: the same as one reader given every file. */
export function mergeReads(parts: readonly ProgrammeReads[]): ProgrammeReads {
  return {
    count: parts.reduce((n, p) => n + p.count, 0),
    sessions: parts.flatMap((p) => p.sessions),
    loose: parts.flatMap((p) => p.loose),
    failed: parts.flatMap((p) => p.failed),
  };
}

/** The first of each group of copies (lowest place), and a failure for each other copy. */
function settleCopies<T extends { at: number; fileName: string }>(
  list: readonly T[],
  idOf: (read: T) => string,
  copy: (earlier: string) => string,
  failed: PlacedFailure[],
): T[] {
  const first = new Map<string, T>();
  for (const read of list) {
    const id = idOf(read);
    const held = first.get(id);
    if (!held || read.at < held.at) first.set(id, read);
  }
  const kept: T[] = [];
  for (const read of list) {
    const winner = first.get(idOf(read))!;
    if (winner === read) kept.push(read);
    else
      failed.push({ fileName: read.fileName, reason: copy(winner.fileName), at: read.at, part: 0 });
  }
  return kept.sort((a, b) => a.at - b.at);
}

/** The programme's data from what was read (see the rule at the top). */
export function finishReads(reads: ProgrammeReads): ProgrammeData {
  const failed = reads.failed.slice();
  const sessions = settleCopies(reads.sessions, (s) => s.cycle.key, alreadyRead, failed);
  for (const s of sessions)
    s.parts.forEach((reason, i) =>
      failed.push({ fileName: s.fileName, reason, at: s.at, part: i + 1 }),
    );
  const loose = settleCopies(reads.loose, (r) => r.envelope.responseId, sameResponse, failed);
  failed.sort((a, b) => byText(a.fileName, b.fileName) || a.at - b.at || a.part - b.part);
  return assemble(
    sessions.map((s) => s.cycle),
    loose.map((r) => ({ envelope: r.envelope, fileName: r.fileName })),
    failed.map((f) => ({ fileName: f.fileName, reason: f.reason })),
  );
}

/** A reader that takes files one at a time against `bank`. */
export function createProgrammeReader(bank: Bank): ProgrammeReader {
  const reads: ProgrammeReads = { count: 0, sessions: [], loose: [], failed: [] };

  function addSession(file: ProgrammeFile, at: number) {
    // The page never shows a session's warnings either, so they are not worded.
    const read = parseSessionFile(file.text, bank, { warnings: false });
    if (!read.ok) {
      reads.failed.push({ fileName: file.name, reason: read.message, at, part: 0 });
      return;
    }
    const { session } = read;
    reads.sessions.push({
      at,
      fileName: file.name,
      parts: read.unreadable.map((part) => partOfFile(part.what, part.message)),
      cycle: {
        source: 'session',
        key: session.session.id,
        name: session.session.partnershipName,
        date: session.session.date,
        bankId: session.bankId,
        bankVersion: session.bankVersion,
        fileNames: [file.name],
        responses: session.responses,
      },
    });
  }

  function addResponse(file: ProgrammeFile, at: number) {
    // The page never shows a loose file's warnings, so they are not worded.
    const read = parseResponseFile(file.text, bank, { warnings: false });
    if (!read.ok) reads.failed.push({ fileName: file.name, reason: read.message, at, part: 0 });
    else reads.loose.push({ at, fileName: file.name, envelope: read.response });
  }

  return {
    add(file, at = reads.count) {
      reads.count += 1;
      if (SESSION_MARK.test(file.text)) addSession(file, at);
      else addResponse(file, at);
    },
    refuse(fileName, reason, at = reads.count) {
      reads.count += 1;
      reads.failed.push({ fileName, reason, at, part: 0 });
    },
    get count() {
      return reads.count;
    },
    reads() {
      return reads;
    },
    finish() {
      return finishReads(reads);
    },
  };
}

/** Reads every file (see the rule at the top). Never throws. */
export function readProgramme(files: readonly ProgrammeFile[], bank: Bank): ProgrammeData {
  const reader = createProgrammeReader(bank);
  for (const file of files) reader.add(file);
  return reader.finish();
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function looseCycles(responses: readonly ReadResponse[]): ReadCycle[] {
  const groups = new Map<string, ReadResponse[]>();
  for (const r of responses) {
    const name = normaliseName(r.envelope.about['partnership-name'] ?? '');
    const list = groups.get(name);
    if (list) list.push(r);
    else groups.set(name, [r]);
  }
  return [...groups.entries()].map(([normal, list]) => {
    // The name as most files give it (ties: the first in order of text), so that a name typed
    // once in lower case does not rename the partnership.
    const spellings = new Map<string, number>();
    for (const r of list) {
      const given = (r.envelope.about['partnership-name'] ?? '').trim().replace(/\s+/g, ' ');
      spellings.set(given, (spellings.get(given) ?? 0) + 1);
    }
    const name = [...spellings.entries()].sort((a, b) => b[1] - a[1] || byText(a[0], b[0]))[0]![0];
    const latest = list.map((r) => r.envelope.updatedAt).sort(byText);
    const versions = [...new Set(list.map((r) => r.envelope.bankVersion))].sort(byText);
    return {
      source: 'responses' as const,
      key: `responses:${normal}`,
      name,
      date: latest.at(-1)!.slice(0, 10),
      bankId: list[0]!.envelope.bankId,
      bankVersion: versions.at(-1)!,
      fileNames: list.map((r) => r.fileName).sort(byText),
      responses: list.map((r) => r.envelope),
    };
  });
}

const inOrderMade = (a: ResponseEnvelope, b: ResponseEnvelope) =>
  byText(a.createdAt, b.createdAt) ||
  byText(a.updatedAt, b.updatedAt) ||
  byText(a.responseId, b.responseId);

function width(n: number): number {
  return Math.max(3, String(n).length);
}

function assemble(
  sessions: readonly ReadCycle[],
  loose: readonly ReadResponse[],
  failed: readonly ProgrammeFailure[],
): ProgrammeData {
  const byName = new Map<string, ReadCycle[]>();
  for (const cycle of [...sessions, ...looseCycles(loose)]) {
    const normal = normaliseName(cycle.name);
    const list = byName.get(normal);
    if (list) list.push(cycle);
    else byName.set(normal, [cycle]);
  }
  const names = [...byName.keys()].sort(byText);
  const pWidth = width(names.length);
  const partnerships = names.map((normal, index): ProgrammePartnership => {
    const key = `P${String(index + 1).padStart(pWidth, '0')}`;
    const cycles = byName
      .get(normal)!
      .slice()
      .sort((a, b) => byText(a.date, b.date) || byText(a.source, b.source) || byText(a.key, b.key));
    const total = cycles.reduce((n, c) => n + c.responses.length, 0);
    const rWidth = width(total);
    let r = 0;
    // A session's name wins over loose responses' spelling: the facilitator typed it.
    const named = cycles.find((c) => c.source === 'session') ?? cycles[0]!;
    return {
      key,
      name: named.name.trim(),
      cycles: cycles.map((c): ProgrammeCycle => ({
        source: c.source,
        key: c.key,
        date: c.date,
        bankId: c.bankId,
        bankVersion: c.bankVersion,
        fileNames: c.fileNames,
        responses: c.responses
          .slice()
          .sort(inOrderMade)
          .map((e): ProgrammeResponse => {
            r += 1;
            return {
              pseudonym: `${key}-R${String(r).padStart(rWidth, '0')}`,
              answers: e.answers,
              about: e.about,
              comments: e.comments,
            };
          }),
      })),
    };
  });
  return {
    partnerships,
    failed: [...failed].sort((a, b) => byText(a.fileName, b.fileName)),
  };
}

/**
 * The partnerships `keys` put together as one, under the first one's key and name (the user's
 * choice on the page). Their cycles are kept, in date order; the loose responses of the merged
 * partnerships become one cycle. Pseudonyms stay as they were, so they remain unique. Any other
 * partnership is unchanged; fewer than two known keys changes nothing.
 */
export function mergePartnerships(
  data: ProgrammeData,
  keys: readonly string[],
  name?: string,
): ProgrammeData {
  const chosen = data.partnerships.filter((p) => keys.includes(p.key));
  if (chosen.length < 2) return data;
  const first = data.partnerships.find(
    (p) => p.key === keys.find((k) => chosen.some((c) => c.key === k)),
  )!;
  const all = chosen.flatMap((p) => p.cycles);
  const sessions = all.filter((c) => c.source === 'session');
  const looseOnes = all.filter((c) => c.source === 'responses');
  const cycles = [...sessions];
  if (looseOnes.length === 1) cycles.push(looseOnes[0]!);
  else if (looseOnes.length > 1)
    cycles.push({
      source: 'responses',
      key: looseOnes
        .map((c) => c.key)
        .sort(byText)
        .join('+'),
      date: looseOnes
        .map((c) => c.date)
        .sort(byText)
        .at(-1)!,
      bankId: looseOnes[0]!.bankId,
      bankVersion: looseOnes
        .map((c) => c.bankVersion)
        .sort(byText)
        .at(-1)!,
      fileNames: looseOnes.flatMap((c) => c.fileNames).sort(byText),
      responses: looseOnes.flatMap((c) => c.responses),
    });
  cycles.sort(
    (a, b) => byText(a.date, b.date) || byText(a.source, b.source) || byText(a.key, b.key),
  );
  const merged: ProgrammePartnership = {
    key: first.key,
    name: name?.trim() || first.name,
    cycles,
  };
  return {
    ...data,
    partnerships: data.partnerships.flatMap((p) =>
      p.key === first.key ? [merged] : keys.includes(p.key) ? [] : [p],
    ),
  };
}

/** A name with only its letters and digits, in lower case: "Leeds C.P.P." and "leeds cpp" match. */
function looseName(name: string): string {
  return normaliseName(name).replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * Partnerships whose names differ only in punctuation, spaces or case ("Leeds CPP" and "leeds
 * c.p.p."): groups of two or more keys, for the page to offer putting together. Names with no
 * letter or digit are left out.
 */
export function similarPartnerships(data: ProgrammeData): string[][] {
  const groups = new Map<string, string[]>();
  for (const p of data.partnerships) {
    const loose = looseName(p.name);
    if (!loose) continue;
    const list = groups.get(loose);
    if (list) list.push(p.key);
    else groups.set(loose, [p.key]);
  }
  return [...groups.values()].filter((keys) => keys.length > 1);
}
