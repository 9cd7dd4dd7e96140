import { formatCalendarDate } from '../domain/format/format-date.ts';
import { useDashboard } from '../state/dashboard-context.tsx';
import { formatCount } from '../domain/format/format-count.ts';
import { SYNTHETIC_NOTICE } from '../domain/synthetic/synthetic-label.ts';


/** Headline counts that follow the filters, and what the corpus covers. */
export function Headline() {
  const { views, corpus, coverage, counts } = useDashboard();
  const { totals } = views;
  const items = [
    { label: 'events', value: totals.events, of: counts?.events ?? corpus.events.length },
    { label: 'statements', value: totals.statements, of: counts?.statements ?? corpus.statements.length },
    { label: 'participating countries', value: totals.countries, of: null },
    { label: 'themes raised', value: totals.themes, of: null },
  ];
  return (
    <div className="headline">
      <dl className="headline__counts" aria-label="Counts for the current filters">
        {items.map((item) => (
          <div key={item.label} className="headline__count">
            <dt>{item.label}</dt>
            <dd>
              <span className="headline__value" data-testid={`count-${item.label.split(' ')[0]}`}>
                {formatCount(item.value)}
              </span>
              {item.of !== null && item.of !== item.value ? (
                <span className="headline__of"> of {formatCount(item.of)}</span>
              ) : null}
            </dd>
          </div>
        ))}
      </dl>
      <p className="coverage-note">
        {coverage.synthetic ? <strong className="synthetic-badge">{SYNTHETIC_NOTICE}. </strong> : null}
        Covers {formatCount(coverage.documents)} source document{coverage.documents === 1 ? '' : 's'} from{' '}
        {coverage.publishers.join(', ') || 'no publisher'}
        {coverage.published
          ? `, published ${formatCalendarDate(coverage.published.first)}${
              coverage.published.last !== coverage.published.first ? ` – ${formatCalendarDate(coverage.published.last)}` : ''
            }`
          : ''}
        {coverage.events
          ? `, reporting events of ${formatCalendarDate(coverage.events.first)}${
              coverage.events.last !== coverage.events.first ? ` – ${formatCalendarDate(coverage.events.last)}` : ''
            }`
          : ''}
        . Periods outside these sources are not covered, not empty.
      </p>
    </div>
  );
}
