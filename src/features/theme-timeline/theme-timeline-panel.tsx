import { Panel } from '../../components/panel.tsx';
import { useDashboard } from '../../app/dashboard-context.tsx';

/** Statements per theme (a table until the chart lands). */
export function ThemeTimelinePanel() {
  const { views, labels } = useDashboard();
  const rows = Object.entries(views.timeline.statements).map(([theme, counts]) => ({
    theme,
    total: counts.reduce((sum, n) => sum + n, 0),
  }));
  return (
    <Panel title="Themes over time" className="panel--timeline">
      <table>
        <caption>Statements per theme</caption>
        <thead>
          <tr>
            <th scope="col">Theme</th>
            <th scope="col">Statements</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.theme}>
              <th scope="row">{labels.theme(row.theme)}</th>
              <td>{row.total}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Panel>
  );
}
