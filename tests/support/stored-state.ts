import { createHash } from "node:crypto";
import Database from "better-sqlite3";

/** What the hostile suite must leave unchanged: every stored report and the catalog versions. */
export function storedState(dbFile: string): { reports: Record<string, string>; catalogVersions: string[] } {
  const db = new Database(dbFile, { readonly: true, fileMustExist: true });
  try {
    const rows = db.prepare("SELECT id, snapshot FROM Report ORDER BY id").all() as { id: string; snapshot: string }[];
    const versions = db.prepare("SELECT hash FROM CatalogVersion ORDER BY id").all() as { hash: string }[];
    return {
      reports: Object.fromEntries(rows.map((r) => [r.id, createHash("sha256").update(r.snapshot).digest("hex")])),
      catalogVersions: versions.map((v) => v.hash),
    };
  } finally {
    db.close();
  }
}
