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
  server: ['crypto'],
  db: ['server'],
  mail: ['db', 'server'],
  housekeeping: ['db'],
  triage: [],
  content: ['triage'],
  booking: ['db', 'mail', 'server', 'crypto', 'clinic', 'triage'],
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

const againstTheArrows = Object.keys(libArrows)
  .map((folder) => ({ folder, reaching: reachingFolders(folder) }))
  .filter(({ reaching }) => reaching.length > 0)
  .map(({ folder, reaching }) => ({
    name: `lib-${folder}-arrows`,
    comment: `lib/${folder} must not import ${reaching.map((f) => `lib/${f}`).join(', ')}: they depend on lib/${folder} (libArrows in .dependency-cruiser.cjs).`,
    severity: 'error',
    from: { path: `^lib/${folder}/` },
    to: { path: `^lib/(${reaching.join('|')})/` },
  }));

const leaves = Object.keys(libArrows).filter((folder) => libArrows[folder].length === 0);

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'No import cycle between files.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      // Why both this and the table: this rule holds for every folder pair (app/, components/ and any new
      // lib folder too) without anyone listing arrows, but dependency-cruiser links a folder to the exact
      // folder of the imported file, so lib/mail -> lib/booking/slots and lib/booking -> lib/mail is not a
      // cycle here. The table rules match subfolders (`^lib/booking/` covers lib/booking/slots), so
      // between the listed domains a cycle through a subfolder fails too.
      name: 'no-folder-cycle',
      comment: 'No import cycle between folders (e.g. lib/booking -> lib/mail -> lib/booking).',
      severity: 'error',
      scope: 'folder',
      from: {},
      to: { circular: true },
    },
    ...againstTheArrows,
    {
      name: 'lib-leaf',
      comment: `lib/${leaves.join(', lib/')} import no other lib folder.`,
      severity: 'error',
      from: { path: `^lib/(${leaves.join('|')})/` },
      to: { path: '^lib/[^/]+/', pathNot: '^lib/$1/' },
    },
    {
      name: 'no-components-to-app',
      comment: 'Imports run app/ -> components/ -> lib/: a component gets server actions and data as props.',
      severity: 'error',
      from: { path: '^components/' },
      to: { path: '^app/' },
    },
    {
      name: 'lib-no-ui',
      comment: 'lib/ holds logic only: no React, Next, app/ or components/.',
      severity: 'error',
      from: { path: '^lib/' },
      to: { path: ['^(app|components)/', '(^|/)node_modules/(react|react-dom|next)/'] },
    },
    {
      name: 'pure-decisions',
      comment: 'lib/triage and lib/booking/slots decide things: no database, mail or node:* I/O.',
      severity: 'error',
      from: { path: '^lib/(triage|booking/slots)/' },
      to: { path: '^lib/(db|mail)/' },
    },
    {
      name: 'pure-decisions-no-node',
      comment: 'lib/triage and lib/booking/slots decide things: no node:* modules.',
      severity: 'error',
      from: { path: '^lib/(triage|booking/slots)/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'content-through-lib-content',
      comment: 'Content is read only through lib/content, so the content engine can be swapped in one place.',
      severity: 'error',
      from: { pathNot: '^(lib/content|scripts)/' },
      to: { path: '(^|/)[.]?contentlayer/generated' },
    },
    {
      // Guards this file too: an alias that stopped resolving would make every path rule above pass silently.
      // contentlayer/generated exists only after `npm run content`, which CI runs after the lint step.
      name: 'not-to-unresolvable',
      comment: 'Every import resolves (the @/ alias through tsconfig.json).',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true, pathNot: '^contentlayer/generated$' },
    },
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
