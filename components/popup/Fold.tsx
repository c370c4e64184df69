import type { ReactNode } from 'react';

/**
 * A popup section one click away (a native disclosure): its title and a short state ("2 of 5
 * ready") stay on screen, so the popup's first screen holds what is next and what is due, and the
 * rest no longer makes it 1,900 px tall. The section inside keeps its own heading for assistive
 * technology (its region's name); the summary is the visible title.
 */
export function Fold({ id, title, state, open, children }: { id: string; title: string; state?: string; open?: boolean; children: ReactNode }) {
  return (
    <details className="fold" data-fold={id} open={open}>
      <summary>
        <span className="fold-title">{title}</span>
        {state && <span className="fold-state">{state}</span>}
      </summary>
      {children}
    </details>
  );
}
