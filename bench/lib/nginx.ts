// nginx as a foreground child of the benchmark, with a generated configuration (see ./nginxConfig).
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { nginxMainConfig } from './nginxConfig';
import { out } from './output';
import { accepts, exited, killGroup, spawnGroup, waitUntil } from './process';

/** Path of Debian's nginx; installs it with apt-get when missing (the bench machine runs as root). */
export function ensureNginx(): string {
  const find = () =>
    ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/bin/nginx'].find((p) => existsSync(p));
  const found = find();
  if (found) return found;
  out('nginx is missing: installing it with apt-get install -y nginx…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const install = () =>
    spawnSync('apt-get', ['install', '-y', 'nginx'], { stdio: ['ignore', 'ignore', 'inherit'], env });
  if (install().status !== 0) {
    spawnSync('apt-get', ['update'], { stdio: ['ignore', 'ignore', 'inherit'], env });
    install();
  }
  const installed = find();
  if (!installed)
    throw new Error('nginx is not installed and apt-get install -y nginx failed (run it as root)');
  return installed;
}

/** nginxMainConfig with this machine's mime.types when Debian's nginx package installed it. */
export function mainConfig(dir: string, httpBody: string): string {
  return nginxMainConfig(dir, httpBody, existsSync('/etc/nginx/mime.types'));
}

export interface Nginx {
  port: number;
  url: string;
  stop(): Promise<void>;
}

/** Starts nginx as a foreground child with a generated config, waits until its port accepts connections. */
export async function startNginx(bin: string, dir: string, config: string, port: number): Promise<Nginx> {
  mkdirSync(path.join(dir, 'tmp'), { recursive: true });
  chmodSync(path.join(dir, 'tmp'), 0o755);
  const file = path.join(dir, 'nginx.conf');
  writeFileSync(file, config);
  const flags = ['-p', dir, '-e', path.join(dir, 'error.log'), '-c', file];
  const test = spawnSync(bin, ['-t', '-q', ...flags], { encoding: 'utf8' });
  if (test.status !== 0) throw new Error(`nginx rejected ${file}:\n${test.stderr}`);
  const { child, log } = spawnGroup(bin, flags, {});
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 10_000;
  await waitUntil(
    () => accepts(port),
    () => {
      if (child.exitCode !== null) return `nginx exited early:\n${log()}`;
      return Date.now() > deadline ? `nginx did not listen on ${url}` : undefined;
    },
    100,
  );
  return {
    port,
    url,
    async stop() {
      killGroup(child, 'SIGQUIT');
      if (!(await exited(child, 5000))) killGroup(child, 'SIGKILL');
    },
  };
}
