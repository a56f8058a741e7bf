// Builds the app when its inputs or the loaded catalog changed since the last build.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const BUILD_INPUTS = ["app", "instrumentation.ts", "components", "lib", "public", "next.config.ts", "postcss.config.mjs", "tsconfig.json", "package-lock.json", "prisma/sqlite/schema.prisma"];

function walk(p: string, out: string[]): void {
  if (!fs.existsSync(p)) return;
  if (fs.statSync(p).isFile()) {
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

export function buildIfStale(catalogHash: string | null, env: NodeJS.ProcessEnv = process.env): void {
  const distDir = env.NEXT_DIST_DIR || ".next";
  const stampFile = path.join(distDir, "atlas-build-stamp");
  const stamp = buildStamp(catalogHash);
  const current = fs.existsSync(stampFile) ? fs.readFileSync(stampFile, "utf8") : null;
  if (current === stamp && fs.existsSync(path.join(distDir, "BUILD_ID"))) {
    console.log("build: up to date");
    return;
  }
  console.log("build: code or catalog changed since the last build; running next build");
  const nextBin = path.join("node_modules", "next", "dist", "bin", "next");
  const run = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit", env: { ...env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (run.status !== 0) throw new Error("next build failed");
  fs.writeFileSync(stampFile, stamp);
}
