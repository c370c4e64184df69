import type { ProfilesSource } from '../content/guide';

// The practice console is two extension pages: the shell (steps, sample clients, reset) and, in an
// iframe of the same origin, the replica page with the guide on it, the way a console tab has it.
// The frame reaches the shell through this bridge; a new frame is made for every full page load.

export interface PracticeBridge {
  /** The sample clients, kept in memory by the shell. */
  profiles: ProfilesSource;
  /** A plain link to another console page: the shell opens its replica in a new frame. */
  openUrl(url: string): void;
  /** The replica changed the console URL it stands for (single-page navigation). */
  urlChanged(url: string): void;
  /** Presenter keys the shell forwarded (pressed with the focus in the shell): the frame's presenter takes these as the trainer's own. */
  forwardedKeys: WeakSet<Event>;
}

const KEY = '__mpgPracticeBridge';

/** The keys the shell forwards into its frame; one set for the shell's lifetime. */
export const forwardedKeys = new WeakSet<Event>();
type WithBridge = Window & { [KEY]?: PracticeBridge };

/** Shell side; returns the function that withdraws the bridge. */
export function exposePracticeBridge(bridge: PracticeBridge): () => void {
  (window as WithBridge)[KEY] = bridge;
  return () => {
    delete (window as WithBridge)[KEY];
  };
}

/** Frame side: the shell's bridge, or null when the frame was opened on its own. */
export function practiceBridge(): PracticeBridge | null {
  if (window.parent === window) return null;
  try {
    return (window.parent as WithBridge)[KEY] ?? null;
  } catch {
    return null;
  }
}
