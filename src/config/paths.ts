/**
 * Routes live in the URL fragment (`#/tasks`), so the app runs from any static host, from any
 * subpath, and from a file on disk. Each page of questions has its own URL so that the
 * browser's Back button works.
 */
import { isLanguage, type Language } from '../domain/language';

export type Route =
  | { name: 'start' }
  | { name: 'about' }
  | { name: 'tasks' }
  | { name: 'question'; sectionId: string; pageId: string; fromCheck: boolean }
  | { name: 'check' }
  | { name: 'results' }
  | { name: 'delete' }
  | { name: 'recovered' }
  | { name: 'import' }
  | { name: 'accessibility' }
  | { name: 'bank' }
  | { name: 'join'; token: string; lang?: Language }
  | { name: 'hand-in'; done: boolean }
  | {
      name: 'group';
      view: 'home' | 'share' | 'add' | 'results' | 'consensus' | 'compare' | 'guide' | 'pass';
    }
  | { name: 'cycle'; view: 'start' | 'review' }
  | { name: 'present'; view: 'projector' | 'pack'; from: PresentFrom }
  | { name: 'programme' }
  | { name: 'not-found'; path: string };

/** The group page the projector was opened from, where Escape goes back to. */
export type PresentFrom = 'home' | 'results' | 'consensus';
const PRESENT_FROM: readonly PresentFrom[] = ['home', 'results', 'consensus'];
function presentFrom(params: URLSearchParams): PresentFrom {
  const from = params.get('from');
  return PRESENT_FROM.find((f) => f === from) ?? 'results';
}

const SEGMENT = /^[a-z0-9-]{1,60}$/;

/** The `lang` of a participant link, when it names a language Rally offers. */
function linkLanguage(params: URLSearchParams): { lang?: Language } {
  const lang = params.get('lang');
  return isLanguage(lang) ? { lang } : {};
}

export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#/, '');
  const [pathPart = '', query = ''] = raw.split('?');
  const path = pathPart.replace(/\/+$/, '') || '/';
  const params = new URLSearchParams(query);
  switch (path) {
    case '/':
      return { name: 'start' };
    case '/about':
      return { name: 'about' };
    case '/tasks':
      return { name: 'tasks' };
    case '/check':
      return { name: 'check' };
    case '/results':
      return { name: 'results' };
    case '/delete':
      return { name: 'delete' };
    case '/recovered':
      return { name: 'recovered' };
    case '/import':
      return { name: 'import' };
    case '/accessibility':
      return { name: 'accessibility' };
    case '/bank':
      return { name: 'bank' };
    case '/programme':
      return { name: 'programme' };
    case '/join':
      return { name: 'join', token: params.get('s') ?? '', ...linkLanguage(params) };
    case '/hand-in':
      return { name: 'hand-in', done: false };
    case '/hand-in/done':
      return { name: 'hand-in', done: true };
    case '/group':
      return { name: 'group', view: 'home' };
    case '/group/share':
    case '/group/add':
    case '/group/results':
    case '/group/consensus':
    case '/group/compare':
    case '/group/guide':
    case '/group/pass':
      return { name: 'group', view: path.slice('/group/'.length) as 'share' };
    case '/group/next-cycle':
      return { name: 'cycle', view: 'start' };
    case '/group/review':
      return { name: 'cycle', view: 'review' };
    case '/group/present':
      return { name: 'present', view: 'projector', from: presentFrom(params) };
    case '/group/pack':
      return { name: 'present', view: 'pack', from: presentFrom(params) };
  }
  const m = /^\/section\/([^/]+)\/([^/]+)$/.exec(path);
  if (m && SEGMENT.test(m[1]!) && SEGMENT.test(m[2]!)) {
    return {
      name: 'question',
      sectionId: m[1]!,
      pageId: m[2]!,
      fromCheck: params.get('from') === 'check',
    };
  }
  return { name: 'not-found', path };
}

export const paths = {
  start: () => '#/',
  about: () => '#/about',
  tasks: () => '#/tasks',
  check: () => '#/check',
  results: () => '#/results',
  delete: () => '#/delete',
  recovered: () => '#/recovered',
  import: () => '#/import',
  accessibility: () => '#/accessibility',
  bank: () => '#/bank',
  /** Comparing many partnerships from their files (issue 14). */
  programme: () => '#/programme',
  /** A participant link; `lang` is the facilitator's language, which the participant gets. */
  join: (token: string, lang?: Language) => `#/join?s=${token}${lang ? `&lang=${lang}` : ''}`,
  handIn: () => '#/hand-in',
  handedIn: () => '#/hand-in/done',
  group: (
    view:
      'home' | 'share' | 'add' | 'results' | 'consensus' | 'compare' | 'guide' | 'pass' = 'home',
  ) => (view === 'home' ? '#/group' : `#/group/${view}`),
  /** Starting the next cycle from an earlier file, and reviewing the actions it carried. */
  cycle: (view: 'start' | 'review') => (view === 'start' ? '#/group/next-cycle' : '#/group/review'),
  /** The projector view, opened from the group page `from` (Escape goes back there). */
  present: (from: PresentFrom = 'results') => `#/group/present?from=${from}`,
  pack: () => '#/group/pack',
  question: (sectionId: string, pageId: string, fromCheck = false) =>
    `#/section/${sectionId}/${pageId}${fromCheck ? '?from=check' : ''}`,
};
