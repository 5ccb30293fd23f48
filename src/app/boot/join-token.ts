/**
 * The participant link's details, read by the early script without zod, so that the
 * prerendered join page can show them before the app's code arrives.
 *
 * It accepts a link only when src/domain/group/session-link.ts would accept it with exactly
 * the same details (tests/unit/app/join-token.test.ts checks that on generated links). If it
 * refuses a link the app would take, nothing is lost: the page then waits for the app.
 */
export type JoinDetails = { partnershipName: string; date: string; label?: string };

const MAX_TOKEN = 1000;
const MAX_LABEL = 80;
const ID = /^[A-Za-z0-9_-]{1,100}$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function label(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (text.length < 1 || text.length > MAX_LABEL) return null;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 32 || (code >= 127 && code <= 159)) return null;
  }
  return text;
}

function isDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = DATE.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return days !== undefined && day >= 1 && day <= days;
}

function decode(token: string): unknown {
  if (!/^[A-Za-z0-9_-]+$/.test(token) || token.length % 4 === 1) return null;
  const binary = atob(token.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
}

/** The details in a join link's token (`#/join?s=<token>`), or null. Never throws. */
export function readJoinToken(token: string): JoinDetails | null {
  if (token.length > MAX_TOKEN) return null;
  let wire: unknown;
  try {
    wire = decode(token);
  } catch {
    return null;
  }
  if (typeof wire !== 'object' || wire === null || Array.isArray(wire)) return null;
  const { v, i, n, d, l } = wire as Record<string, unknown>;
  if (v !== 1 || typeof i !== 'string' || !ID.test(i) || !isDate(d)) return null;
  const partnershipName = label(n);
  if (partnershipName === null) return null;
  if (l === undefined) return { partnershipName, date: d };
  const sessionLabel = label(l);
  return sessionLabel === null ? null : { partnershipName, date: d, label: sessionLabel };
}

/** The date as the join page writes it. */
export function joinDateText(date: string): string {
  // As the join page writes it (src/i18n/format.ts): an ISO date means that day everywhere.
  return new Date(date).toLocaleDateString('en-GB', { dateStyle: 'long', timeZone: 'UTC' });
}
