// The build behind `npm run build` (run through server/launch.mjs, which
// stamps it): Next's production build, then the server bundled into one file
// so `npm start` runs on plain Node with production dependencies only.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { build as bundle } from "esbuild";
import { prepareDatabase } from "@/server/prepare-db";

const distDir = process.env.NEXT_DIST_DIR || ".next";

/**
 * Pages are prerendered from a private SQLite database holding the catalog,
 * never the deployment's database: a build must not need it (a container
 * build has none), and each start revalidates the pages against it anyway.
 */
async function prerenderDatabase(): Promise<{ url: string; remove: () => void }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "atlas-build-"));
  const url = `file:${path.join(dir, "build.db")}`;
  process.env.DATABASE_URL = url;
  await prepareDatabase();
  return { url, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

async function main(): Promise<void> {
  const database = await prerenderDatabase();
  try {
    const nextBin = path.join("node_modules", "next", "dist", "bin", "next");
    const run = spawnSync(process.execPath, [nextBin, "build"], {
      stdio: "inherit",
      env: { ...process.env, DATABASE_URL: database.url, NEXT_TELEMETRY_DISABLED: "1" },
    });
    if (run.status !== 0) throw new Error("next build failed");
  } finally {
    database.remove();
  }
  // Dependencies stay external (production node_modules); only our TypeScript is compiled in.
  await bundle({
    entryPoints: ["server/start.ts"],
    outfile: path.join(distDir, "atlas-server", "start.mjs"),
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    tsconfig: "tsconfig.json",
    logLevel: "warning",
    // Bundled CommonJS-style code (the generated Prisma clients) may call require.
    banner: { js: "import { createRequire as __atlasCreateRequire } from 'node:module'; const require = __atlasCreateRequire(import.meta.url);" },
  });
  console.log(`build: server bundled into ${distDir}/atlas-server/start.mjs`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
