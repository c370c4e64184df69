import type { OverviewRow } from '../../engine/overview';
import { overviewCsv } from '../../engine/overview-csv';
import { overviewIcs } from '../../engine/overview-ics';
import { formatDay } from '../../engine/progress';
import type { Translate } from '../../locales';
import { downloadText } from './download';

/** The whole book as a spreadsheet (CSV) or a calendar of every open deadline (.ics), made in the page. */
export function ExportActions({
  rows,
  now,
  t,
  onNotice,
}: {
  rows: readonly OverviewRow[];
  now: number;
  t: Translate;
  onNotice(text: string, kind?: 'status' | 'alert'): void;
}) {
  const day = formatDay(now);
  const csv = () => {
    const file = `clients-${day}.csv`;
    downloadText(overviewCsv(rows, { t }), file, 'text/csv;charset=utf-8');
    onNotice(t('overview.export.saved', { file }));
  };
  const ics = () => {
    const result = overviewIcs(rows, { t });
    if (!result.ok) return onNotice(t('popup.error', { error: result.error ?? '' }), 'alert');
    if (result.events === 0) return onNotice(t('overview.export.no-deadlines'));
    const file = `deadlines-${day}.ics`;
    downloadText(result.text, file, 'text/calendar;charset=utf-8');
    onNotice(t('overview.export.saved-ics', { file, n: result.deadlines }));
  };
  return (
    <section className="export" aria-labelledby="export-heading">
      <h2 id="export-heading">{t('overview.export.heading')}</h2>
      <p className="help">{t('overview.export.about')}</p>
      <div className="actions">
        <button type="button" className="button" onClick={csv}>
          {t('overview.export.csv')}
        </button>
        <button type="button" className="button" onClick={ics}>
          {t('overview.export.ics')}
        </button>
      </div>
    </section>
  );
}
