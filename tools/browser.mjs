// The one place that says which Chromium the browser tests and tools drive, with which flags,
// and how a tool starts the static server and waits until it answers.
import { spawn } from 'node:child_process';

/** Debian's Chromium (tools/setup.sh installs it), headless, quiet, without a GPU. */
export const launchOptions = {
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
};

/**
 * Serves `dir` on 127.0.0.1:`port` with tools/serve.py and resolves once the server answers
 * (failing after `timeoutMs`); `args` go to serve.py (e.g. `--gzip`). The returned process is
 * the caller's to kill.
 */
export async function startServer(dir, port, { timeoutMs = 20_000, stdio = 'ignore', args = [] } = {}) {
  const server = spawn('python3', ['tools/serve.py', '--dir', dir, '--port', String(port), '--quiet', ...args], { stdio });
  const url = `http://127.0.0.1:${port}/`;
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await fetch(url).then((r) => r.ok, () => false)) return server;
    if (server.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  server.kill();
  throw new Error(`the server on ${url} did not answer within ${timeoutMs} ms`);
}
