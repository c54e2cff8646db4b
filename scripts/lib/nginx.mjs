// Runs nginx with deploy/nginx.conf against a built site, the way the
// intranet would serve it, for the tests: on 127.0.0.1 only, in the
// foreground, with its pid, logs and temp files in a folder of its own.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { accepts } from './ports.mjs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const CANDIDATES = ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/local/nginx/sbin/nginx', '/usr/bin/nginx'];

/** The nginx binary: NGINX_PATH, or a usual place. */
export function findNginx() {
  if (process.env.NGINX_PATH) return existsSync(process.env.NGINX_PATH) ? process.env.NGINX_PATH : undefined;
  return CANDIDATES.find((candidate) => existsSync(candidate));
}

/**
 * Starts nginx serving `dir` with the example configuration, its `listen`
 * and folder replaced. Resolves once it accepts connections.
 *
 * @param {{ dir: string, port: number, config?: string }} options
 * @returns {Promise<{ stop(): Promise<void> }>}
 */
export async function startNginx({ dir, port, config = 'deploy/nginx.conf' }) {
  const nginx = findNginx();
  if (!nginx) {
    throw new Error(
      'nginx is not installed, so deploy/nginx.conf cannot be tested. Install it (Debian: "apt-get install nginx"; ' +
        '`npm test` does this itself when run as root on Debian) or point NGINX_PATH at an nginx binary.',
    );
  }
  const site = readFileSync(config, 'utf8');
  const placed = replaceExactlyOnce(
    replaceExactlyOnce(site, 'listen 80;', `listen 127.0.0.1:${port};`, config),
    'alias /srv/insluss/;',
    `alias ${resolve(dir)}/;`,
    config,
  );
  const prefix = mkdtempSync(join(tmpdir(), 'insluss-nginx-'));
  writeFileSync(join(prefix, 'insluss.conf'), placed);
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `  ${kind}_temp_path ${prefix}/${kind};`).join('\n');
  writeFileSync(
    join(prefix, 'nginx.conf'),
    `# Written by scripts/lib/nginx.mjs for a test run.
${process.getuid?.() === 0 ? '# Workers read the build where the tests run, which may be a folder only root can read.\nuser root;\n' : ''}worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log;
events { worker_connections 64; }
http {
  include ${mimeTypes(nginx)};
  default_type application/octet-stream;
  access_log ${prefix}/access.log;
${temp}
  include ${prefix}/insluss.conf;
}
`,
  );

  const child = spawn(nginx, ['-p', `${prefix}/`, '-c', join(prefix, 'nginx.conf'), '-e', join(prefix, 'error.log'), '-g', 'daemon off;'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise((resolveExit) => child.once('exit', resolveExit));

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(prefix, { recursive: true, force: true });
  };

  const deadline = Date.now() + 10_000;
  while (!(await accepts(port))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      const log = existsSync(join(prefix, 'error.log')) ? readFileSync(join(prefix, 'error.log'), 'utf8') : '';
      await stop();
      throw new Error(`nginx did not start with ${config}:\n${output}${log}`);
    }
    await new Promise((wait) => setTimeout(wait, 100));
  }
  return { stop };
}

/** mime.types beside the nginx.conf the binary was built to read. */
function mimeTypes(nginx) {
  const built = spawnSync(nginx, ['-V'], { encoding: 'utf8' }).stderr ?? '';
  const confPath = /--conf-path=(\S+)/.exec(built)?.[1] ?? '/etc/nginx/nginx.conf';
  return join(dirname(confPath), 'mime.types');
}

function replaceExactlyOnce(text, search, replacement, file) {
  const parts = text.split(search);
  if (parts.length !== 2) throw new Error(`${file} must contain "${search}" exactly once (the tests replace it).`);
  return parts.join(replacement);
}
