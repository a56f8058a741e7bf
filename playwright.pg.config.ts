import { defineConfig } from "@playwright/test";
import base from "./playwright.config";
import { testPostgresUrl, withDatabase } from "./tests/support/pg";

// The API and history specs again, against `npm start` on a fresh PostgreSQL database that kept one earlier catalog version.
// Runs only when TEST_POSTGRES_URL is set (run with --pass-with-no-tests).
const pgBase = testPostgresUrl();
const PORT = Number(process.env.E2E_PG_PORT ?? Number(process.env.E2E_PORT ?? 3210) + 1);
const dbUrl = pgBase ? withDatabase(pgBase, `${decodeURIComponent(new URL(pgBase).pathname.slice(1))}_e2e`) : "";
const tsx = "node node_modules/tsx/dist/cli.mjs";

export default defineConfig({
  ...base,
  // One project of its own: the base config's projects (hostile, inert) need servers this run does not start.
  projects: [
    {
      name: "postgresql",
      testMatch: pgBase ? ["api.spec.ts", "reports-api.spec.ts", "reports-concurrency.spec.ts", "changes.spec.ts"] : /^$/,
      use: { ...base.use, baseURL: `http://127.0.0.1:${PORT}` },
    },
  ],
  webServer: pgBase
    ? {
        command: `${tsx} tests/support/reset-pg-e2e.ts && ${tsx} tests/support/seed-history.ts && node server/launch.mjs`,
        url: `http://127.0.0.1:${PORT}/api/v1/attributes`,
        env: { PORT: String(PORT), DATABASE_URL: dbUrl, TEST_POSTGRES_URL: pgBase, NEXT_TELEMETRY_DISABLED: "1", ATLAS_REPORT_RATE_LIMIT: "100000" },
        timeout: 300_000,
        reuseExistingServer: false,
        stdout: "pipe",
        stderr: "pipe",
      }
    : undefined,
});
