import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

// Per import line, for the editor; .dependency-cruiser.cjs (also in `npm run lint`) checks the whole graph.
const logicOnly = {
  group: ['react', 'react-dom', '@/app/*', '@/components/*', 'next/*'],
  message: 'lib/ holds logic only: no React, app or components.',
};
const pure = {
  group: ['**/db', '**/db/*', '**/mail', '**/mail/*', 'node:*'],
  message: 'Decision logic is pure: no database, mail or I/O.',
};

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      'no-console': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
    },
  },
  {
    files: ['lib/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [logicOnly] }] },
  },
  {
    // A later config replaces the rule's options instead of adding to them: repeat lib/'s pattern here.
    files: ['lib/triage/**/*.ts', 'lib/booking/slots/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [logicOnly, pure] }] },
  },
  globalIgnores([
    '.next/**',
    '.contentlayer/**',
    'node_modules/**',
    'next-env.d.ts',
    'test-results/**',
    'playwright-report/**',
    '.data/**',
    'lib/db/migrations/**',
  ]),
]);
