import type { SessionFile } from '../../domain/group/session';
import { exportFileName } from '../../export/file-name';

/** The session file's name; `word` is "session" in the language in use (t`session`). */
export function sessionFileName(session: SessionFile, word = 'session'): string {
  return exportFileName(`${word} ${session.session.partnershipName}`, session.session.date, 'json');
}
