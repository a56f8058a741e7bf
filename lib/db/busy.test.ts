import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createDb, type Db } from "@/lib/db/client";
import { DatabaseBusyError, isDatabaseBusy, retryWhileBusy, SQLITE_APP_BUSY_WAIT_MS } from "@/lib/db/busy";
import { createTestDb } from "@/tests/support/test-db";

// Another process's connection holding SQLite's write lock, as a backup tool or a second instance would.
describe("a write while another connection holds the SQLite write lock", () => {
  let url = "";
  let cleanup = async () => {};
  let app: Db;
  let other: Database.Database;
  beforeAll(async () => {
    const t = await createTestDb("sqlite");
    ({ url, cleanup } = t);
    app = createDb(url, { sqliteBusyWaitMs: SQLITE_APP_BUSY_WAIT_MS });
    other = new Database(url.slice("file:".length));
  });
  afterAll(async () => {
    other.close();
    await app.$disconnect();
    await cleanup();
  });

  const write = () => app.$executeRawUnsafe(`DELETE FROM "Report" WHERE 0`);

  test("is retried without blocking the event loop, and goes through once the lock is released", async () => {
    other.exec("BEGIN IMMEDIATE");
    const ticks: number[] = [];
    const ticker = setInterval(() => ticks.push(Date.now()), 20);
    setTimeout(() => other.exec("COMMIT"), 600);
    const started = Date.now();
    await retryWhileBusy(write);
    clearInterval(ticker);
    expect(Date.now() - started).toBeGreaterThanOrEqual(550);
    // The timer kept firing while the write waited: no gap anywhere near the wait itself.
    expect(ticks.length).toBeGreaterThan(10);
    const gaps = ticks.slice(1).map((t, i) => t - (ticks[i] ?? t));
    expect(Math.max(...gaps)).toBeLessThan(300);
  });

  test("gives up at the deadline with an error the API turns into 503", async () => {
    other.exec("BEGIN IMMEDIATE");
    try {
      const failure = await retryWhileBusy(write, 300).catch((e: unknown) => e);
      expect(failure).toBeInstanceOf(DatabaseBusyError);
      expect(isDatabaseBusy(failure)).toBe(true);
    } finally {
      other.exec("ROLLBACK");
    }
  });

  test("other errors are not retried", async () => {
    let calls = 0;
    await expect(
      retryWhileBusy(async () => {
        calls++;
        throw new Error("UNIQUE constraint failed");
      }),
    ).rejects.toThrow(/UNIQUE/);
    expect(calls).toBe(1);
  });
});
