// Writes the manifest's PNG icons (scripts/lib/appIcon.ts) to public/icons. Run after changing the icon's shapes:
// `npm run icons`; the files are committed, so the build does not draw them each time.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { encodePng, renderIcon } from './lib/appIcon';

const dir = path.resolve('public/icons');
mkdirSync(dir, { recursive: true });
for (const size of [192, 512])
  for (const maskable of [false, true]) {
    const file = path.join(dir, `${maskable ? 'maskable' : 'icon'}-${size}.png`);
    writeFileSync(file, encodePng(size, size, renderIcon(size, { maskable })));
    process.stdout.write(`${path.relative(process.cwd(), file)}\n`);
  }
