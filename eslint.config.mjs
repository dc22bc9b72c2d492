import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

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
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', '@/app/*', '@/components/*', 'next/*'],
              message: 'lib/ holds logic only: no React, app or components.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['lib/triage/**/*.ts', 'lib/booking/slots/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/db', '**/db/*', '**/mail', '**/mail/*', 'node:*', 'react'],
              message: 'Decision logic is pure: no database, mail or I/O.',
            },
          ],
        },
      ],
    },
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
