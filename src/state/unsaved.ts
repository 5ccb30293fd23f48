/**
 * What is not being saved right now, for the save warning on every page: per store whose last
 * save failed, and per piece of held data, what it is and the exact file that keeps it. The code
 * that builds each file (and the group store itself) is fetched only when it is needed, so that
 * the first page stays small.
 */
import type { Bank } from '../domain/bank/bank-schema';
import { useAssessmentStore } from './assessment-store';
import { saveBankAgain, useBankStore } from './bank-store';
import { retryHeld, useSaveStatus, type SaveStatus } from './device-storage';
import { saveLanguageAgain } from './language-store';

export type Unsaved =
  | { kind: 'assessment'; key: string; message: string }
  | { kind: 'group'; key: string; message: string }
  | { kind: 'bank'; key: string; message: string; title: string; bankId: string }
  | { kind: 'language'; key: string; message: string }
  | { kind: 'held'; key: string; message: string; reason: string; raw: string };

/** Everything not being saved, from the save status (cheap: for rendering). */
export function unsavedParts(status: Pick<SaveStatus, 'errors' | 'held'>): Unsaved[] {
  const parts: Unsaved[] = [];
  const { errors } = status;
  if (errors.assessment)
    parts.push({ kind: 'assessment', key: 'assessment', message: errors.assessment });
  if (errors.group) parts.push({ kind: 'group', key: 'group', message: errors.group });
  const { custom, text } = useBankStore.getState();
  if (errors.bank && custom && text !== null)
    parts.push({
      kind: 'bank',
      key: 'bank',
      message: errors.bank,
      title: custom.title,
      bankId: custom.id,
    });
  if (errors.language) parts.push({ kind: 'language', key: 'language', message: errors.language });
  status.held.forEach((h, i) =>
    parts.push({
      kind: 'held',
      key: `held-${i}-${h.key}`,
      message: 'There is no space on this device to keep a copy of it.',
      reason: h.reason,
      raw: h.raw,
    }),
  );
  return parts;
}

export type UnsavedFile = {
  text: string;
  date: string;
  session: { name: string; date: string } | null;
};

/**
 * The file that keeps `part`: the answers as a response file, the session as a session file,
 * the question bank file as loaded, or held data as it was. Null when there is nothing to keep
 * (for example, a group change that was ending the session).
 */
export async function unsavedFile(part: Unsaved, bank: Bank): Promise<UnsavedFile | null> {
  const today = new Date().toISOString().slice(0, 10);
  switch (part.kind) {
    case 'assessment': {
      const [{ serializeResponse }, { toResponseEnvelope }] = await Promise.all([
        import('../domain/response/response-file'),
        import('./response-envelope'),
      ]);
      const envelope = toResponseEnvelope(bank, useAssessmentStore.getState());
      return {
        text: serializeResponse(envelope),
        date: envelope.updatedAt.slice(0, 10),
        session: null,
      };
    }
    case 'group': {
      const [{ useGroupStore }, { serializeSession }] = await Promise.all([
        import('./group-store'),
        import('../domain/group/session'),
      ]);
      const { session } = useGroupStore.getState();
      if (!session) return null;
      return {
        text: serializeSession(session),
        date: session.session.date,
        session: { name: session.session.partnershipName, date: session.session.date },
      };
    }
    case 'bank': {
      const { text } = useBankStore.getState();
      return text === null ? null : { text, date: today, session: null };
    }
    case 'held':
      return { text: part.raw, date: today, session: null };
    case 'language':
      return null; // nothing to download: the choice holds in this page
  }
}

/** "Try saving again": held data first, then every store that failed. */
export async function retrySaving() {
  retryHeld();
  const { errors } = useSaveStatus.getState();
  if (errors.assessment) useAssessmentStore.setState({});
  if (errors.bank) saveBankAgain();
  if (errors.language) saveLanguageAgain();
  if (errors.group) {
    const { useGroupStore } = await import('./group-store');
    useGroupStore.setState({});
  }
}
