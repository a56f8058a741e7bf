import Database from "better-sqlite3";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createDb, type Db } from "@/lib/db/client";

const MIGRATIONS = path.resolve("prisma/sqlite/migrations");

/** A fresh SQLite file with the committed migrations applied, as `migrate deploy` would. */
export function createTestDb(): { db: Db; file: string; cleanup: () => Promise<void> } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "atlas-db-"));
  const file = path.join(dir, "test.db");
  const raw = new Database(file);
  for (const m of fs.readdirSync(MIGRATIONS).filter((d) => fs.statSync(path.join(MIGRATIONS, d)).isDirectory()).sort()) {
    raw.exec(fs.readFileSync(path.join(MIGRATIONS, m, "migration.sql"), "utf8"));
  }
  raw.close();
  const db = createDb(`file:${file}`);
  return {
    db,
    file,
    cleanup: async () => {
      await db.$disconnect();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
