import type { StepView } from '../../engine/progress';
import type { Translate } from '../../locales';

/** The step to work on and what to do, in one sentence. */
export function NextAction({ current, t }: { current: StepView | null; t: Translate }) {
  return (
    <section className="now" aria-labelledby="now-heading">
      <h2 id="now-heading">{t('popup.now.heading')}</h2>
      {current ? (
        <>
          <p className="now-title">{t(current.step.title)}</p>
          <p className="now-next">{t(current.step.next)}</p>
        </>
      ) : (
        <p className="now-next">{t('popup.now.all-done')}</p>
      )}
    </section>
  );
}
