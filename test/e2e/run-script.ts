import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const tsx = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));

export interface ScriptRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs one of the project's front doors (e.g. `src/main.ts deploy-commands`) as a person would, with
 * only the given settings: no .env, no inherited environment but PATH. Asynchronous, so servers in
 * the test's own process (the stand-in) keep answering meanwhile.
 */
export function runScript(command: string, env: Record<string, string>): Promise<ScriptRun> {
  // "src/main.ts deploy-commands": the script, then its arguments (no path here has a space).
  const [script = '', ...args] = command.split(' ');
  return new Promise((resolve) => {
    const child = spawn(tsx, [script, ...args], {
      cwd: root,
      env: { PATH: process.env.PATH, DOTENV_CONFIG_PATH: '/nonexistent', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
