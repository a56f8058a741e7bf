// Loads a catalog into DATABASE_URL from a separate process and prints the
// outcome as JSON: lets tests race two loaders as two app instances would
// (better-sqlite3 is synchronous, so two connections in one process cannot).
import { loadCatalog } from "@/lib/catalog/load";
import { readCatalog } from "@/lib/catalog/read";
import { createDb } from "@/lib/db/client";

const read = readCatalog(process.argv[2] ?? "tests/fixtures/catalog");
if (!read.ok) throw new Error("invalid catalog");
const db = createDb(process.env.DATABASE_URL);
loadCatalog(db, read.catalog)
  .then((o) => console.log(JSON.stringify({ changed: o.changed })))
  .finally(() => db.$disconnect());
