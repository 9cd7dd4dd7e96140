/**
 * Saves a file the page made: a Blob behind an object URL, clicked through a
 * temporary <a download>. The URL is revoked once the browser has had time
 * to start the download, so the memory is freed.
 */
export type ExportFile = { name: string; blob: Blob };

const REVOKE_AFTER_MS = 30_000;

export function downloadFile({ name, blob }: ExportFile): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
