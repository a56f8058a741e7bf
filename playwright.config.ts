import fs from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import {
  E2E_DB_FILE as DB_FILE,
  E2E_PORT as PORT,
  INERT_CATALOG_DIR,
  INERT_DB_FILE,
  INERT_DIST_DIR,
  INERT_PORT,
  INERT_REPORT_RATE_LIMIT,
} from "./tests/support/e2e-paths";

// Browser tests drive Debian's Chromium; Playwright never downloads a browser here.
function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].filter((p): p is string => Boolean(p));
  const found = candidates.find((p) => fs.existsSync(p));
  if (!found) {
    throw new Error(
      "No Chromium found for the browser tests. Install Debian's package (sudo apt-get install chromium) or set CHROMIUM_PATH to a Chromium binary.",
    );
  }
  return found;
}

const chrome = { ...devices["Desktop Chrome"], channel: undefined };
const tsx = "node node_modules/tsx/dist/cli.mjs";
// A fresh database; with `history`, an earlier catalog version and reports saved on it first (tests/support/seed-history.ts).
const fresh = (db: string, history = false) =>
  `rm -f ${db} ${db}-wal ${db}-shm && mkdir -p tests/.tmp && ${history ? `${tsx} tests/support/seed-history.ts && ` : ""}node server/launch.mjs`;

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [["list"]],
  timeout: 30_000,
  // Lazy chunks and hydration can take seconds on two busy cores.
  expect: { timeout: 15_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "off",
    launchOptions: {
      executablePath: chromiumPath(),
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost",
      ],
    },
  },
  // The hostile suite runs between a snapshot of the stored data and a check that it is unchanged,
  // before the tests that save reports, so their writes cannot blur that check.
  projects: [
    { name: "hostile-before", testMatch: /hostile\.before\.ts/ },
    { name: "hostile", testMatch: /hostile-.*\.spec\.ts/, dependencies: ["hostile-before"], use: chrome },
    { name: "hostile-after", testMatch: /hostile\.after\.ts/, dependencies: ["hostile"] },
    { name: "chromium", testIgnore: [/hostile/, /inert/], dependencies: ["hostile-after"], use: chrome },
    { name: "inert", testMatch: /inert.*\.spec\.ts/, use: { ...chrome, baseURL: `http://127.0.0.1:${INERT_PORT}` } },
  ],
  webServer: [
    // The app as a user gets it: `npm start` (migrate, load the catalog, build if stale, serve), on a
    // database that already kept one earlier catalog version, as after an upgrade.
    {
      command: fresh(DB_FILE, true),
      url: `http://127.0.0.1:${PORT}/api/v1/attributes`,
      // The specs save hundreds of reports from one address; the limit itself is tested on the second server.
      env: { PORT: String(PORT), DATABASE_URL: `file:./${DB_FILE}`, NEXT_TELEMETRY_DISABLED: "1", ATLAS_ACCESS_LOG: "0", ATLAS_REPORT_RATE_LIMIT: "100000" },
      timeout: 300_000,
      reuseExistingServer: false,
      stdout: "pipe",
      stderr: "pipe",
    },
    // A second app on a catalog full of HTML, script and Markdown payloads, with its own database and build folder.
    {
      command: fresh(INERT_DB_FILE),
      url: `http://127.0.0.1:${INERT_PORT}/api/v1/attributes`,
      // A low report limit, counted per X-Forwarded-For address as behind a proxy, so inert-writes.spec.ts can reach it.
      env: {
        PORT: String(INERT_PORT),
        DATABASE_URL: `file:./${INERT_DB_FILE}`,
        ATLAS_CATALOG_DIR: INERT_CATALOG_DIR,
        NEXT_DIST_DIR: INERT_DIST_DIR,
        NEXT_TELEMETRY_DISABLED: "1",
        ATLAS_ACCESS_LOG: "0",
        ATLAS_REPORT_RATE_LIMIT: String(INERT_REPORT_RATE_LIMIT),
        ATLAS_TRUST_PROXY: "1",
      },
      timeout: 300_000,
      reuseExistingServer: false,
      stdout: "pipe",
      stderr: "pipe",
    },
  ],
});
