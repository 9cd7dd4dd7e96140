import { Panel } from '../../components/panel.tsx';
import { useDashboard } from '../../app/dashboard-context.tsx';

/** The statements that match the filters. */
export function StatementsPanel() {
  const { corpus, views } = useDashboard();
  return (
    <Panel title="Statements" className="panel--statements">
      <p aria-live="polite">
        {views.totals.statements} of {corpus.statements.length} statements
      </p>
      <ol id="statements">
        {Array.from(views.matchingStatements, (i) => {
          const statement = corpus.statements[i]!;
          return <li key={statement.id}>{statement.text}</li>;
        })}
      </ol>
    </Panel>
  );
}
