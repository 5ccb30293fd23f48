import type { SessionFile } from '../../domain/group/session';
import { exportFileName } from '../../export/file-name';

export function sessionFileName(session: SessionFile): string {
  return exportFileName(`session ${session.session.partnershipName}`, session.session.date, 'json');
}
