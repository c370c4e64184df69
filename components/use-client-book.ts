import { useCallback, useEffect, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import { fetchProfiles, send } from '../storage/client';
import type { Message } from '../storage/messages';
import type { ProfilesState } from '../storage/profiles';
import { emptyProgressState, type ProgressState } from '../storage/progress';

const MINUTE = 60_000;

interface ClientBookOptions {
  /** Called when stored data arrives, before it is shown (the overview marks it for the benchmark). Keep it stable. */
  onLoaded?: () => void;
  /** A refused write, in the background's words. Keep it stable. */
  onWriteError: (error: string) => void;
}

/**
 * Every client's profile and progress, as the popup and the agency overview show them: read through
 * the background and kept live while console tabs and other pages write (storage changes, 30 ms
 * apart at most), with a clock that moves the deadlines on each minute. `write` sends a message;
 * `optimistic` shows its effect at once (a checkbox flips when clicked), the storage listener then
 * brings the stored truth, and a refusal is reported and reloads.
 */
export function useClientBook({ onLoaded, onWriteError }: ClientBookOptions) {
  const [profiles, setProfiles] = useState<ProfilesState | null>(null);
  const [progress, setProgress] = useState<ProgressState>(emptyProgressState);
  const [problems, setProblems] = useState(false);
  const [now, setNow] = useState(() => Date.now());
  const fetchSeq = useRef(0);

  const refresh = useCallback(() => {
    const seq = ++fetchSeq.current;
    void Promise.all([fetchProfiles(), send({ type: 'progress.get' })]).then(([view, reply]) => {
      if (seq !== fetchSeq.current) return; // a newer refresh is on its way
      onLoaded?.();
      setProfiles(view.state);
      if (reply.ok) {
        // Read and checked by the background (storage/service.ts loadProgress: what does not validate is
        // reported and backed up there), as the profiles are: not parsed a second time here.
        setProgress(reply.progress);
        if (reply.problems.length) setProblems(true);
      }
      setNow(Date.now());
    });
  }, [onLoaded]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const listener = (changes: Record<string, unknown>, area: string) => {
      if (area !== 'local' || !('profiles' in changes || 'progress' in changes)) return;
      clearTimeout(timer);
      timer = setTimeout(refresh, 30);
    };
    browser.storage.onChanged.addListener(listener);
    refresh();
    const clock = setInterval(() => setNow(Date.now()), MINUTE);
    return () => {
      clearTimeout(timer);
      clearInterval(clock);
      browser.storage.onChanged.removeListener(listener);
    };
  }, [refresh]);

  const write = useCallback(
    async <M extends Message>(message: M, optimistic?: (state: ProgressState) => ProgressState) => {
      if (optimistic) setProgress(optimistic);
      const reply = await send(message);
      if (!reply.ok) {
        onWriteError(String(reply.error));
        refresh();
      }
      return reply;
    },
    [onWriteError, refresh],
  );

  return { profiles, setProfiles, progress, problems, now, write };
}
