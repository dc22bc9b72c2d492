// Pages with no client component of their own (articles, exercises, topics, trust pages) are documents: every
// link and form on them works as plain HTML (the no-JS e2e project proves it), so the React/Next runtime they
// would otherwise load, about 136 kB gzip, buys a reader nothing but a slower page. After `next build` we take
// that runtime out of their prerendered HTML. Pages that do load code of their own (the self-check) keep it.

const scriptElement = /<script\b([^>]*)>[\s\S]*?<\/script>/g;
const scriptPreload = /<link\b(?=[^>]*\brel="preload")(?=[^>]*\bas="script")[^>]*\/?>/g;
const modulePreload = /<link\b(?=[^>]*\brel="modulepreload")[^>]*\/?>/g;
const scriptSource = /<script\b[^>]*\bsrc="([^"]+)"/g;

/**
 * The offline service worker's registration (public/sw-register.js): a small plain file, not the React runtime,
 * so a document still costs no framework start-up, and an article read once stays readable without a
 * connection. Documents get it here, after the build; pages that run the runtime register from their own code
 * (the tracker) or not at all. It is not in the root layout because booking and staff pages allow only scripts
 * carrying their per-request nonce.
 */
const SW_REGISTER_SRC = '/sw-register.js';
const registration = `<script src="${SW_REGISTER_SRC}" defer=""></script>`;

/** JSON-LD and other data blocks are never executed, so they stay. */
function isDataBlock(attributes: string): boolean {
  const type = /\btype="([^"]*)"/.exec(attributes)?.[1]?.toLowerCase();
  return type !== undefined && type !== 'module' && !type.includes('javascript');
}

/** The external scripts a page loads, in document order. */
export function scriptSources(html: string): string[] {
  return [...html.matchAll(scriptSource)].map((m) => m[1] ?? '');
}

/**
 * A page is a document when every script it loads is also loaded by the bare root layout (the not-found
 * page): it then has no client component of its own, only the framework runtime.
 */
export function isDocument(html: string, layoutScripts: ReadonlySet<string>): boolean {
  return scriptSources(html).every((src) => layoutScripts.has(src));
}

/**
 * The page without executable scripts or script preloads. Throws when the HTML still waits on a script to
 * reveal streamed content (an unresolved Suspense boundary), because without the script that content would
 * stay hidden.
 */
export function stripRuntime(html: string): string {
  if (/<!--\$\?-->|<template id="B:/.test(html)) {
    throw new Error('the page has a streamed Suspense boundary that only a script can reveal');
  }
  return html
    .replace(scriptElement, (element, attributes: string) => (isDataBlock(attributes) ? element : ''))
    .replace(scriptPreload, '')
    .replace(modulePreload, '');
}

/** The document with the service worker's registration before `</body>`, once. */
export function withServiceWorkerRegistration(html: string): string {
  if (html.includes(registration)) return html;
  const end = html.lastIndexOf('</body>');
  if (end < 0) throw new Error('the page has no </body> to add the service worker registration to');
  return `${html.slice(0, end)}${registration}${html.slice(end)}`;
}

/**
 * Scripts held back by `withScriptsAfterFirstPaint`: a type no browser runs, so each is an inert data block
 * that still names its file (the service worker reads `src="..."` to keep the tracker's code offline, and the
 * JavaScript budget counts it).
 */
export const AFTER_FIRST_PAINT_TYPE = 'text/x-after-first-paint';
/**
 * HTML forbids src, async, nomodule and the other fetch attributes on a data block (18 validator errors on
 * /progress), so a held script keeps each attribute under this prefix, and the starter puts them back.
 */
export const HELD_PREFIX = 'data-held-';
const attribute = /\s+([^\s=]+)(="[^"]*")?/g;

function heldScript(attributes: string): string {
  const kept = attributes.replace(
    attribute,
    (_, name: string, value: string | undefined) => ` ${HELD_PREFIX}${name.toLowerCase()}${value ?? ''}`,
  );
  return `<script type="${AFTER_FIRST_PAINT_TYPE}"${kept}></script>`;
}
// Runs at the end of the body. It waits for the browser's own report of the first contentful paint (a frame
// callback alone ran before a late paint on a busy machine), or, where that report is missing, for a second
// after the load event. Each held script then becomes a real one with its own attributes back (src, async,
// noModule), as the framework expects.
const starter =
  `<script>(function(){var started=false;function start(){if(started)return;started=true;` +
  `document.querySelectorAll('script[type="${AFTER_FIRST_PAINT_TYPE}"]').forEach(function(held){` +
  `var s=document.createElement('script');` +
  `Array.prototype.forEach.call(held.attributes,function(a){` +
  `if(a.name.indexOf('${HELD_PREFIX}')===0)s.setAttribute(a.name.slice(${HELD_PREFIX.length}),a.value)});` +
  `document.body.appendChild(s)})}` +
  `try{new PerformanceObserver(function(list){if(list.getEntriesByName('first-contentful-paint').length)setTimeout(start)})` +
  `.observe({type:'paint',buffered:true})}catch(e){}` +
  `addEventListener('load',function(){setTimeout(start,1000)})})()</script>`;

/**
 * The page with its external scripts started only once its server-rendered first view is on screen. A page
 * whose scripts are requested with the HTML shares the first moments of a slow connection with them, and
 * Lighthouse counts their download and start-up into the Largest Contentful Paint even when the largest text
 * needs none of them. Inline scripts (the framework's payload) stay where they are: they only store data.
 */
export function withScriptsAfterFirstPaint(html: string): string {
  if (html.includes(starter)) return html;
  const end = html.lastIndexOf('</body>');
  if (end < 0) throw new Error('the page has no </body> to start its scripts from');
  const held = html
    .slice(0, end)
    .replace(scriptElement, (element, attributes: string) =>
      isDataBlock(attributes) || !/\bsrc="/.test(attributes) ? element : heldScript(attributes),
    )
    .replace(scriptPreload, '')
    .replace(modulePreload, '');
  return `${held}${starter}${html.slice(end)}`;
}
