// The server entry, bundled by `npm run build` and started by server/launch.mjs:
// migrate the database and load the catalog, serve on PORT (default 3000),
// and re-render the pages whenever the loaded catalog version changes.
// `--prepare-only` migrates and loads, then exits (a separate release step).
import { createDb } from "../lib/db/client";
import { currentCatalogHash } from "../lib/catalog/load";
import { prepareDatabase } from "./prepare-db";
import { serve } from "./serve";
import { catalogPollSeconds, watchCatalog } from "./catalog-watch";

async function main(): Promise<void> {
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  const { catalogHash } = await prepareDatabase();
  if (process.argv.includes("--prepare-only")) return;
  const port = Number(process.env.PORT?.trim() || "3000");
  const { server, revalidatePages } = await serve(port);
  const db = createDb();
  const watcher = watchCatalog({
    initial: catalogHash,
    currentHash: () => currentCatalogHash(db),
    onChange: revalidatePages,
    intervalMs: catalogPollSeconds() * 1000,
  });
  for (const sig of ["SIGINT", "SIGTERM"] as const) {
    process.on(sig, () => {
      watcher.stop();
      server.close(() => process.exit(0));
      server.closeAllConnections();
    });
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
