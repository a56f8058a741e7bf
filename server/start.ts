// `npm start`: prepare the database, build when the code or the loaded
// catalog changed since the last build, then serve on PORT (default 3000).
import { buildIfStale } from "../scripts/build-if-stale";
import { prepareDatabase } from "./prepare-db";

async function main(): Promise<void> {
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  const { catalogHash } = await prepareDatabase();
  buildIfStale(catalogHash);
  Object.assign(process.env, { NODE_ENV: "production" });
  const port = Number(process.env.PORT?.trim() || "3000");
  // Imported only now: loading Next selects its production runtime from NODE_ENV.
  const { serve } = await import("./serve");
  const server = await serve(port);
  for (const sig of ["SIGINT", "SIGTERM"] as const) process.on(sig, () => {
      server.close(() => process.exit(0));
      server.closeAllConnections();
    });
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
