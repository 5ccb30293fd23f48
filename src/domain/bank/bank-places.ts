/**
 * Where a problem is in a bank file, in words a content author can follow: "page “p2”, question
 * “culture-trust”, option “none-of-these”" rather than `pages[1].items[0].options[5]`. Elements of
 * a list are named by their id when they have a usable one, and by their position otherwise.
 */

/** What one element of each list in a bank is called. */
const SINGULAR: Record<string, string> = {
  sections: 'section',
  pages: 'page',
  items: 'question',
  options: 'option',
  rows: 'row',
  roles: 'role',
  dimensions: 'dimension',
  bands: 'band',
  prompts: 'prompt',
  types: 'type',
  modes: 'mode',
  flags: 'flag',
  points: 'point',
  citations: 'citation',
  exampleSites: 'example site',
};

/** Records keyed by a name, and what each entry is. */
const ENTRY: Record<string, string> = {
  weights: 'the weight for',
  bands: 'the texts for band',
  profiles: 'the targets of profile',
};

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
  const parts: string[] = [];
  let node: unknown = data;
  let subject = '';
  for (let i = 0; i < path.length; i += 1) {
    const step = path[i]!;
    const next = path[i + 1];
    const last = i === path.length - 1;
    if (typeof step === 'number') {
      // An index with no list name before it (for example inside a record of lists).
      const element = Array.isArray(node) ? node[step] : undefined;
      const id = idOf(element);
      const name = id ? quoted(id) : `entry ${step + 1}`;
      if (last) subject = `${name}`;
      else parts.push(name);
      node = element;
      continue;
    }
    const key = String(step);
    const child = isRecord(node) ? node[key] : undefined;
    if (typeof next === 'number' && Array.isArray(child)) {
      const element = child[next];
      const noun = SINGULAR[key] ?? 'entry';
      const id = idOf(element);
      const name = id ? `${noun} ${quoted(id)}` : `${noun} ${next + 1}`;
      if (i + 1 === path.length - 1) subject = `this ${noun}`;
      parts.push(name);
      node = element;
      i += 1;
      continue;
    }
    if (ENTRY[key] && next !== undefined && isRecord(child)) {
      const name = `${ENTRY[key]} ${quoted(next)}`;
      if (i + 1 === path.length - 1) subject = name;
      else parts.push(name);
      node = child[String(next)];
      i += 1;
      continue;
    }
    if (last) subject = `the ${quoted(key)} field`;
    else parts.push(quoted(key));
    node = child;
  }
  // A subject that is the last element named: say it once, as "this question".
  if (subject.startsWith('this ')) {
    return { where: parts.join(', '), subject };
  }
  return { where: parts.join(', '), subject: subject || 'this file' };
}
