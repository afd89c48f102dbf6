import { spawn } from 'node:child_process';
import { createHash, createPrivateKey, sign, type KeyObject } from 'node:crypto';
import { Agent, request } from 'node:http';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * A load generator for the HTTP interactions endpoint, run as its own process so the client's
 * work (signing, parsing) does not share a thread with the server it measures. It reads a job as
 * JSON on stdin and writes the result as JSON on stdout.
 */

/** Discord's signature headers: Ed25519 over the timestamp's bytes followed by the body's. */
export function signedHeaders(
  privateKey: KeyObject,
  body: string,
  timestamp = String(Math.floor(Date.now() / 1000)),
): Record<string, string> {
  const signature = sign(null, Buffer.from(timestamp + body), privateKey).toString('hex');
  return { 'x-signature-ed25519': signature, 'x-signature-timestamp': timestamp };
}

export interface LoadJob {
  /** The endpoint's POST URL, e.g. http://127.0.0.1:PORT/interactions. Loopback only. */
  url: string;
  privateKeyPem: string;
  /** Raw request bodies, each sent once, in order of dispatch. */
  bodies: string[];
  /** Requests in flight at once, each on its own keep-alive connection. */
  concurrency: number;
}

export interface LoadResult {
  sent: number;
  elapsedMs: number;
  /** Per request, in the order of `bodies`: HTTP status (0 if the request failed), body hash, latency. */
  results: Array<{ status: number; sha256: string; ms: number; error?: string }>;
}

function post(
  url: URL,
  agent: Agent,
  body: string,
  headers: Record<string, string>,
): Promise<{ status: number; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        agent,
        headers: { ...headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        timeout: 15_000,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.once('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks) }));
        res.once('error', reject);
      },
    );
    req.once('timeout', () => req.destroy(new Error('timed out after 15 s')));
    req.once('error', reject);
    req.end(body);
  });
}

export async function runLoad(job: LoadJob): Promise<LoadResult> {
  const url = new URL(job.url);
  if (url.hostname !== '127.0.0.1') throw new Error('the load generator only talks to 127.0.0.1');
  const privateKey = createPrivateKey(job.privateKeyPem);
  const agent = new Agent({ keepAlive: true, maxSockets: job.concurrency });
  const results: LoadResult['results'] = new Array(job.bodies.length);
  let next = 0;
  const began = performance.now();
  async function worker(): Promise<void> {
    while (next < job.bodies.length) {
      const index = next++;
      const body = job.bodies[index]!;
      const started = performance.now();
      try {
        const response = await post(url, agent, body, signedHeaders(privateKey, body));
        results[index] = {
          status: response.status,
          sha256: createHash('sha256').update(response.body).digest('hex'),
          ms: performance.now() - started,
        };
      } catch (error) {
        results[index] = { status: 0, sha256: '', ms: performance.now() - started, error: String(error) };
      }
    }
  }
  await Promise.all(Array.from({ length: job.concurrency }, worker));
  const elapsedMs = performance.now() - began;
  agent.destroy();
  return { sent: job.bodies.length, elapsedMs, results };
}

/** Runs the job in a second Node process (this file, through tsx) and returns its result. */
export function runLoadInChildProcess(job: LoadJob, timeoutMs = 120_000): Promise<LoadResult> {
  const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
  const child = spawn(process.execPath, ['--import', tsxLoader, fileURLToPath(import.meta.url)], {
    stdio: ['pipe', 'pipe', 'inherit'],
    env: { PATH: process.env.PATH },
  });
  const chunks: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
  child.stdin.end(JSON.stringify(job));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the load generator did not finish within ${timeoutMs} ms`));
    }, timeoutMs);
    child.once('error', reject);
    // 'close', not 'exit': it waits for stdout to be fully read.
    child.once('close', (code) => {
      clearTimeout(timer);
      if (code !== 0) reject(new Error(`the load generator exited with code ${code}`));
      else resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')) as LoadResult);
    });
  });
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const job = JSON.parse(await readStdin()) as LoadJob;
  process.stdout.write(JSON.stringify(await runLoad(job)));
}
