/**
 * Whether this device is being passed round a group, saved apart from the group session so
 * that a lock can never be lost with a save of the session (and the other way round). The
 * rules are in src/domain/group/device-lock.ts.
 *
 * Reading is strict the safe way: a saved lock that cannot be read keeps the facilitator's
 * pages closed (no passcode opens it), and the facilitator ends it with the forgotten-passcode
 * route, which shows nobody's answers. Another tab that starts or ends passing the device
 * round is followed at once, so a group page left open in a second tab closes too.
 */
import { create } from 'zustand';
import { DeviceLockSchema, makeLock, passcodeOpens } from '../domain/group/device-lock';
import type { DeviceLock } from '../domain/group/device-lock';
import type { SessionDetails } from '../domain/group/session-link';
import { readRaw, removeRaw, writeRaw } from './device-storage';
import { joinSession, leaveSession } from './group-actions';

export const DEVICE_LOCK_KEY = 'rally:pass-device';

export type LockState = {
  /** Null when the device is not being passed round. */
  lock: DeviceLock | null;
  /** True when a saved lock could not be read: closed, and no passcode opens it. */
  unreadable: boolean;
};

function readLock(): LockState {
  const raw = readRaw(DEVICE_LOCK_KEY);
  if (raw === null) return { lock: null, unreadable: false };
  try {
    const parsed = DeviceLockSchema.safeParse(JSON.parse(raw));
    if (parsed.success) return { lock: parsed.data, unreadable: false };
  } catch {
    // Falls through: unreadable.
  }
  return { lock: null, unreadable: true };
}

export const useDeviceLockStore = create<LockState>()(() => readLock());

/** Whether the facilitator's pages are closed on this device. */
export function isLocked(s: LockState = useDeviceLockStore.getState()): boolean {
  return s.lock !== null || s.unreadable;
}

if (typeof window !== 'undefined') {
  window.addEventListener('storage', (event) => {
    if (event.key === DEVICE_LOCK_KEY || event.key === null)
      useDeviceLockStore.setState(readLock());
  });
}

function randomSalt(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Starts passing the device round: saves the lock, reads it back, and only then closes the
 * pages and joins the participant view to the session. Returns a message when the device
 * would not save it, in which case nothing changes.
 */
export function startPassingDevice(passcode: string, details: SessionDetails): string | null {
  const lock = makeLock(passcode, details, randomSalt(), new Date());
  const text = JSON.stringify(lock);
  const error = writeRaw(DEVICE_LOCK_KEY, text);
  if (error !== null || readRaw(DEVICE_LOCK_KEY) !== text) {
    removeRaw(DEVICE_LOCK_KEY);
    return 'This device could not save the passcode, so the group pages cannot be closed. Nothing has changed. Free some space on the device, for example by deleting saved data you no longer need, and try again.';
  }
  useDeviceLockStore.setState({ lock, unreadable: false });
  joinSession(details);
  return null;
}

/** Ends passing the device round when the passcode is right; false (and no change) when not. */
export function unlockWithPasscode(passcode: string): boolean {
  const { lock } = useDeviceLockStore.getState();
  if (!lock || !passcodeOpens(lock, passcode)) return false;
  endPassingDevice();
  return true;
}

/**
 * Ends passing the device round without the passcode. Only for the forgotten-passcode route,
 * after the session and the responses handed in have been saved to a file and removed.
 */
export function endPassingDevice() {
  removeRaw(DEVICE_LOCK_KEY);
  useDeviceLockStore.setState({ lock: null, unreadable: false });
  leaveSession();
}
