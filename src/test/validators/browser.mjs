// What the validators' scripts share: Debian's Chromium, launched the same way for each, and a
// server of a built site's folder on a loopback port, for pages that must be served rather than
// opened from disk.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import puppeteer from 'puppeteer-core';

const ARGUMENTS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync'];

/** @param more further Chromium switches, such as --allow-file-access-from-files */
export function launchChromium(more = []) {
  return puppeteer.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: [...ARGUMENTS, ...more],
  });
}

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css',
  '.json': 'application/json', '.pdf': 'application/pdf' };

/**
 * Serves the folder {@code site} on 127.0.0.1; {@code onServed} hears the bytes of each file sent.
 * Resolves to the server and its origin ("http://127.0.0.1:PORT").
 */
export async function serveFolder(site, onServed = () => {}) {
  const root = path.resolve(site);
  const server = createServer(async (request, response) => {
    let file = path.join(root, decodeURIComponent(new URL(request.url, 'http://localhost').pathname));
    // Only whole-path prefixes count: /site-other must not pass for /site.
    if (file !== root && !file.startsWith(root + path.sep)) { response.writeHead(403).end(); return; }
    try {
      if ((await stat(file)).isDirectory()) file = path.join(file, 'index.html');
      const body = await readFile(file);
      onServed(body.length);
      response.writeHead(200, { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}
