'use strict';
// Starts the real EnvBot host (the built EnvBot.Host.dll) on a free loopback port with its own SQLite file and a
// known Direct Line secret, and waits for /healthz. Independent of the C# test code.
const { spawn } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');

const repo = path.resolve(__dirname, '..', '..');
const hostDir = path.join(repo, 'EnvBot.Host');

function hostDll() {
  if (process.env.ENVBOT_HOST_DLL) return process.env.ENVBOT_HOST_DLL;
  for (const configuration of ['Debug', 'Release']) {
    const candidate = path.join(hostDir, 'bin', configuration, 'net10.0', 'EnvBot.Host.dll');
    if (fs.existsSync(candidate)) return candidate;
  }
  throw new Error('EnvBot.Host is not built: run `dotnet build` first (or set ENVBOT_HOST_DLL).');
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function startHost() {
  const port = await freePort();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'envbot-js-'));
  const secret = crypto.randomBytes(24).toString('base64url');
  const baseUrl = `http://127.0.0.1:${port}`;
  let output = '';
  // The project folder is the content root, as with `dotnet run --project EnvBot.Host`, so wwwroot is served.
  const child = spawn('dotnet', [hostDll(), '--urls', baseUrl], {
    cwd: hostDir,
    env: {
      ...process.env,
      ASPNETCORE_ENVIRONMENT: 'Development',
      Database__Provider: 'Sqlite',
      Database__ConnectionString: `Data Source=${path.join(dir, 'envbot.db')}`,
      DirectLine__Secret: secret,
      // Links the bot sends (signed file and report links) are absolute, as in a deployment: Web Chat renders a
      // relative markdown link as a citation button, not as a link.
      Reports__PublicBaseUrl: baseUrl,
      Logging__LogLevel__Default: 'Warning',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (d) => { output += d; });
  child.stderr.on('data', (d) => { output += d; });
  let exited = false;
  child.on('exit', () => { exited = true; });

  const deadline = Date.now() + 90_000;
  while (true) {
    if (exited) throw new Error(`EnvBot host exited during start:\n${output}`);
    try {
      const res = await fetch(`${baseUrl}/healthz`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`EnvBot host did not answer /healthz in time:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }

  return {
    baseUrl,
    secret,
    domain: `${baseUrl}/v3/directline`,
    output: () => output,
    async stop() {
      if (!exited) {
        const done = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        await done;
        clearTimeout(timer);
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Polls until predicate() is truthy; fails with a description after the timeout. */
async function waitFor(predicate, description, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = predicate();
    if (value) return value;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`Timed out waiting for ${description}`);
}

module.exports = { startHost, waitFor };
