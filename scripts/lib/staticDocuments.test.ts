import { describe, expect, it } from 'vitest';
import {
  AFTER_FIRST_PAINT_TYPE,
  HELD_PREFIX,
  isDocument,
  scriptSources,
  stripRuntime,
  withScriptsAfterFirstPaint,
  withServiceWorkerRegistration,
} from './staticDocuments';

const page = [
  '<!DOCTYPE html><html><head><meta charSet="utf-8"/>',
  '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/runtime.js"/>',
  '<link rel="preload" href="/exercises/bridge.svg" as="image"/>',
  '<script src="/_next/static/chunks/runtime.js" async=""></script>',
  '<script src="/_next/static/chunks/polyfill.js" noModule=""></script>',
  '<title>Why your back hurts</title></head><body><main><h1>Why your back hurts</h1>',
  '<script type="application/ld+json">{"@type":"MedicalWebPage","name":"a </b> b"}</script>',
  '<a href="/check">Check</a></main>',
  '<script id="_R_">(globalThis.TURBOPACK||[]).push({})</script>',
  '<script>self.__next_f.push([1,"payload"])</script>',
  '<script type="module">import "/x.js"</script>',
  '</body></html>',
].join('');

describe('withServiceWorkerRegistration', () => {
  const document = withServiceWorkerRegistration(stripRuntime(page));

  it('adds the one plain registration script just before </body>', () => {
    expect(document.match(/<script(?![^>]*application\/ld\+json)[^>]*>/g)).toEqual([
      '<script src="/sw-register.js" defer="">',
    ]);
    expect(document.endsWith('<script src="/sw-register.js" defer=""></script></body></html>')).toBe(true);
  });

  it('adds it once, however often the build step runs', () => {
    expect(withServiceWorkerRegistration(document)).toBe(document);
  });

  it('refuses a page without a body to add it to', () => {
    expect(() => withServiceWorkerRegistration('<p>fragment</p>')).toThrow(/body/);
  });
});

describe('stripRuntime', () => {
  const stripped = stripRuntime(page);

  it('removes every executable script and script preload', () => {
    expect(stripped.match(/<script(?![^>]*application\/ld\+json)[^>]*>/g)).toBeNull();
    expect(stripped).not.toContain('as="script"');
    expect(stripped).not.toContain('__next_f');
    expect(stripped).not.toContain('TURBOPACK');
  });

  it('keeps structured data, styles, image preloads and content', () => {
    expect(stripped).toContain(
      '<script type="application/ld+json">{"@type":"MedicalWebPage","name":"a </b> b"}</script>',
    );
    expect(stripped).toContain('rel="stylesheet"');
    expect(stripped).toContain('as="image"');
    expect(stripped).toContain('<title>Why your back hurts</title>');
    expect(stripped).toContain('<a href="/check">Check</a>');
  });

  it('is idempotent', () => {
    expect(stripRuntime(stripped)).toBe(stripped);
  });

  it('refuses a page whose streamed content needs a script to appear', () => {
    expect(() => stripRuntime('<body><!--$?--><template id="B:0"></template><p>Loading</p></body>')).toThrow(
      /Suspense/,
    );
  });
});

describe('isDocument', () => {
  const layout = new Set(scriptSources(page));

  it('accepts a page that loads only what the root layout loads', () => {
    expect(isDocument(page, layout)).toBe(true);
    expect(isDocument('<html><body><p>No scripts</p></body></html>', layout)).toBe(true);
  });

  it('rejects a page with a client component chunk of its own', () => {
    const withIsland = page.replace(
      '</body>',
      '<script src="/_next/static/chunks/wizard.js" async=""></script></body>',
    );
    expect(isDocument(withIsland, layout)).toBe(false);
  });
});

