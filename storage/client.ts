import { browser } from 'wxt/browser';
import type { Message } from './messages';
import type { ProfilesView, Reply } from './service';

/** Sends a message to the background (storage's only writer). Never rejects: failures come back as { ok: false }. */
export async function send(message: Message): Promise<Reply> {
  try {
    const reply = (await browser.runtime.sendMessage(message)) as Reply | undefined;
    return reply ?? { ok: false, error: 'no reply from the background', unreachable: true };
  } catch (error) {
    return { ok: false, error: String(error), unreachable: true };
  }
}

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
    return { state: { profiles: [], activeId: null }, problems: [], error: { kind: reply.unreachable ? 'unreachable' : 'failed', detail: String(reply.error) } };
  }
  return { state: reply.state as ProfilesView['state'], problems: Array.isArray(reply.problems) ? reply.problems.map(String) : [] };
}
