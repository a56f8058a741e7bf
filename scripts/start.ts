// `npm start`: prepare the database, build when the code or the loaded
// catalog changed since the last build, then serve on PORT (default 3000).
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { prepareDatabase } from "./prepare-db";

const BUILD_INPUTS = ["app", "components", "lib", "public", "next.config.ts", "postcss.config.mjs", "tsconfig.json", "package-lock.json", "prisma/sqlite/schema.prisma"];
const STAMP_FILE = path.join(".next", "atlas-build-stamp");

function walk(p: string, out: string[]): void {
  if (!fs.existsSync(p)) return;
  const stat = fs.statSync(p);
  if (stat.isFile()) {
    out.push(p);
    return;
  }
  for (const name of fs.readdirSync(p).sort()) {
    if (p === "lib" && name === "generated") continue;
    walk(path.join(p, name), out);
  }
}

/** Identifies a build: the bytes of every build input plus the catalog it prerendered. */
export function buildStamp(catalogHash: string | null): string {
  const files: string[] = [];
  for (const input of BUILD_INPUTS) walk(input, files);
  const h = createHash("sha256");
  for (const f of files) h.update(f).update("\0").update(fs.readFileSync(f)).update("\0");
  h.update(`catalog:${catalogHash ?? "none"}`);
  return h.digest("hex");
}

export function buildIfStale(catalogHash: string | null): void {
  const stamp = buildStamp(catalogHash);
  const current = fs.existsSync(STAMP_FILE) ? fs.readFileSync(STAMP_FILE, "utf8") : null;
  if (current === stamp && fs.existsSync(path.join(".next", "BUILD_ID"))) {
    console.log("build: up to date");
    return;
  }
  console.log("build: code or catalog changed since the last build; running next build");
  const nextBin = path.join("node_modules", "next", "dist", "bin", "next");
  const run = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (run.status !== 0) throw new Error("next build failed");
  fs.writeFileSync(STAMP_FILE, stamp);
}

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
