// Files the Playwright run shares between its config and its tests.
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3210);
export const E2E_DB_FILE = "tests/.tmp/e2e.db";
export const HOSTILE_STATE_FILE = `tests/.tmp/hostile-state-${E2E_PORT}.json`;
/** The second server: the payload fixture catalog, its own database and build folder. */
export const INERT_PORT = E2E_PORT + 1;
export const INERT_DB_FILE = `tests/.tmp/inert-${E2E_PORT}.db`;
export const INERT_DIST_DIR = ".next-inert";
export const INERT_CATALOG_DIR = "tests/fixtures/catalog-payloads";
/** Report saves per minute per address on the second server, low enough for a test to reach. */
export const INERT_REPORT_RATE_LIMIT = 5;
