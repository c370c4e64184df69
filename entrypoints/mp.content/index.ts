import { defineContentScript } from 'wxt/utils/define-content-script';
import { startGuide } from '../../content/guide';
import '../../components/panel.css';

export default defineContentScript({
  matches: ['https://mp.weixin.qq.com/*'],
  cssInjectionMode: 'ui',
  runAt: 'document_idle',
  main(ctx) {
    void startGuide(ctx);
  },
});
