// `npm start`: prepare the database, build when the code or the loaded
// catalog changed since the last build, then serve on PORT (default 3000).
import { spawn } from "node:child_process";
import path from "node:path";
import { buildIfStale } from "./build-if-stale";
import { prepareDatabase } from "./prepare-db";

async function main(): Promise<void> {
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  const { catalogHash } = await prepareDatabase();
  buildIfStale(catalogHash);
  const port = process.env.PORT?.trim() || "3000";
  const nextBin = path.join("node_modules", "next", "dist", "bin", "next");
  const server = spawn(process.execPath, [nextBin, "start", "-p", port], { stdio: "inherit", env: process.env });
  for (const sig of ["SIGINT", "SIGTERM"] as const) process.on(sig, () => server.kill(sig));
  server.on("exit", (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
