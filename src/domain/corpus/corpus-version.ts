/**
 * The corpus version printed on every export: the first 12 hex digits of the
 * SHA-256 of the corpus file's bytes, so a figure can be traced to the exact
 * file it was drawn from.
 */
export async function computeCorpusVersion(file: string | Uint8Array<ArrayBuffer>): Promise<string> {
  const bytes = typeof file === 'string' ? new TextEncoder().encode(file) : file;
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest).subarray(0, 6), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
