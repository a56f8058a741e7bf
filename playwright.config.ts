import fs from "node:fs";
import { defineConfig, devices } from "@playwright/test";

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

const PORT = Number(process.env.E2E_PORT ?? 3210);
const DB_FILE = "tests/.tmp/e2e.db";

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
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  // The app as a user gets it: `npm start` on a fresh database (migrate, load the catalog, build if stale, serve).
  webServer: {
    command: `rm -f ${DB_FILE} ${DB_FILE}-wal ${DB_FILE}-shm && mkdir -p tests/.tmp && node node_modules/tsx/dist/cli.mjs scripts/start.ts`,
    url: `http://127.0.0.1:${PORT}/api/v1/attributes`,
    env: { PORT: String(PORT), DATABASE_URL: `file:./${DB_FILE}`, NEXT_TELEMETRY_DISABLED: "1" },
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
  },
});
