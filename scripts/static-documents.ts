// Runs after `next build`: prerendered pages without a client component of their own are served with no
// JavaScript (see scripts/lib/staticDocuments.ts for why). Prints what it changed.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import {
  isDocument,
  scriptSources,
  stripRuntime,
  withScriptsAfterFirstPaint,
  withServiceWorkerRegistration,
} from './lib/staticDocuments';
import { nonceRoutes } from '../lib/security/headers.mjs';

const appDir = path.resolve(process.argv[2] ?? '.next/server/app');
const layoutPage = path.join(appDir, '_not-found.html');
// Pages with client code whose first view is still served as a document. The self-check's first question is a
// plain form that posts to a server action (the no-JS path, tested end to end); the page that answers that
// post loads the wizard's code, so from the second question on the check runs in the browser.
const documentFirstViews = new Set(['check.html']);
// Pages that run the framework from the start, but whose server-rendered first view is complete: their scripts
// start once it is painted. The tracker's first view is its empty state and check-in form (its Save button
// waits for the code). Its inline starter needs a policy without nonces.
const scriptsAfterFirstPaint = new Set(['progress.html']);

const htmlFiles = readdirSync(appDir, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.html'))
  .sort();
if (!htmlFiles.includes('_not-found.html')) {
  process.stderr.write(`No ${path.relative(process.cwd(), layoutPage)}: run next build first.\n`);
  process.exit(1);
}
const layoutScripts = new Set(scriptSources(readFileSync(layoutPage, 'utf8')));

const kept: string[] = [];
const later: string[] = [];
let documents = 0;
let savedBytes = 0;
for (const file of htmlFiles) {
  const fullPath = path.join(appDir, file);
  const html = readFileSync(fullPath, 'utf8');
  const route = `/${file.replace(/\.html$/, '').replace(/(^|\/)index$/, '')}`;
  if (scriptsAfterFirstPaint.has(file)) {
    if (nonceRoutes.test(route)) throw new Error(`${route} allows only scripts with a nonce`);
    writeFileSync(fullPath, withScriptsAfterFirstPaint(html));
    later.push(file);
    continue;
  }
  if (!documentFirstViews.has(file) && !isDocument(html, layoutScripts)) {
    kept.push(file);
    continue;
  }
  // The booking pages' nonce policy would refuse a plain script, and they have nothing to keep offline.
  const stripped = nonceRoutes.test(route)
    ? stripRuntime(html)
    : withServiceWorkerRegistration(stripRuntime(html));
  savedBytes += gzipSync(html).length - gzipSync(stripped).length;
  writeFileSync(fullPath, stripped);
  documents += 1;
}

process.stdout.write(
  `Static documents: ${documents} pages served without JavaScript (HTML ${(savedBytes / 1024).toFixed(0)} kB gzip ` +
    `smaller in all); scripts after the first paint: ${later.join(', ') || 'none'}; kept their scripts: ` +
    `${kept.join(', ') || 'none'}\n`,
);