describe('withScriptsAfterFirstPaint', () => {
  const later = withScriptsAfterFirstPaint(page);

  it('holds back every external script, keeping its file and attributes, and drops script preloads', () => {
    expect(later.match(/<script\b[^>]*\bsrc="[^"]*"[^>]*>/g)).toEqual([
      `<script type="${AFTER_FIRST_PAINT_TYPE}" data-held-src="/_next/static/chunks/runtime.js" data-held-async="">`,
      `<script type="${AFTER_FIRST_PAINT_TYPE}" data-held-src="/_next/static/chunks/polyfill.js" data-held-nomodule="">`,
    ]);
    expect(later).not.toContain('as="script"');
    expect(later).toContain('<link rel="preload" href="/exercises/bridge.svg" as="image"/>');
  });

  it('leaves each held script a valid data block: no src, async, nomodule or other fetch attribute (HTML)', () => {
    const dataBlocks = [...later.matchAll(/<script\b([^>]*)>/g)]
      .map((m) => m[1] ?? '')
      .filter((attributes) => attributes.includes(AFTER_FIRST_PAINT_TYPE));
    expect(dataBlocks).toHaveLength(2);
    for (const attributes of dataBlocks)
      expect(attributes.replace(/\s(type|data-[a-z-]+)(="[^"]*")?/g, '')).toBe('');
  });

  it('keeps inline scripts and data blocks in place', () => {
    expect(later).toContain('<script>self.__next_f.push([1,"payload"])</script>');
    expect(later).toContain('<script type="application/ld+json">');
    expect(later).toContain('<script type="module">import "/x.js"</script>');
  });

  it('starts the held scripts from the end of the body, after a frame, once however often it runs', () => {
    expect(later).toMatch(
      /<script>\(function\(\)\{[^<]*first-contentful-paint[^<]*<\/script><\/body><\/html>$/,
    );
    expect(later).toContain(`script[type="${AFTER_FIRST_PAINT_TYPE}"]`);
    expect(withScriptsAfterFirstPaint(later)).toBe(later);
  });

  it('refuses a page without a body', () => {
    expect(() => withScriptsAfterFirstPaint('<p>fragment</p>')).toThrow(/body/);
  });
});

describe('withScriptsAfterFirstPaint in a browser-like DOM', () => {
  const starter = /<script>([^<]*)<\/script><\/body>/.exec(withScriptsAfterFirstPaint(page))?.[1] ?? '';

  function browser({ paintReported }: { paintReported: boolean }) {
    const created: Record<string, string>[] = [];
    const held = [
      {
        attributes: [
          { name: 'type', value: AFTER_FIRST_PAINT_TYPE },
          { name: `${HELD_PREFIX}src`, value: '/a.js' },
          { name: `${HELD_PREFIX}async`, value: '' },
          { name: 'data-other', value: 'x' },
        ],
      },
    ];
    const document = {
      querySelectorAll: () => held,
      createElement: () => {
        const attributes: Record<string, string> = {};
        created.push(attributes);
        return { setAttribute: (name: string, value: string) => (attributes[name] = value) };
      },
      body: { appendChild: () => undefined },
    };
    let onPaint: (() => void) | undefined;
    let onLoad: (() => void) | undefined;
    class PerformanceObserver {
      constructor(private callback: (list: { getEntriesByName: (n: string) => unknown[] }) => void) {}
      observe() {
        onPaint = () =>
          this.callback({ getEntriesByName: (n) => (n === 'first-contentful-paint' ? [{}] : []) });
      }
    }
    const timers: (() => void)[] = [];
    new Function('document', 'PerformanceObserver', 'setTimeout', 'addEventListener', starter)(
      document,
      paintReported ? PerformanceObserver : undefined,
      (callback: () => void) => timers.push(callback),
      (type: string, callback: () => void) => type === 'load' && (onLoad = callback),
    );
    const flush = () => timers.splice(0).forEach((t) => t());
    return { created, paint: () => onPaint?.(), load: () => onLoad?.(), flush };
  }

  it('starts nothing before the first contentful paint, then each held script once, without its type', () => {
    const b = browser({ paintReported: true });
    b.flush();
    expect(b.created).toEqual([]);
    b.paint();
    b.flush();
    b.load();
    b.flush();
    expect(b.created).toEqual([{ src: '/a.js', async: '' }]);
  });

  it('starts after the load event where the browser does not report paints', () => {
    const b = browser({ paintReported: false });
    b.flush();
    expect(b.created).toEqual([]);
    b.load();
    b.flush();
    expect(b.created).toEqual([{ src: '/a.js', async: '' }]);
  });
});
