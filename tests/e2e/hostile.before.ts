import fs from "node:fs";
import { expect, test } from "./fixtures";
import { E2E_DB_FILE, HOSTILE_STATE_FILE } from "../support/e2e-paths";
import { storedState } from "../support/stored-state";

// Runs before the hostile suite (playwright.config.ts project "hostile-before"): records what is stored.
test("record the stored reports and catalog version", async ({ request }) => {
  const health = (await (await request.get("/api/health")).json()) as { catalogVersion: string };
  const state = { ...storedState(E2E_DB_FILE), catalogVersion: health.catalogVersion };
  expect(state.catalogVersions.length).toBeGreaterThan(0);
  fs.writeFileSync(HOSTILE_STATE_FILE, JSON.stringify(state));
});
