import { createPresenter, type Presenter } from '../presenter';
import type { GuideContext, GuideFeature } from './types';

// Presenter mode for trainers (content/presenter.ts) on the recognised page while the setting is
// on; leaving it (Esc, the Leave button) switches the setting off.

const presenters = new WeakMap<GuideContext, Presenter>();
const show = (ctx: GuideContext) => presenters.get(ctx)?.show(ctx.settings.presenter ? ctx.detection : null);

export const presenter: GuideFeature = {
  id: 'presenter',
  start(ctx) {
    presenters.set(
      ctx,
      createPresenter({
        doc: ctx.doc,
        // Looked up on every use: the words follow the language chosen at the time.
        t: (key, params) => ctx.t(key, params),
        panel: () => ctx.panel(),
        onLeave: () => {
          ctx.updateSettings({ presenter: false });
          ctx.invalidate('tips');
        },
        ownKey: ctx.ownKey,
        signal: ctx.signal,
      }),
    );
  },
  shown: show,
  leave: show,
  settings: show,
};
