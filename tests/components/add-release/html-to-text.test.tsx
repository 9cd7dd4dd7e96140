import { describe, expect, it } from 'vitest';
import { htmlToText, readReleaseFile } from '../../../src/features/add-release/html-to-text.ts';

describe('htmlToText', () => {
  it('keeps paragraphs as lines and drops markup, scripts and styles', () => {
    const html = `<html><head><title>T</title><style>p{}</style></head><body>
      <h1>Round  table</h1><p>On 14 March 2024 <b>the</b> meeting<br>opened.</p>
      <script>window.hacked = true</script><ul><li>One</li><li>Two &amp; three</li></ul>
      <img src="x" onerror="window.hacked = true"></body></html>`;
    expect(htmlToText(html)).toBe('Round table\nOn 14 March 2024 the meeting\nopened.\nOne\nTwo & three');
    expect((window as unknown as { hacked?: boolean }).hacked).toBeUndefined();
  });
  it('keeps markup written as text as text', () => {
    expect(htmlToText('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>')).toBe('<script>alert(1)</script>');
  });
});

describe('readReleaseFile', () => {
  it('reads .txt as text, reduces .html and refuses other files', async () => {
    expect(await readReleaseFile(new File(['<p>a</p>'], 'r.txt', { type: 'text/plain' }))).toEqual({ text: '<p>a</p>' });
    expect(await readReleaseFile(new File(['<p>a</p><p>b</p>'], 'r.html', { type: 'text/html' }))).toEqual({ text: 'a\nb' });
    expect(await readReleaseFile(new File(['{}'], 'r.json', { type: 'application/json' }))).toEqual({ error: 'r.json is not a .txt or .html file.' });
  });
});
