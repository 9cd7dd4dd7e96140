/**
 * The first Tab stops of the page, shown when focused: straight to each
 * panel, so the date fields or the statements are one Tab and Enter away
 * instead of a hundred Tab presses through the map and the legend.
 */
const DASHBOARD_TARGETS: ReadonlyArray<[href: string, label: string]> = [
  ['#statements', 'Skip to the statements'],
  ['#participant-map', 'Skip to the participant map'],
  ['#theme-timeline', 'Skip to themes over time'],
  ['#timeline-dates', 'Skip to the date fields'],
  ['#events-table', 'Skip to the events'],
  ['#speaker-comparison', 'Skip to speakers side by side'],
  ['#who-took-part-together', 'Skip to who took part together'],
  ['#themes-by-country', 'Skip to themes by country'],
];

export function SkipLinks({ dashboard }: { dashboard: boolean }) {
  const targets = dashboard ? DASHBOARD_TARGETS : [['#main', 'Skip to main content'] as const];
  return (
    <nav className="skip-links" aria-label="Skip links">
      {targets.map(([href, label]) => (
        <a key={href} className="skip-link" href={href}>
          {label}
        </a>
      ))}
    </nav>
  );
}
