import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';

export interface RunningRedis {
  /** redis://:PASSWORD@127.0.0.1:PORT */
  url: string;
  password: string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * A real redis-server on a free loopback port, nothing saved to disk. CI installs the Debian package
 * (.ci/run); a machine without it fails here, by design, rather than skipping the shared-state tests.
 */
export async function startRedis(): Promise<RunningRedis> {
  if (spawnSync('redis-server', ['--version']).error) {
    throw new Error(
      'redis-server is not installed: the shared-state tests need it (apt-get install -y redis-server; .ci/run installs it when missing)',
    );
  }
  const port = await freePort();
  const password = `test-only-${Math.random().toString(36).slice(2)}`;
  const server: ChildProcess = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--requirepass', password],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  await new Promise<void>((resolve, reject) => {
    let text = '';
    server.stdout!.on('data', (chunk: Buffer) => {
      text += chunk.toString('utf8');
      if (text.includes('Ready to accept connections')) resolve();
    });
    server.once('exit', (code) => reject(new Error(`redis-server exited with ${code} before it was ready:\n${text}`)));
  });
  return {
    url: `redis://:${password}@127.0.0.1:${port}`,
    password,
    async stop() {
      if (server.exitCode !== null || server.signalCode !== null) return;
      const exited = once(server, 'exit');
      server.kill('SIGTERM');
      await exited;
    },
  };
}
