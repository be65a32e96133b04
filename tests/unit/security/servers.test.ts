/**
 * Every server the project starts listens on 127.0.0.1 only (Vite's dev server and preview, and
 * the static server of the exporter, benchmark and tests), and the static server survives hostile
 * requests. (Known vulnerabilities in what ships are `npm run audit`'s job, where the registry answers it.)
 */
import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, preview, type UserConfig } from 'vite';
import viteConfig from '../../../vite.config.ts';
import { serveStatic, type StaticServer } from '../../../src/export/serve-static.ts';

const REPO = resolve(import.meta.dirname, '../../..');
const LOOPBACK = '127.0.0.1';

/** Resolves to 'refused', 'connected' or the error code of a TCP connection attempt. */
function tryConnect(host: string, port: number): Promise<string> {
  return new Promise((done) => {
    const socket = connect({ host, port, timeout: 2_000 });
    socket.once('connect', () => {
      socket.destroy();
      done('connected');
    });
    socket.once('timeout', () => {
      socket.destroy();
      done('timeout');
    });
    socket.once('error', (error: NodeJS.ErrnoException) => done(error.code === 'ECONNREFUSED' ? 'refused' : (error.code ?? error.message)));
  });
}

/** Addresses of this machine other than 127.0.0.1 that a server bound to all interfaces would answer on. */
function otherAddresses(): string[] {
  const external = Object.values(networkInterfaces())
    .flat()
    .filter((info) => info !== undefined && !info.internal && info.family === 'IPv4')
    .map((info) => info!.address);
  // On Linux all of 127.0.0.0/8 reaches the loopback interface: 127.0.0.2 works even without a network.
  return [...external, ...(process.platform === 'linux' ? ['127.0.0.2'] : [])];
}

function get(url: string, path: string): Promise<number> {
  const { hostname, port } = new URL(url);
  return new Promise((done, fail) => {
    const req = request({ host: hostname, port, path, method: 'GET', timeout: 5_000 }, (response) => {
      response.resume();
      done(response.statusCode ?? 0);
    });
    req.once('timeout', () => req.destroy(new Error(`GET ${path} timed out`)));
    req.once('error', fail);
    req.end();
  });
}

describe('Vite servers', () => {
  const config = viteConfig as UserConfig;

  it('vite.config.ts binds the dev server and the preview to 127.0.0.1', () => {
    expect(config.server?.host).toBe(LOOPBACK);
    expect(config.preview?.host).toBe(LOOPBACK);
  });

  it('no script or CI step overrides the host', () => {
    const commands: [string, string][] = Object.entries(
      (JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts,
    );
    commands.push(['playwright.config.ts', readFileSync(join(REPO, 'playwright.config.ts'), 'utf8')]);
    const ciDir = join(REPO, '.ci');
    for (const name of statSync(ciDir, { throwIfNoEntry: false })?.isDirectory() ? readdirSync(ciDir) : []) {
      commands.push([`.ci/${name}`, readFileSync(join(ciDir, name), 'utf8')]);
    }
    for (const [name, text] of commands) {
      for (const [, host = ''] of text.matchAll(/--host(?:[= ](\S+))?/g)) {
        expect(host, `${name} passes --host ${host}`).toBe(LOOPBACK);
      }
      expect(text, `${name} binds to all interfaces`).not.toMatch(/0\.0\.0\.0|host:\s*true/);
    }
  });

  it('the dev server, started with the project config, accepts connections on 127.0.0.1 only', async () => {
    const server = await createServer({ configFile: join(REPO, 'vite.config.ts'), root: REPO, logLevel: 'silent', server: { port: 0, strictPort: false } });
    try {
      await server.listen();
      const address = server.httpServer?.address();
      expect(address && typeof address === 'object' ? address.address : address).toBe(LOOPBACK);
      const port = address && typeof address === 'object' ? address.port : 0;
      expect(await tryConnect(LOOPBACK, port)).toBe('connected');
      for (const host of otherAddresses()) expect(await tryConnect(host, port), `dev server on ${host}:${port}`).toBe('refused');
    } finally {
      await server.close();
    }
  }, 60_000);

  it('the preview server, started with the project config, accepts connections on 127.0.0.1 only', async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'deck-preview-'));
    writeFileSync(join(outDir, 'index.html'), '<!doctype html><title>t</title>');
    const server = await preview({
      configFile: join(REPO, 'vite.config.ts'),
      root: REPO,
      logLevel: 'silent',
      build: { outDir },
      preview: { port: 0, strictPort: false },
    });
    try {
      const address = server.httpServer.address();
      expect(address && typeof address === 'object' ? address.address : address).toBe(LOOPBACK);
      const port = address && typeof address === 'object' ? address.port : 0;
      for (const host of otherAddresses()) expect(await tryConnect(host, port), `preview on ${host}:${port}`).toBe('refused');
    } finally {
      await server.close();
      rmSync(outDir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('serveStatic (exporter, benchmark, tests)', () => {
  let dir: string;
  let server: StaticServer;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'deck-static-'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>t</title>');
    server = await serveStatic(dir);
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('listens on 127.0.0.1, and nowhere else', async () => {
    const url = new URL(server.url);
    expect(url.hostname).toBe(LOOPBACK);
    expect(await get(server.url, '/')).toBe(200);
    const port = Number(url.port);
    for (const host of otherAddresses()) expect(await tryConnect(host, port), `serveStatic on ${host}:${port}`).toBe('refused');
    expect(await tryConnect('::1', port), 'serveStatic on [::1]').not.toBe('connected');
  });

  it('serves nothing outside its folder', async () => {
    for (const path of ['/../package.json', '/%2e%2e/%2e%2e/etc/passwd', '/..%2f..%2fetc%2fpasswd', '/..\\..\\etc\\passwd', '/index.html%00.txt']) {
      expect([403, 404], path).toContain(await get(server.url, path));
    }
  });

  it('answers a malformed request with 400 and keeps serving (checked in a child process, as a crash would end it)', async () => {
    // A page on any website can send such a request to 127.0.0.1 while an export runs.
    const child = spawn(process.execPath, ['--import', 'tsx', '-e', `
      const { serveStatic } = await import(${JSON.stringify(join(REPO, 'src/export/serve-static.ts'))});
      const server = await serveStatic(${JSON.stringify(dir)});
      console.log(server.url);
    `], { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((done) => child.once('exit', done));
    try {
      const url = await new Promise<string>((done, fail) => {
        child.stdout.once('data', (chunk: Buffer) => done(chunk.toString().trim()));
        void exited.then(() => fail(new Error(`the server did not start:\n${stderr}`)));
      });
      const status = await get(url, '/%E0%A4%A').catch((error: Error) => `no answer (${error.message})`);
      const alive = await Promise.race([exited.then(() => false), new Promise<boolean>((done) => setTimeout(() => done(true), 300))]);
      expect(alive, `the server process died on GET /%E0%A4%A:\n${stderr.split('\n').slice(0, 8).join('\n')}`).toBe(true);
      expect(status).toBe(400);
      expect(await get(url, '/')).toBe(200);
    } finally {
      child.kill();
    }
  }, 30_000);
});
