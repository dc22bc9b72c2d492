import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { nginxMainConfig, proxyConfigFrom, staticSiteConfig } from './nginxConfig';

const deployConf = readFileSync(path.join(import.meta.dirname, '..', '..', 'deploy', 'nginx.conf'), 'utf8');

describe('proxyConfigFrom', () => {
  const conf = proxyConfigFrom(deployConf, 18080, 13000, '/tmp/bench/cache');

  it('moves the listen port, the upstream and the cache folder of deploy/nginx.conf, and nothing else', () => {
    const before = deployConf.split('\n');
    const after = conf.split('\n');
    expect(after).toHaveLength(before.length);
    const changed = after.flatMap((line, i) => (line === before[i] ? [] : [`${before[i]} => ${line}`]));
    expect(changed).toHaveLength(3);
    expect(conf).toMatch(/^\s*listen 127\.0\.0\.1:18080;$/m);
    expect(conf).toMatch(/^\s*server 127\.0\.0\.1:13000;$/m);
    expect(conf).toContain('proxy_cache_path /tmp/bench/cache levels=');
    expect(conf).not.toMatch(/listen 80;|127\.0\.0\.1:3000;|\/var\/cache\/nginx\/backwise /);
  });

  it('keeps the indentation of the lines it rewrites', () => {
    const indent = (text: string, pattern: RegExp) => pattern.exec(text)?.[1];
    expect(indent(conf, /^(\s*)listen 127/m)).toBe(indent(deployConf, /^(\s*)listen 80;/m));
    expect(indent(conf, /^(\s*)server 127/m)).toBe(indent(deployConf, /^(\s*)server 127\.0\.0\.1:3000;/m));
  });

  it('fails loudly when deploy/nginx.conf no longer has a line it rewrites', () => {
    const noListen = deployConf.replace(/^(\s*)listen 80;$/m, '$1listen 8080;');
    expect(() => proxyConfigFrom(noListen, 1, 2, '/c')).toThrow(/no longer contains .*listen 80/);
    const noCache = deployConf.replace('/var/cache/nginx/backwise ', '/srv/cache ');
    expect(() => proxyConfigFrom(noCache, 1, 2, '/c')).toThrow(/no longer contains/);
  });
});

describe('nginxMainConfig', () => {
  it('keeps pid, logs and temp paths inside the folder and wraps the snippet in http {}', () => {
    const conf = nginxMainConfig('/tmp/n', '    server { listen 127.0.0.1:1; }', true);
    expect(conf).toContain('daemon off;');
    expect(conf).toContain('pid /tmp/n/nginx.pid;');
    expect(conf).toContain('error_log /tmp/n/error.log warn;');
    for (const kind of ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'])
      expect(conf).toContain(`${kind}_temp_path /tmp/n/tmp/`);
    expect(conf).toMatch(/http \{[\s\S]*server \{ listen 127\.0\.0\.1:1; \}\n\}\n$/);
  });

  it("includes Debian's mime.types when present, else a minimal types block", () => {
    expect(nginxMainConfig('/d', '', true)).toContain('include /etc/nginx/mime.types;');
    const bare = nginxMainConfig('/d', '', false);
    expect(bare).not.toContain('mime.types');
    expect(bare).toContain('types { text/html html;');
  });
});

describe('staticSiteConfig', () => {
  it('serves /a/b from www/a/b.html on the loopback port', () => {
    const site = staticSiteConfig(18081, '/tmp/www');
    expect(site).toContain('listen 127.0.0.1:18081;');
    expect(site).toContain('root /tmp/www;');
    expect(site).toContain('try_files $uri.html =404;');
  });
});
