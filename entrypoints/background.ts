import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { handleMessage } from '../storage/service';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((raw: unknown) => handleMessage(raw));
});
