/**
 * The participant link: the session's details carried in the URL fragment, so that a
 * participant's copy of Rally shows which session they are answering for without any server.
 *
 * What goes in: the session id, the partnership name, the date and the optional session label,
 * as JSON `{ "v": 1, "i": id, "n": name, "d": date, "l": label }` in URL-safe base64 (RFC 4648
 * section 5, no padding). The partnership name and label are the facilitator's labels for the
 * session, typed when creating it, not anything a respondent wrote; each is limited to 80
 * characters with no control characters. Answers, comments and any other free text from a
 * respondent never go into a link. The fragment never reaches a web server.
 *
 * Reading never throws and never trusts the link: size first (at most 1,000 characters), then
 * base64, UTF-8, JSON, the version (a higher one is from a newer Rally), and the zod schema.
 */
import { msg } from '@lingui/core/macro';
import { z } from '../zod';
import type { Message } from './message';

export const SESSION_LINK_VERSION = 1;
/** The query parameter inside the fragment that holds the token: `#/join?s=<token>`. */
export const SESSION_LINK_PARAM = 's';
export const MAX_SESSION_LINK_CHARS = 1000;
export const MAX_SESSION_NAME = 80;

// Control characters (C0, DEL, C1) are refused in labels; the pattern is built from code
// points so that the source holds no raw control characters.
const CONTROL = new RegExp(
  `[${String.fromCharCode(0)}-${String.fromCharCode(31)}${String.fromCharCode(127)}-${String.fromCharCode(159)}]`,
);

// Messages are phrases: whoever shows them names the field first ("the partnership name ...").
const Label = z.string().check(
  z.trim(),
  z.minLength(1, 'must not be empty'),
  z.maxLength(MAX_SESSION_NAME, `must be ${MAX_SESSION_NAME} characters or fewer`),
  z.refine((s) => !CONTROL.test(s), 'must not contain invisible control characters'),
);

export const SessionIdSchema = z
  .string()
  .check(
    z.minLength(1),
    z.maxLength(100),
    z.regex(/^[A-Za-z0-9_-]+$/, 'must be letters, digits, hyphens or underscores'),
  );

/** A session's details: set by the facilitator, shown on every participant's device. */
export const SessionDetailsSchema = z.object({
  id: SessionIdSchema,
  /** The facilitator's name for the partnership (not a respondent's answer). */
  partnershipName: Label,
  /** The day of the session, YYYY-MM-DD. */
  date: z.iso.date('must be a date like 2025-03-01'),
  label: z.optional(Label),
});
export type SessionDetails = z.infer<typeof SessionDetailsSchema>;

const WireSchema = z.object({
  v: z.number().check(z.int(), z.gte(1)),
  i: z.unknown(),
  n: z.unknown(),
  d: z.unknown(),
  l: z.optional(z.unknown()),
});

export type ParseSessionLinkResult =
  { ok: true; details: SessionDetails } | { ok: false; message: Message };

/** Why a session link cannot be used, as the join page says it (rendered with `i18n._`). */
export const SESSION_LINK_MESSAGES = {
  broken: msg`This session link is not complete or has been changed: ask the facilitator for the link again`,
  newer: msg`This session link was made with a newer version of Rally. Open it in the latest version of Rally`,
  tooLong: msg`This session link is too long to be a Rally session link`,
  missing: msg`This link does not hold any session details`,
} as const;

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]!;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    const n = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    out += B64[(n >> 18) & 63]! + B64[(n >> 12) & 63]!;
    if (b !== undefined) out += B64[(n >> 6) & 63]!;
    if (c !== undefined) out += B64[n & 63]!;
  }
  return out;
}

function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  const bytes: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const ch of text) {
    buffer = ((buffer << 6) | B64.indexOf(ch)) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((buffer >> bits) & 0xff);
    }
  }
  return Uint8Array.from(bytes);
}

/** The token for a session's details, to put in the fragment as `#/join?s=<token>`. */
export function encodeSessionLink(details: SessionDetails): string {
  const checked = SessionDetailsSchema.parse(details);
  const wire: Record<string, unknown> = {
    v: SESSION_LINK_VERSION,
    i: checked.id,
    n: checked.partnershipName,
    d: checked.date,
  };
  if (checked.label !== undefined) wire.l = checked.label;
  return toBase64Url(new TextEncoder().encode(JSON.stringify(wire)));
}

/**
 * Reads session details from a fragment (`#/join?s=<token>`, with or without the `#`, or a whole
 * URL) or from the token alone. Never throws.
 */
export function parseSessionLink(fragment: string): ParseSessionLinkResult {
  if (fragment.length > MAX_SESSION_LINK_CHARS)
    return { ok: false, message: SESSION_LINK_MESSAGES.tooLong };
  const afterHash = fragment.includes('#') ? fragment.slice(fragment.indexOf('#') + 1) : fragment;
  let token = afterHash.trim();
  const query = afterHash.indexOf('?');
  if (query >= 0) {
    token = new URLSearchParams(afterHash.slice(query + 1)).get(SESSION_LINK_PARAM) ?? '';
  } else if (token.startsWith('/') || token.includes('://')) {
    // A route or a URL with no query: there is no token in it.
    token = '';
  }
  if (token === '') return { ok: false, message: SESSION_LINK_MESSAGES.missing };
  const bytes = fromBase64Url(token);
  if (!bytes) return { ok: false, message: SESSION_LINK_MESSAGES.broken };
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return { ok: false, message: SESSION_LINK_MESSAGES.broken };
  }
  const wire = WireSchema.safeParse(data);
  if (!wire.success) return { ok: false, message: SESSION_LINK_MESSAGES.broken };
  if (wire.data.v > SESSION_LINK_VERSION)
    return { ok: false, message: SESSION_LINK_MESSAGES.newer };
  const details = SessionDetailsSchema.safeParse({
    id: wire.data.i,
    partnershipName: wire.data.n,
    date: wire.data.d,
    ...(wire.data.l === undefined ? {} : { label: wire.data.l }),
  });
  if (!details.success) return { ok: false, message: SESSION_LINK_MESSAGES.broken };
  return { ok: true, details: details.data };
}
