/**
 * A Node process the test starts (TypeScript through tsx, as `npm start` would run it after a
 * build) and kills by its own pid. Its output is kept line by line, so the test can wait for
 * what the process says it is doing.
 */
import { spawn } from 'node:child_process';
import { packageRoot } from '../../../src/package-root';

export interface ChildProcessHandle {
  pid: number;
  lines: string[];
  /** Resolves the first line (from now or earlier) that `match` accepts. */
  waitForLine(match: (line: string) => boolean, timeoutMs?: number): Promise<string>;
  /** Sends `signal` and resolves the exit code (null when a signal ended the process). */
  kill(signal: NodeJS.Signals): Promise<number | null>;
  exited: Promise<number | null>;
}

export function startTsProcess(script: string, env: Record<string, string>): ChildProcessHandle {
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    cwd: packageRoot(),
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const listeners = new Set<() => void>();
  const collect = (stream: NodeJS.ReadableStream) => {
    let rest = '';
    stream.on('data', (chunk: Buffer) => {
      const parts = (rest + chunk.toString('utf8')).split('\n');
      rest = parts.pop() ?? '';
      lines.push(...parts);
      for (const listener of listeners) listener();
    });
  };
  collect(child.stdout);
  collect(child.stderr);
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );

  return {
    pid: child.pid as number,
    lines,
    exited,
    waitForLine(match, timeoutMs = 60_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const line = lines.find(match);
          if (line === undefined) return;
          cleanup();
          resolve(line);
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(new Error(`no such line within ${timeoutMs} ms; output:\n${lines.join('\n')}`));
        }, timeoutMs);
        const onExit = () => {
          cleanup();
          reject(new Error(`the process exited; output:\n${lines.join('\n')}`));
        };
        const cleanup = () => {
          clearTimeout(timer);
          listeners.delete(check);
          child.off('exit', onExit);
        };
        listeners.add(check);
        child.once('exit', onExit);
        check();
      });
    },
    async kill(signal) {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}
