import { Panel } from '../../components/panel.tsx';
import { useDashboard } from '../../app/dashboard-context.tsx';

/** The source document of the selected statement. */
export function SourceReaderPanel() {
  const { corpus, state } = useDashboard();
  const statement = corpus.statements.find((s) => s.id === state.statement);
  const document = corpus.documents.find((d) => d.id === statement?.documentId);
  return (
    <Panel title="Source" className="panel--reader">
      {document ? <p>{document.text}</p> : <p>The selected statement is not in this corpus.</p>}
    </Panel>
  );
}
