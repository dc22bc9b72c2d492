// Import rules over files and folders, run by `npm run lint` (docs/architecture.md explains the layers).
// eslint checks single import lines; this checks the graph they make, so a cycle or a wrong arrow fails CI.

/**
 * The lib/ domain folders and the lib folders each may import (the target architecture). Only the direction
 * is enforced: an arrow AGAINST this table (X importing a folder that, following the table, reaches X) is an
 * error, as is any import from a folder listed with no arrows. Arrows between folders the table leaves
 * unordered (e.g. lib/mail and lib/clinic) and folders not listed at all (lib/search, lib/staff, new
 * ones) are allowed, and still caught by `no-folder-cycle` below if they close a cycle.
 */
const libArrows = {
  crypto: [],
  clinic: [],
  triage: [],
  text: [],
  server: ['crypto'],
  db: ['server', 'clinic'],
  mail: ['db', 'server'],
  rateLimit: ['db', 'server'],
  staff: ['db', 'crypto'],
  housekeeping: ['db', 'server'],
  content: ['triage', 'clinic', 'search'],
  progress: ['triage', 'booking'],
  schedule: ['db', 'clinic', 'crypto'],
  booking: ['db', 'mail', 'server', 'crypto', 'clinic', 'triage', 'schedule'],
  waitlist: ['booking', 'db', 'mail', 'server', 'crypto', 'clinic', 'schedule'],
  startup: ['server', 'db', 'mail', 'housekeeping', 'clinic', 'booking', 'waitlist'],
};

/** Folders that reach `folder` following the table (so `folder` must not import them). */
function reachingFolders(folder) {
  const found = new Set();
  const visit = (target) => {
    for (const [from, tos] of Object.entries(libArrows))
      if (tos.includes(target) && !found.has(from)) {
        found.add(from);
        visit(from);
      }
  };
  visit(folder);
  return [...found].filter((f) => f !== folder).sort();
}

// A table with a cycle in it would make the rules below contradict each other: refuse it when loading.
for (const [from, tos] of Object.entries(libArrows))
  if (tos.some((to) => to === from || reachingFolders(from).includes(to)))
    throw new Error(`.dependency-cruiser.cjs: libArrows has a cycle through lib/${from}`);

/** An error-level rule: `from` may not import `to`. */
const forbid = (name, comment, from, to, extra = {}) => ({
  name,
  comment,
  severity: 'error',
  from,
  to,
  ...extra,
});

const againstTheArrows = Object.keys(libArrows)
  .map((folder) => ({ folder, reaching: reachingFolders(folder) }))
  .filter(({ reaching }) => reaching.length > 0)
  .map(({ folder, reaching }) =>
    forbid(
      `lib-${folder}-arrows`,
      `lib/${folder} must not import ${reaching.map((f) => `lib/${f}`).join(', ')}: they depend on lib/${folder} (libArrows in .dependency-cruiser.cjs).`,
      { path: `^lib/${folder}/` },
      { path: `^lib/(${reaching.join('|')})/` },
    ),
  );

const leaves = Object.keys(libArrows).filter((folder) => libArrows[folder].length === 0);
const pure = { path: '^lib/(triage|booking/slots)/' };

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    forbid('no-circular', 'No import cycle between files.', {}, { circular: true }),
    // Why both this and the table: this rule holds for every folder pair (app/, components/ and any new lib
    // folder too) without anyone listing arrows, but dependency-cruiser links a folder to the exact folder of
    // the imported file, so lib/mail -> lib/booking/slots plus lib/booking -> lib/mail is no cycle to it. The
    // table rules match subfolders (`^lib/booking/` covers lib/booking/slots), so between the listed domains
    // a cycle through a subfolder fails too.
    forbid(
      'no-folder-cycle',
      'No import cycle between folders (e.g. lib/booking -> lib/mail -> lib/booking).',
      {},
      { circular: true },
      { scope: 'folder' },
    ),
    ...againstTheArrows,
    forbid(
      'lib-leaf',
      `lib/${leaves.join(', lib/')} import no other lib folder.`,
      { path: `^lib/(${leaves.join('|')})/` },
      { path: '^lib/[^/]+/', pathNot: '^lib/$1/' },
    ),
    forbid(
      'no-components-to-app',
      'Imports run app/ -> components/ -> lib/: a component gets server actions and data as props.',
      { path: '^components/' },
      { path: '^app/' },
    ),
    forbid(
      'no-components-to-db',
      'A component reads domain types (e.g. lib/booking/views, lib/waitlist), not the table layout in lib/db.',
      { path: '^components/' },
      { path: '^lib/db/' },
    ),
    forbid(
      'lib-no-ui',
      'lib/ holds logic only: no React, Next, app/ or components/.',
      { path: '^lib/' },
      { path: ['^(app|components)/', '(^|/)node_modules/(react|react-dom|next)/'] },
    ),
    forbid('pure-no-db-mail', 'lib/triage and lib/booking/slots decide: no database or mail.', pure, {
      path: '^lib/(db|mail)/',
    }),
    forbid('pure-no-node', 'lib/triage and lib/booking/slots decide: no node:* modules.', pure, {
      dependencyTypes: ['core'],
    }),
    forbid(
      'content-through-lib-content',
      'Content is read only through lib/content, so the content engine can be swapped in one place.',
      { pathNot: '^(lib/content|scripts)/' },
      { path: '(^|/)[.]?contentlayer/generated' },
    ),
    // Guards this file too: an alias that stopped resolving would make every path rule above pass silently.
    // contentlayer/generated exists only after `npm run content`, which CI runs after the lint step.
    forbid(
      'not-to-unresolvable',
      'Every import resolves (the @/ alias through tsconfig.json).',
      {},
      { couldNotResolve: true, pathNot: '^contentlayer/generated$' },
    ),
  ],
  options: {
    // Generated content is not followed but stays in the graph, so `content-through-lib-content` sees it.
    doNotFollow: { path: ['(^|/)node_modules/', '^[.]contentlayer/'] },
    exclude: { path: '^([.]next|[.]data|lib/db/migrations|lib/content/fixtures)/' },
    tsConfig: { fileName: 'tsconfig.json' },
    // Type-only imports count: a cycle through types still ties the folders together.
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.d.ts', '.mts', '.d.mts', '.js', '.mjs', '.cjs', '.jsx', '.json'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
