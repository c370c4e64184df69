import type { Translate } from '../locales';
import { pageRuleById } from '../rules';
import { practiceSteps, type PracticeStep, type PracticeVariant } from './practice-flow';

export interface StepNavProps {
  /** The page the guide recognises in the frame, if any. */
  currentPage: string | null;
  onOpen(step: PracticeStep | PracticeVariant): void;
  t: Translate;
}

/** The flow's pages in order, as on the real console; the one on screen is marked. */
export function StepNav({ currentPage, onOpen, t }: StepNavProps) {
  return (
    <nav className="practice-steps" aria-label={t('practice.steps')}>
      <ol>
        {practiceSteps.map((step) => {
          const current = step.page === currentPage;
          return (
            <li key={step.page}>
              <button type="button" aria-current={current ? 'step' : undefined} data-page={step.page} onClick={() => onOpen(step)}>
                {t(pageRuleById(step.page)?.title ?? step.page)}
                {current && <span className="here">{t('practice.here')}</span>}
              </button>
              {step.variants?.map((variant) => (
                <button key={variant.replica} type="button" className="practice-variant" data-replica={variant.replica} onClick={() => onOpen(variant)}>
                  {t(variant.label)}
                </button>
              ))}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
