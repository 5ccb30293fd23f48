/**
 * Two tabs, one device: when another tab saves while this tab has changes it could not save
 * (storage was full), neither tab's changes may be lost. These three-way merges take what both
 * tabs last had in common (`base`: what this tab last read or wrote), this tab's state
 * (`mine`) and what the other tab saved (`theirs`). Item by item, whatever only one tab changed
 * since the base is taken from that tab. When both changed the same item differently:
 * - an answer, comment or agreed record takes the other tab's value, because that change came
 *   later (it reached this tab after this tab's own), as editing in one tab would;
 * - a response (the same response id with different answers) keeps this tab's, which was added
 *   first, as adding in one tab would refuse the second; the other tab's saved group is then
 *   returned as `setAside`, to be kept aside. Pure functions.
 */
import type { SessionFile } from '../domain/group/session';
import type { StoredAssessment } from './stored-assessment';

/** JSON with object keys sorted, so that equal data gives equal text. */
function canonical(value: unknown): string {
  return (
    JSON.stringify(value, (_k, v: unknown) =>
      v === null || typeof v !== 'object' || Array.isArray(v)
        ? v
        : Object.fromEntries(
            Object.keys(v)
              .sort()
              .map((k) => [k, (v as Record<string, unknown>)[k]]),
          ),
    ) ?? 'undefined'
  );
}

const same = (a: unknown, b: unknown) => canonical(a) === canonical(b);

/** Which tab's value to take when both changed the same item differently. */
type OnClash = 'theirs' | 'mine';

/** Three-way merge of records keyed by id; `clashes` counts items both tabs changed differently. */
export function mergeRecords<T>(
  base: Readonly<Record<string, T>>,
  mine: Readonly<Record<string, T>>,
  theirs: Readonly<Record<string, T>>,
  onClash: OnClash = 'theirs',
): { merged: Record<string, T>; clashes: number } {
  const merged: Record<string, T> = {};
  let clashes = 0;
  for (const key of new Set([...Object.keys(theirs), ...Object.keys(mine)])) {
    const t = Object.hasOwn(theirs, key) ? theirs[key] : undefined;
    const b = Object.hasOwn(base, key) ? base[key] : undefined;
    const m = Object.hasOwn(mine, key) ? mine[key] : undefined;
    let value: T | undefined;
    if (same(t, b)) value = m;
    else if (same(m, b) || same(m, t)) value = t;
    else {
      clashes += 1;
      value = onClash === 'theirs' ? t : m;
    }
    if (value !== undefined) merged[key] = value;
  }
  return { merged, clashes };
}

/** Three-way merge of lists of things with ids; their order first, then this tab's new ones. */
export function mergeLists<T>(
  base: readonly T[],
  mine: readonly T[],
  theirs: readonly T[],
  id: (item: T) => string,
  onClash: OnClash = 'theirs',
): { merged: T[]; clashes: number } {
  const byId = (list: readonly T[]) => Object.fromEntries(list.map((x) => [id(x), x]));
  const { merged, clashes } = mergeRecords(byId(base), byId(mine), byId(theirs), onClash);
  const order = [...theirs.map(id), ...mine.map(id)];
  return {
    merged: [...new Set(order)].filter((k) => Object.hasOwn(merged, k)).map((k) => merged[k]!),
    clashes,
  };
}

const later = (a: string, b: string) => (a > b ? a : b);

export function mergeAssessment(
  base: StoredAssessment | null,
  mine: StoredAssessment,
  theirs: StoredAssessment,
): StoredAssessment {
  const pick = <K extends keyof StoredAssessment>(k: K): StoredAssessment[K] =>
    base !== null && same(theirs[k], base[k]) ? mine[k] : theirs[k];
  return {
    bankId: mine.bankId,
    bankVersion: mine.bankVersion,
    responseId: pick('responseId'),
    createdAt: pick('createdAt'),
    updatedAt: later(mine.updatedAt, theirs.updatedAt),
    answers: mergeRecords(base?.answers ?? {}, mine.answers, theirs.answers).merged,
    comments: mergeRecords(base?.comments ?? {}, mine.comments, theirs.comments).merged,
    position: mine.position,
    finished: [...new Set([...theirs.finished, ...mine.finished])],
    // The language each text was written in, where either tab recorded one (older saves have none).
    ...(mine.commentLanguages || theirs.commentLanguages
      ? { commentLanguages: { ...theirs.commentLanguages, ...mine.commentLanguages } }
      : {}),
    ...(mine.answerLanguages || theirs.answerLanguages
      ? { answerLanguages: { ...theirs.answerLanguages, ...mine.answerLanguages } }
      : {}),
    // Targets merge as answers do; the plan is one ordered list, so the tab that changed it wins.
    targets: mergeRecords(base?.targets ?? {}, mine.targets ?? {}, theirs.targets ?? {}).merged,
    actions: pick('actions') ?? [],
  };
}

type GroupParts = {
  session: SessionFile | null;
  handedIn: SessionFile['responses'];
  joined: unknown;
};

/**
 * Three-way merge of the group store. The same session in both tabs is merged response by
 * response and record by record. When the tabs hold different sessions and both changed since
 * the base, this tab's is kept and the other is returned as `setAside`, to be kept aside.
 */
export function mergeGroup<G extends GroupParts>(
  base: G | null,
  mine: G,
  theirs: G,
): { merged: G; setAside: SessionFile | null } {
  const sessionId = (g: GroupParts | null) => g?.session?.session.id ?? null;
  let session: SessionFile | null;
  let setAside: SessionFile | null = null;
  let clashes = 0;
  if (mine.session && theirs.session && sessionId(mine) === sessionId(theirs)) {
    const b = sessionId(base) === sessionId(mine) ? base!.session! : null;
    const responses = mergeLists(
      b?.responses ?? [],
      mine.session.responses,
      theirs.session.responses,
      (r) => r.responseId,
      'mine',
    );
    clashes += responses.clashes;
    session = {
      ...mine.session,
      responses: responses.merged,
      consensus: mergeLists(
        b?.consensus ?? [],
        mine.session.consensus,
        theirs.session.consensus,
        (c) => c.dimensionId,
      ).merged,
      actions: mergeLists(
        b?.actions ?? [],
        mine.session.actions,
        theirs.session.actions,
        (a) => a.id,
      ).merged,
      updatedAt: later(mine.session.updatedAt, theirs.session.updatedAt),
    };
  } else if (same(theirs.session, base?.session ?? null)) {
    session = mine.session;
  } else if (same(mine.session, base?.session ?? null)) {
    session = theirs.session;
  } else {
    session = mine.session;
    setAside = theirs.session;
  }
  const handedIn = mergeLists(
    base?.handedIn ?? [],
    mine.handedIn,
    theirs.handedIn,
    (r) => r.responseId,
    'mine',
  );
  clashes += handedIn.clashes;
  if (clashes > 0 && setAside === null) setAside = theirs.session ?? mine.session;
  const merged: G = {
    ...mine,
    session,
    handedIn: handedIn.merged,
    joined: same(theirs.joined, base?.joined ?? null) ? mine.joined : theirs.joined,
  };
  return { merged, setAside };
}
