/**
 * How every browser run here launches Debian's Chromium: the end-to-end
 * suite, the browser benchmark and the screenshots. Without the networking
 * flags Chromium keeps dialling out on a closed network.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
