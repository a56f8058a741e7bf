// `npm start` and `npm run build`. Plain JavaScript, because it must run where
// the TypeScript tools are not installed (after `npm prune --omit=dev`).
//   node server/launch.mjs build   builds the app and the server bundle (needs devDependencies)
//   node server/launch.mjs [args]  starts the last build; builds first when there is none or,
//                                  where the build tools are installed, when the code changed since
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

// Everything a build is made from; the catalog is not among them: it is loaded at start.
const BUILD_INPUTS = [
  "app",
  "components",
  "lib",
  "public",
  "server",
  "scripts/build.ts",
  "instrumentation.ts",
  "next.config.ts",
  "postcss.config.mjs",
  "tsconfig.json",
  "package-lock.json",
  "prisma/sqlite/schema.prisma",
];

const distDir = process.env.NEXT_DIST_DIR || ".next";
const stampFile = path.join(distDir, "atlas-build-stamp");
const serverBundle = path.join(distDir, "atlas-server", "start.mjs");
const tsx = path.join("node_modules", "tsx", "dist", "cli.mjs");

function walk(p, out) {
  if (!fs.existsSync(p)) return;
  if (fs.statSync(p).isFile()) return void out.push(p);
  for (const name of fs.readdirSync(p).sort()) {
    if (p === "lib" && name === "generated") continue;
    walk(path.join(p, name), out);
  }
}

/** Identifies a build by the bytes of every build input. */
function buildStamp() {
  const files = [];
  for (const input of BUILD_INPUTS) walk(input, files);
  const h = createHash("sha256");
  for (const f of files) h.update(f).update("\0").update(fs.readFileSync(f)).update("\0");
  return h.digest("hex");
}

function build() {
  const stamp = buildStamp();
  const run = spawnSync(process.execPath, [tsx, path.join("scripts", "build.ts")], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (run.status !== 0) {
    console.error("build failed");
    process.exit(run.status ?? 1);
  }
  fs.writeFileSync(stampFile, stamp);
}

const built = () => fs.existsSync(serverBundle) && fs.existsSync(path.join(distDir, "BUILD_ID"));
const canBuild = fs.existsSync(tsx);

if (process.argv[2] === "build") {
  build();
} else {
  if (!built()) {
    if (!canBuild) {
      console.error(`No build in ${distDir}/ and no build tools installed: run \`npm run build\` before removing devDependencies.`);
      process.exit(1);
    }
    console.log("build: none yet; building");
    build();
  } else if (canBuild) {
    const current = fs.existsSync(stampFile) ? fs.readFileSync(stampFile, "utf8") : null;
    if (current !== buildStamp()) {
      console.log("build: the code changed since the last build; building");
      build();
    }
  }
  // Before the bundle loads Next: Next picks its production runtime from NODE_ENV as it loads.
  process.env.NODE_ENV = "production";
  await import(pathToFileURL(path.resolve(serverBundle)).href);
}
