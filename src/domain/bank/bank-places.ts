/**
 * Where a problem is in a bank file, in words a content author can follow: "page “p2”, question
 * “culture-trust”, option “none-of-these”" rather than `pages[1].items[0].options[5]`. Elements of
 * a list are named by their id when they have a usable one, and by their position otherwise.
 */
import { english, type Message, type Value } from '../said';

/** What one element of each list in a bank is called. */
const SINGULAR: Record<string, Message> = {
  sections: /*i18n*/ { id: 'section', message: 'section' },
  pages: /*i18n*/ { id: 'page', message: 'page' },
  items: /*i18n*/ { id: 'question', message: 'question' },
  options: /*i18n*/ { id: 'option', message: 'option' },
  rows: /*i18n*/ { id: 'row', message: 'row' },
  roles: /*i18n*/ { id: 'role', message: 'role' },
  dimensions: /*i18n*/ { id: 'dimension', message: 'dimension' },
  bands: /*i18n*/ { id: 'band', message: 'band' },
  prompts: /*i18n*/ { id: 'prompt', message: 'prompt' },
  practice: /*i18n*/ { id: 'practice description', message: 'practice description' },
  types: /*i18n*/ { id: 'type', message: 'type' },
  modes: /*i18n*/ { id: 'mode', message: 'mode' },
  flags: /*i18n*/ { id: 'flag', message: 'flag' },
  points: /*i18n*/ { id: 'point', message: 'point' },
  citations: /*i18n*/ { id: 'citation', message: 'citation' },
  exampleSites: /*i18n*/ { id: 'example site', message: 'example site' },
};
const ENTRY_WORD: Message = /*i18n*/ { id: 'entry', message: 'entry' };

/** Records keyed by a name, and what each entry is. */
const ENTRY: Record<string, Message> = {
  weights: /*i18n*/ { id: 'the weight for {name}', message: 'the weight for {name}' },
  bands: /*i18n*/ { id: 'the texts for band {name}', message: 'the texts for band {name}' },
  profiles: /*i18n*/ {
    id: 'the targets of profile {name}',
    message: 'the targets of profile {name}',
  },
};

/** "page “p2”" or "page 3". */
function named(noun: Message, name: string | number): Message {
  return /*i18n*/ { id: '{noun} {name}', message: '{noun} {name}', values: { noun, name } };
}

/** "page “p2”, question “x”": each part is a message, the commas the catalogue's. */
function joined(parts: Value[]): Value {
  if (parts.length <= 1) return parts[0] ?? '';
  return /*i18n*/ {
    id: '{first}, {rest}',
    message: '{first}, {rest}',
    values: { first: parts[0]!, rest: joined(parts.slice(1)) },
  };
}

function text(value: Value): string {
  return typeof value === 'string' ? value : english(value as Message);
}

const USABLE_ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A name as written in a file, shortened and quoted. */
export function quoted(name: unknown): string {
  const text = String(name);
  return `“${text.length > 60 ? `${text.slice(0, 59)}…` : text}”`;
}

function idOf(element: unknown): string | null {
  if (typeof element === 'string' && USABLE_ID.test(element)) return element;
  if (isRecord(element) && typeof element.id === 'string' && USABLE_ID.test(element.id))
    return element.id;
  return null;
}

export type Place = {
  /** The elements the path goes through: "page “p2”, question “culture-trust”". */
  where: string;
  /** What the last step names: "the “dimension” field", "this question", "the weight for “x”". */
  subject: string;
};

/**
 * Names the place `path` points at inside `data` (a bank.json or section file, as read). Never
 * throws: the data may be anything.
 */
export function placeOf(data: unknown, path: readonly PropertyKey[]): Place {
  const parts: Value[] = [];
  let node: unknown = data;
  let subject: Value = '';
  let isThis = false;
  for (let i = 0; i < path.length; i += 1) {
    const step = path[i]!;
    const next = path[i + 1];
    const last = i === path.length - 1;
    if (typeof step === 'number') {
      // An index with no list name before it (for example inside a record of lists).
      const element = Array.isArray(node) ? node[step] : undefined;
      const id = idOf(element);
      const name = id ? quoted(id) : named(ENTRY_WORD, step + 1);
      if (last) subject = name;
      else parts.push(name);
      node = element;
      continue;
    }
    const key = String(step);
    const child = isRecord(node) ? node[key] : undefined;
    if (typeof next === 'number' && Array.isArray(child)) {
      const element = child[next];
      const noun = SINGULAR[key] ?? ENTRY_WORD;
      const id = idOf(element);
      const name = named(noun, id ? quoted(id) : next + 1);
      if (i + 1 === path.length - 1) {
        isThis = true;
        subject = /*i18n*/ { id: 'this {noun}', message: 'this {noun}', values: { noun } };
      }
      parts.push(name);
      node = element;
      i += 1;
      continue;
    }
    if (ENTRY[key] && next !== undefined && isRecord(child)) {
      const name: Message = { ...ENTRY[key], values: { name: quoted(next) } };
      if (i + 1 === path.length - 1) subject = name;
      else parts.push(name);
      node = child[String(next)];
      i += 1;
      continue;
    }
    if (last)
      subject = /*i18n*/ {
        id: 'the {name} field',
        message: 'the {name} field',
        values: { name: quoted(key) },
      };
    else parts.push(quoted(key));
    node = child;
  }
  // A subject that is the last element named: say it once, as "this question".
  const where = text(joined(parts));
  if (isThis) return { where, subject: text(subject) };
  return {
    where,
    subject: subject ? text(subject) : english(/*i18n*/ { id: 'this file', message: 'this file' }),
  };
}
