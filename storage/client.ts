import { browser } from 'wxt/browser';
import type { Message } from './messages';
import type { MessageType, Reply } from './replies';
import type { ProfilesView } from './service';

/** Sends a message to the background (storage's only writer). Never rejects: failures come back as { ok: false }. */
export async function send<M extends Message>(message: M): Promise<Reply<M['type']>> {
  try {
    // The background's handler table (storage/service.ts) answers each type with its Reply.
    const reply = (await browser.runtime.sendMessage(message)) as Reply<M['type']> | undefined;
    return reply ?? unreachable('no reply from the background');
  } catch (error) {
    return unreachable(String(error));
  }
}

/** A refusal carries none of the reply's fields; TypeScript cannot see that for a generic type. */
const unreachable = <K extends MessageType>(error: string) => ({ ok: false, error, unreachable: true }) as Reply<K>;

export interface FetchedProfiles extends ProfilesView {
  /**
   * Set when the profiles could not be fetched at all (the background did not answer or refused):
   * then `state` is empty and says nothing about what is stored. Problems in the stored data itself
   * come in `problems`, with the readable profiles in `state`.
   */
  error?: { kind: 'unreachable' | 'failed'; detail: string };
}

export async function fetchProfiles(): Promise<FetchedProfiles> {
  const reply = await send({ type: 'profiles.get' });
  if (!reply.ok) {
    return {
      state: { profiles: [], activeId: null },
      problems: [],
      error: { kind: reply.unreachable ? 'unreachable' : 'failed', detail: String(reply.error) },
    };
  }
  return { state: reply.state, problems: reply.problems };
}
