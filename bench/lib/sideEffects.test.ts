import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// No static import of bench/lib here: each module is imported below, after the listeners are counted.
const signals = ['exit', 'SIGINT', 'SIGTERM', 'SIGHUP'] as const;
const listeners = () => signals.map((s) => process.listenerCount(s));
// A path vite does not try to resolve at transform time: the list is read from the folder at run time.
const load = (file: string): Promise<unknown> =>
  import(/* @vite-ignore */ path.join(import.meta.dirname, file));

describe('bench/lib', () => {
  it('installs no process handler on import: only installCleanupHandlers() does, once', async () => {
    const before = listeners();
    const modules = readdirSync(import.meta.dirname).filter(
      (f) => f.endsWith('.ts') && !f.endsWith('.test.ts'),
    );
    expect(modules).toContain('cleanup.ts');
    for (const file of modules) await load(file);
    expect(listeners()).toEqual(before);

    const { installCleanupHandlers } = await import('./cleanup');
    installCleanupHandlers();
    installCleanupHandlers();
    expect(listeners()).toEqual(before.map((n) => n + 1));
  });
});
