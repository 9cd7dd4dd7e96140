import { spawn, type ChildProcess } from 'node:child_process';

/**
 * Serves a build with `vite preview` on 127.0.0.1 and resolves once it
 * answers (for the browser bench and the interaction profiler).
 */
export async function startPreview(options: { root: string; port: number; outDir?: string }): Promise<ChildProcess> {
  const { root, port, outDir } = options;
  const args = ['node_modules/vite/bin/vite.js', 'preview', ...(outDir ? ['--outDir', outDir] : []), '--host', '127.0.0.1', '--port', String(port), '--strictPort'];
  const server = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`vite preview exited (is port ${port} busy? pass --port)`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 200));
  }
  server.kill();
  throw new Error('vite preview did not start within 30 s');
}
