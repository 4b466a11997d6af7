/**
 * A throwaway PostgreSQL cluster from Debian's server binaries: `initdb` in a temp dir, `pg_ctl` on a free
 * loopback port. initdb and postgres refuse to run as root, so as root they run as the `postgres` user
 * (spawned with its uid/gid). Used by the store's integration tests, the store E2E spec and the bench.
 */
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** `PG_BIN`, or the newest Debian server that is installed (15 on bookworm). */
function serverBin(): string {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).filter((name) => existsSync(join(root, name, 'bin', 'initdb'))) : [];
  const newest = versions.sort((a, b) => Number(b) - Number(a))[0];
  if (!newest) throw new Error('PostgreSQL server binaries not found: install Debian\'s postgresql package (.ci/run does)');
  return join(root, newest, 'bin');
}


export interface PgCluster {
  /** A connection string for the superuser `pdv` on database `postgres`. */
  url: string;
  port: number;
  dir: string;
  /** A connection string for a fresh, empty database on this cluster. */
  createDatabase(name: string): Promise<string>;
  /** Starts the server again on the same port after `stop` or `kill`. */
  start(): Promise<void>;
  /** A clean, fast shutdown. */
  stop(): Promise<void>;
  /** SIGKILL to the postmaster: the server vanishes as in a crash or a pulled cable. */
  kill(): Promise<void>;
  /** Stops the server (if running) and removes the directory. */
  destroy(): Promise<void>;
}

function runAs(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const line = readFileSync('/etc/passwd', 'utf8').split('\n').find((entry) => entry.startsWith('postgres:'));
  const [, , uid, gid] = line?.split(':') ?? [];
  if (uid === undefined || gid === undefined) throw new Error('Running as root needs the postgres user (Debian package postgresql)');
  return { uid: Number(uid), gid: Number(gid) };
}

function run(bin: string, command: string, args: string[], user: { uid: number; gid: number } | undefined): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(join(bin, command), args, { stdio: ['ignore', 'pipe', 'pipe'], ...(user ?? {}) });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve(output) : reject(new Error(`${command} exited with ${code}: ${output}`))));
  });
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export async function startPgCluster(): Promise<PgCluster> {
  const bin = serverBin();
  const user = runAs();
  const dir = mkdtempSync(join(tmpdir(), 'pdv-pg-'));
  chmodSync(dir, 0o755);
  if (user) chownSync(dir, user.uid, user.gid);
  const data = join(dir, 'data');
  await run(bin, 'initdb', ['-D', data, '-A', 'trust', '-U', 'pdv', '--no-sync', '-E', 'UTF8', '--locale=C'], user);
  const port = await freePort();
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`;
  const pgCtl = (...args: string[]) => run(bin, 'pg_ctl', ['-D', data, ...args], user);
  let running = false;
  const start = async () => {
    await pgCtl('-o', options, '-l', join(dir, 'log'), '-w', 'start');
    running = true;
  };
  const postmasterPid = (): number | undefined => {
    const file = join(data, 'postmaster.pid');
    return existsSync(file) ? Number(readFileSync(file, 'utf8').split('\n')[0]) : undefined;
  };
  const stop = async () => {
    if (running) await pgCtl('-m', 'fast', '-w', 'stop');
    running = false;
  };
  await start();
  const url = `postgres://pdv@127.0.0.1:${port}/postgres`;
  return {
    url,
    port,
    dir,
    async createDatabase(name) {
      execFileSync(join(bin, 'createdb'), ['-h', '127.0.0.1', '-p', String(port), '-U', 'pdv', name]);
      return `postgres://pdv@127.0.0.1:${port}/${name}`;
    },
    start,
    stop,
    async kill() {
      const pid = postmasterPid();
      if (pid) {
        // The backends go with it, as they would when the machine dies, so the restart finds no shared memory in use.
        const children = execFileSync('sh', ['-c', `pgrep -P ${pid} || true`], { encoding: 'utf8' }).split('\n').filter(Boolean);
        for (const child of [pid, ...children.map(Number)]) {
          try {
            process.kill(child, 'SIGKILL');
          } catch {
            // already gone
          }
        }
      }
      running = false;
      rmSync(join(data, 'postmaster.pid'), { force: true });
      rmSync(join(dir, `.s.PGSQL.${port}.lock`), { force: true });
    },
    async destroy() {
      try {
        await stop();
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
