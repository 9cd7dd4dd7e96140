import './open-corpus.css';

/** The hint shown while a file is dragged over the page. The "Open corpus file…" button does the same for keyboards. */
export function DropOverlay({ visible }: { visible: boolean }) {
  if (!visible) return null;
  return (
    <div className="drop-overlay" data-testid="drop-overlay">
      <p className="drop-overlay__hint">Drop a corpus file (JSON, NDJSON or Parquet) to open it</p>
    </div>
  );
}
