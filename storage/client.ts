import { browser } from 'wxt/browser';
import type { Message } from './messages';
import type { ProfilesView, Reply } from './service';

/** Sends a message to the background (storage's only writer). Never rejects: failures come back as { ok: false }. */
export async function send(message: Message): Promise<Reply> {
  try {
    const reply = (await browser.runtime.sendMessage(message)) as Reply | undefined;
    return reply ?? { ok: false, error: 'no reply from the background' };
  } catch (error) {
    return { ok: false, error: String(error) };
  }
}

export async function fetchProfiles(): Promise<ProfilesView> {
  const reply = await send({ type: 'profiles.get' });
  if (!reply.ok) return { state: { profiles: [], activeId: null }, problems: [String(reply.error)] };
  return { state: reply.state as ProfilesView['state'], problems: reply.problems as string[] };
}
