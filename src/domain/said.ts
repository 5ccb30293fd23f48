/**
 * Messages the domain gives as English text, with a way back to the catalogue message.
 *
 * Some of the domain's messages are plain strings by contract: zod wants a string from its
 * message hook, `npm run bank:check` and `npm run score` print English, and many results carry
 * `message: string`. Each such message is written as a descriptor (`/*i18n*\/ { id, message,
 * values }`, found by `npm run i18n:extract`; written out rather than made with `msg` so that its
 * English is there in a production build and in Node) and turned into English by `english`,
 * which remembers which descriptor made which text. A page then shows the text in the language
 * in use with `translated(i18n, text)`: the remembered descriptor through the catalogue, or the
 * text as it is when no descriptor made it (a file name, a message from elsewhere).
 *
 * A value may itself be a message, or a list of messages (joined with "; "): each is put into
 * the same language before it goes into the sentence around it.
 */
import type { Message } from './items/item-kind';

export type { Message };

/** What a page passes in: Lingui's `i18n` (its `_`). */
export type Renders = { _(descriptor: Message): string };

/** A value of a message: text, a number, another message or a list of them. */
export type Value = string | number | Message | readonly Message[];

const made = new Map<string, Message>();
/** Texts remembered at most: a page shows a message soon after it is made. */
const MAX_REMEMBERED = 5000;

export function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && typeof (value as Message).id === 'string';
}

function remember(text: string, message: Message) {
  if (made.size >= MAX_REMEMBERED) made.delete(made.keys().next().value!);
  made.set(text, message);
}

// Made on first use, not when this code is loaded (the first PluralRules of a page is slow).
let rules: Intl.PluralRules | undefined;

/** The end of the {...} that opens at `open` (the index of its "{"). */
function closing(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i += 1) {
    if (text[i] === '{') depth += 1;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  return text.length;
}

/** English ICU: `{name}` and `{name, plural, one {...} other {...}}` (with `#`). */
function format(source: string, values: Record<string, unknown>): string {
  let out = '';
  let i = 0;
  while (i < source.length) {
    const open = source.indexOf('{', i);
    if (open < 0) {
      out += source.slice(i);
      break;
    }
    out += source.slice(i, open);
    const end = closing(source, open);
    const body = source.slice(open + 1, end);
    const [name = '', kind] = body.split(',', 2).map((s) => s.trim());
    const value = values[name];
    if (kind === 'plural') {
      const n = Number(value);
      const forms = new Map<string, string>();
      const rest = body.slice(body.indexOf('plural') + 'plural'.length).replace(/^\s*,/, '');
      let j = 0;
      while (j < rest.length) {
        const start = rest.indexOf('{', j);
        if (start < 0) break;
        const key = rest.slice(j, start).trim();
        const stop = closing(rest, start);
        forms.set(key, rest.slice(start + 1, stop));
        j = stop + 1;
      }
      const form =
        forms.get(`=${n}`) ??
        forms.get((rules ??= new Intl.PluralRules('en-GB')).select(n)) ??
        forms.get('other') ??
        '';
      out += format(form.replaceAll('#', n.toLocaleString('en-GB')), values);
    } else out += plain(value);
    i = end + 1;
  }
  return out;
}

/**
 * A value as text, as `String` gives it, but safe for what a bad input can hold: arrays nested
 * deep, or containing themselves, stop after a few levels instead of overflowing the stack.
 */
function plain(value: unknown, depth = 0): string {
  if (!Array.isArray(value)) return String(value);
  if (depth >= 3) return '…';
  return value.map((v) => (v === null || v === undefined ? '' : plain(v, depth + 1))).join(',');
}

function englishValue(value: unknown, depth = 0): unknown {
  if (Array.isArray(value))
    return depth >= 3 ? '…' : value.map((v) => englishValue(v, depth + 1)).join('; ');
  return isMessage(value) ? english(value) : value;
}

/** The message in English. The text is remembered, so that a page can show it translated. */
export function english(message: Message): string {
  const values = Object.fromEntries(
    Object.entries(message.values ?? {}).map(([k, v]) => [k, englishValue(v)]),
  );
  const text = capitalFirst(format(message.message ?? message.id, values), message);
  remember(text, message);
  return text;
}

const fixed = new Map<string, Message>();

/**
 * The English of a message with no values, remembered for good: for texts that are stored and
 * read back later (a reason saved on the device with data kept aside), so that a page can
 * still show them in the language in use.
 */
export function known(message: Message): string {
  const text = english(message);
  fixed.set(text, message);
  return text;
}

/** A message that starts a sentence: its first letter is made a capital, in any language. */
export function sentence(message: Message): Message {
  return { ...message, values: { ...message.values, [SENTENCE]: true } };
}

/** A value marking a message that starts a sentence (Lingui ignores values it is not asked for). */
const SENTENCE = '__sentence';

function capitalFirst(text: string, message: Message): string {
  return message.values?.[SENTENCE] ? `${text.charAt(0).toUpperCase()}${text.slice(1)}` : text;
}

/** The descriptor that made `text`, if the domain made it. */
export function messageFor(text: string): Message | undefined {
  return made.get(text) ?? fixed.get(text);
}

/** A message in the language of `i18n`, with every message in its values translated first. */
export function render(i18n: Renders, message: Message): string {
  const values: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(message.values ?? {})) {
    if (Array.isArray(v))
      values[k] = v.map((m: unknown) => (isMessage(m) ? render(i18n, m) : m)).join('; ');
    else values[k] = isMessage(v) ? render(i18n, v) : v;
  }
  return capitalFirst(i18n._({ ...message, values }), message);
}

/** A text the domain made, in the language of `i18n`; any other text as it is. */
export function translated(i18n: Renders, text: string): string {
  const message = messageFor(text);
  return message ? render(i18n, message) : text;
}
