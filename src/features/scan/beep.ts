/**
 * A short tone when a response is added, made with the Web Audio API (no sound file). Browsers
 * let a page make sound only after the user has done something on it, so the audio is set up
 * when the box is ticked.
 */
export type Beeper = { beep: () => void; close: () => void };

export function createBeeper(): Beeper | null {
  const Audio =
    globalThis.AudioContext ??
    (globalThis as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext;
  if (!Audio) return null;
  let context: AudioContext;
  try {
    context = new Audio();
  } catch {
    return null;
  }
  void context.resume().catch(() => undefined);
  return {
    beep() {
      const start = context.currentTime;
      const tone = context.createOscillator();
      const volume = context.createGain();
      tone.type = 'sine';
      tone.frequency.value = 880;
      volume.gain.setValueAtTime(0.0001, start);
      volume.gain.exponentialRampToValueAtTime(0.2, start + 0.01);
      volume.gain.exponentialRampToValueAtTime(0.0001, start + 0.15);
      tone.connect(volume).connect(context.destination);
      tone.start(start);
      tone.stop(start + 0.16);
    },
    close() {
      void context.close().catch(() => undefined);
    },
  };
}
