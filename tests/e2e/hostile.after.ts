import fs from "node:fs";
import { expect, test } from "./fixtures";
import { E2E_DB_FILE, HOSTILE_STATE_FILE } from "../support/e2e-paths";
import { storedState } from "../support/stored-state";

// Runs after the hostile suite (project "hostile-after"), before any test that saves a report.
test("the hostile suite stored nothing and changed nothing", async ({ request }) => {
  const before = JSON.parse(fs.readFileSync(HOSTILE_STATE_FILE, "utf8")) as ReturnType<typeof storedState> & { catalogVersion: string };
  const health = (await (await request.get("/api/health")).json()) as { catalogVersion: string };
  expect({ ...storedState(E2E_DB_FILE), catalogVersion: health.catalogVersion }).toEqual(before);
});
