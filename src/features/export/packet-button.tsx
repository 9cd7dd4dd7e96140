import { useEffect, useId, useRef, useState } from 'react';
import { useDashboard } from '../../state/dashboard-context.tsx';
import { downloadFile } from '../../components/download.ts';
import '../../components/export.css';

type Progress = { done: number; total: number; label: string };

/**
 * "Download analyst packet": figures, data, statements, metadata and a
 * README in one zip. Shows each step in a progress bar and can be cancelled;
 * the page stays usable while it runs.
 */
export function PacketButton() {
  const dashboard = useDashboard();
  const [progress, setProgress] = useState<Progress | null>(null);
  const [status, setStatus] = useState('');
  const controller = useRef<AbortController | null>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const progressId = useId();
  const running = progress !== null;

  // Focus follows the control that replaces the one the user pressed: Cancel
  // while the packet runs, the start button again once it is done.
  const wasRunning = useRef(false);
  useEffect(() => {
    if (running) cancelRef.current?.focus();
    else if (wasRunning.current) startRef.current?.focus();
    wasRunning.current = running;
  }, [running]);

  useEffect(() => () => controller.current?.abort(), []);

  const start = async () => {
    const abort = new AbortController();
    controller.current = abort;
    setStatus('');
    setProgress({ done: 0, total: 1, label: 'Loading the exporter' });
    // A snapshot: filters changed meanwhile do not mix into this packet.
    const source = { ...dashboard };
    let finished = '';
    try {
      const jobs = await import('../../state/export-jobs.ts');
      const file = await jobs.analystPacketFile(source, {
        now: new Date(),
        viewLink: window.location.href,
        signal: abort.signal,
        onProgress: setProgress,
      });
      downloadFile(file);
      finished = `Analyst packet ready: ${file.name}`;
    } catch (error) {
      finished =
        error instanceof DOMException && error.name === 'AbortError'
          ? 'Analyst packet cancelled.'
          : `The analyst packet could not be made: ${error instanceof Error ? error.message : String(error)}`;
    } finally {
      controller.current = null;
      setProgress(null);
      setStatus(finished);
    }
  };

  return (
    <div className="packet">
      {running ? (
        <div className="packet__running">
          <label htmlFor={progressId} className="packet__label">
            Preparing the analyst packet: {progress.label}
          </label>
          <progress id={progressId} max={progress.total} value={progress.done} aria-valuetext={`Step ${progress.done + 1} of ${progress.total}: ${progress.label}`} />
          <button ref={cancelRef} type="button" onClick={() => controller.current?.abort()}>
            Cancel
          </button>
        </div>
      ) : dashboard.textsPending ? (
        // The packet holds the filtered statements: it waits for them.
        <button type="button" disabled>
          Analyst packet (texts arriving)
        </button>
      ) : (
        <button ref={startRef} type="button" onClick={() => void start()}>
          Download analyst packet
        </button>
      )}
      <span className={status.startsWith('The analyst packet could not') ? 'export-status export-status--error' : 'export-status'} role="status" aria-live="polite">
        {status}
      </span>
    </div>
  );
}
