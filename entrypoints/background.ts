import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { messageSchema, type Message } from '../storage/messages';
import { readSettings, settingsItem } from '../storage/settings';

async function handle(message: Message): Promise<unknown> {
  switch (message.type) {
    case 'settings.update': {
      const next = { ...(await readSettings()), ...message.patch };
      await settingsItem.setValue(next);
      return next;
    }
  }
}

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((raw: unknown) => {
    const parsed = messageSchema.safeParse(raw);
    if (!parsed.success) return undefined;
    return handle(parsed.data);
  });
});
