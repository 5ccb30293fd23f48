/**
 * Resolves in a task of its own, so that long work split into pieces lets the browser paint
 * and respond between them. A message channel, not a timer: a timer in a background tab waits
 * up to a second.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
