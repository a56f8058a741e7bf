import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { databaseUrl } from "./lib/db/url";
import { getDatabaseProvider } from "./lib/db/provider";
import { cliPostgresAdapter } from "./lib/db/pg-cli-adapter";

// Prisma 6.19 with a driver adapter runs the CLI without downloading an engine.
// DATABASE_URL's scheme picks the schema, migrations and adapter (SQLite by default).
const url = databaseUrl();
const provider = getDatabaseProvider(url);

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", provider, "schema.prisma"),
  migrations: { path: path.join("prisma", provider, "migrations") },
  async adapter() {
    return provider === "postgresql" ? cliPostgresAdapter(url) : new PrismaBetterSQLite3({ url });
  },
});
