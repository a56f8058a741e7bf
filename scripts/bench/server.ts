// Starts the production app for a benchmark on its own database, and stops it.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

// A first start may migrate, load and build before it listens: allow ten minutes.
export async function waitForServer(url: string, tries = 1200): Promise<void> {
  for (let i = 0; i < tries; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`server did not answer at ${url}`);
}

/** Runs `npm start` (database, build when stale, the app's own server with its headers) on `port`. */
export async function startApp(dir: string, port: number, extraEnv: Record<string, string> = {}): Promise<{ base: string; stop: () => void }> {
  fs.mkdirSync(dir, { recursive: true });
  const env = {
    ...process.env,
    PORT: String(port),
    ATLAS_ACCESS_LOG: "0",
    DATABASE_URL: `file:${path.resolve(dir, "atlas.db")}`,
    NEXT_TELEMETRY_DISABLED: "1",
    ...extraEnv,
  };
  const child: ChildProcess = spawn(process.execPath, [path.join("server", "launch.mjs")], { env, stdio: ["ignore", "inherit", "inherit"] });
  const base = `http://127.0.0.1:${port}`;
  await waitForServer(`${base}/api/v1/attributes`);
  return { base, stop: () => child.kill("SIGTERM") };
}

export function chromiumPath(): string {
  const found = [process.env.CHROMIUM_PATH, "/usr/bin/chromium"].find((p) => p && fs.existsSync(p));
  if (!found) throw new Error("No Chromium: apt-get install chromium, or set CHROMIUM_PATH");
  return found;
}
