import { existsSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';

// Debian's Chromium where Playwright's own browser cannot be downloaded (CI, this machine); Playwright's
// bundled browser everywhere else.
const systemChromium = '/usr/bin/chromium';
const useSystemChromium = existsSync(systemChromium) && !process.env.PLAYWRIGHT_USE_BUNDLED;

const port = Number(process.env.E2E_PORT ?? 3100 + Math.floor(Math.random() * 800));
const baseURL = process.env.E2E_BASE_URL ?? `http://127.0.0.1:${port}`;
const dataDir = process.env.E2E_DATA_DIR ?? mkdtempSync(path.join(os.tmpdir(), 'backwise-e2e-'));
process.env.E2E_DATA_DIR = dataDir;
process.env.E2E_PORT = String(port);

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  // Generous: a journey test makes a dozen server round trips, each checked with axe, on a 2-core machine.
  timeout: 90_000,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  // The ten slowest files, so the CI log shows where the 25-minute budget goes as tests are added.
  reportSlowTests: { max: 10, threshold: 60_000 },
  use: {
    baseURL,
    // Recording a trace costs CPU on every test; CI records only the retry of a failed test (still one trace
    // to read for any failure), which leaves what is tested unchanged.
    trace: process.env.CI ? 'on-first-retry' : 'retain-on-failure',
    launchOptions: useSystemChromium
      ? {
          executablePath: systemChromium,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--no-first-run',
          ],
        }
      : {},
  },
  projects: [
    { name: 'chromium', use: { ...devices['Desktop Chrome'] }, testIgnore: /lighthouse\.spec\.ts/ },
    {
      name: 'no-js',
      use: { ...devices['Desktop Chrome'], javaScriptEnabled: false },
      grep: /@nojs/,
      testIgnore: /lighthouse\.spec\.ts/,
    },
    // Lighthouse measures speed, so it waits until the other projects are done and runs alone;
    // `npm run audit:lighthouse` runs only it.
    { name: 'lighthouse', testMatch: /lighthouse\.spec\.ts/, dependencies: ['chromium', 'no-js'] },
  ],
  webServer: process.env.E2E_BASE_URL
    ? undefined
    : {
        // A production build on a throwaway data folder; E2E_SKIP_BUILD reuses an existing .next.
        // The server's output is also kept in the data folder, so a test can show answers never reach the logs.
        command: `${process.env.E2E_SKIP_BUILD ? 'npx next start' : 'npm run build && npx next start'} 2>&1 | tee "${path.join(dataDir, 'server.log')}"`,
        url: `${baseURL}/api/health`,
        timeout: 300_000,
        reuseExistingServer: false,
        stdout: 'pipe',
        stderr: 'pipe',
        env: {
          PORT: String(port),
          HOSTNAME: '127.0.0.1',
          DATA_DIR: dataDir,
          SITE_URL: baseURL,
          NEXT_TELEMETRY_DISABLED: '1',
          APP_ENV: 'development',
          BOOKING_RATE_LIMIT: '1000',
          // Specs share this server and book with a handful of addresses; e2e/abuse.spec.ts runs the defaults.
          MAIL_DAILY_CAP: '1000',
          PER_EMAIL_DAILY_LIMIT: '1000',
          CHANGE_DAILY_LIMIT: '1000',
          ADMIN_PASSWORD: 'e2e-staff-password-123',
          FORM_MIN_FILL_MS: '800',
        },
      },
});
