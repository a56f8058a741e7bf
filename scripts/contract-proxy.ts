// `npm run contract:proxy`: replays the API requests the browser tests sent
// through Prism, a contract proxy, in front of the app, and fails when Prism
// finds an answer that departs from the OpenAPI document.
//
// Record the requests first: E2E_RECORD_API=tests/.tmp/api-requests.jsonl npm run test:e2e
// The app is started on a copy of the browser tests' database, so the reports they saved exist.
// Prism is not a dependency: `npm exec` fetches it at the pinned version on first use
// (5.12.0, the newest whose packages still declare Node 20 support).
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { E2E_DB_FILE } from "@/tests/support/e2e-paths";
import type { RecordedRequest } from "@/tests/support/api-recording";
import { startApp, waitForServer } from "./bench/server";

const PRISM = "@stoplight/prism-cli@5.12.0";
const DIR = path.join("tests", ".tmp", "contract-proxy");
const APP_PORT = 3330;
const PRISM_PORT = 3331;
const PRISM_BASE = `http://127.0.0.1:${PRISM_PORT}`;
const REQUESTS = process.argv[2] ?? path.join("tests", ".tmp", "api-requests.jsonl");
// Hop-by-hop and framing headers belong to the recorded connection, not to the request.
const DROPPED = new Set(["host", "connection", "content-length", "transfer-encoding", "keep-alive", "accept-encoding"]);
const REQUEST_TIMEOUT_MS = 20_000;

/** Sends one recorded request as it was (any method, the path untouched); its status, or null when no answer came. */
function send(r: RecordedRequest, base = PRISM_BASE): Promise<number | null> {
  const body = r.body ? Buffer.from(r.body, "base64") : undefined;
  const headers = Object.fromEntries(Object.entries(r.headers).filter(([k]) => !DROPPED.has(k.toLowerCase()) && !k.startsWith(":")));
  return new Promise((resolve) => {
    const req = http.request(
      `${base}${r.url}`,
      { method: r.method, headers: body ? { ...headers, "content-length": body.length } : headers, timeout: REQUEST_TIMEOUT_MS },
      (res) => {
        res.resume();
        res.on("end", () => resolve(res.statusCode ?? null));
      },
    );
    req.on("timeout", () => req.destroy());
    req.on("error", () => resolve(null));
    req.end(body);
  });
}

const describe = (r: RecordedRequest) => `${r.method} ${r.url.length > 100 ? `${r.url.slice(0, 100)}…` : r.url}`;

const stripAnsi = (line: string) => line.replace(/\x1b\[[0-9;]*m/g, "");

/** Prism in proxy mode in front of `upstream`, its log lines collected into `log`. */
async function startPrism(upstream: string, log: string[]): Promise<ChildProcess> {
  const args = ["exec", "--yes", `--package=${PRISM}`, "--", "prism", "proxy", `${upstream}/api/v1/openapi.json`, upstream];
  const child = spawn("npm", [...args, "--host", "127.0.0.1", "--port", String(PRISM_PORT)], { stdio: ["ignore", "pipe", "ignore"], detached: true });
  child.stdout!.on("data", (chunk: Buffer) => log.push(...chunk.toString("utf8").split("\n").map(stripAnsi)));
  await waitForServer(`${PRISM_BASE}/api/health`);
  return child;
}

function stopPrism(child: ChildProcess): void {
  try {
    if (child.pid) process.kill(-child.pid, "SIGTERM");
  } catch {
    // already gone
  }
}

async function main(): Promise<void> {
  if (!fs.existsSync(REQUESTS)) throw new Error(`No recorded requests at ${REQUESTS}: run E2E_RECORD_API=${REQUESTS} npm run test:e2e first`);
  const requests = fs
    .readFileSync(REQUESTS, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as RecordedRequest);

  fs.rmSync(DIR, { recursive: true, force: true });
  fs.mkdirSync(DIR, { recursive: true });
  for (const suffix of ["", "-wal", "-shm"])
    if (fs.existsSync(E2E_DB_FILE + suffix)) fs.copyFileSync(E2E_DB_FILE + suffix, path.join(DIR, `atlas.db${suffix}`));
  // The suite saves hundreds of reports from one address; the limit is not what is checked here.
  const app = await startApp(DIR, APP_PORT, { ATLAS_REPORT_RATE_LIMIT: "1000000" });
  const log: string[] = [];
  let prism = await startPrism(app.base, log);
  try {
    const statuses = new Map<number, number>();
    const unrelayed: string[] = [];
    const serverErrors: string[] = [];
    for (const r of requests) {
      const status = await send(r);
      if (status !== null) {
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        // Whose 5xx: the same request straight to the app tells.
        if (status >= 500) serverErrors.push(`${describe(r)}: ${status} through Prism, ${(await send(r, app.base)) ?? "no answer"} from the app directly`);
        continue;
      }
      // Prism crashed or hung on this request: note it, and start a fresh one for the rest.
      unrelayed.push(`${describe(r)}: ${(await send(r, app.base)) ?? "no answer"} from the app directly`);
      stopPrism(prism);
      prism = await startPrism(app.base, log);
    }
    await new Promise((r) => setTimeout(r, 500));

    // Each "Request received" line opens a request; the violations logged after it are that request's.
    let current = "";
    const response: string[] = [];
    const request = new Map<string, number>();
    for (const line of log) {
      const opened = line.match(/\[HTTP SERVER\] (\S+) (\S+) .*Request received/);
      if (opened) current = `${opened[1]!.toUpperCase()} ${opened[2]}`;
      const violation = line.match(/Violation: (.*)$/)?.[1];
      if (violation?.startsWith("response")) response.push(`${current}: ${violation}`);
      else if (violation) request.set(violation, (request.get(violation) ?? 0) + 1);
    }

    const byStatus = [...statuses].sort(([a], [b]) => a - b).map(([s, n]) => `${s} ×${n}`);
    console.log(`Replayed ${requests.length} recorded requests through Prism (${PRISM}) in front of the app.`);
    console.log(`Answers by status: ${byStatus.join(", ")}`);
    console.log(`Request violations (the suite sends malformed requests on purpose):`);
    for (const [v, n] of [...request].sort((a, b) => b[1] - a[1])) console.log(`  ${n} × ${v}`);
    if (unrelayed.length)
      console.log(`Prism gave no answer to ${unrelayed.length} requests (it crashed or hung; restarted each time):\n  ${unrelayed.join("\n  ")}`);
    console.log(`5xx answers: ${serverErrors.length ? `\n  ${serverErrors.join("\n  ")}` : "none"}`);
    console.log(`Response violations: ${response.length}`);
    for (const v of response) console.log(`  ${v}`);
    if (response.length) process.exitCode = 1;
  } finally {
    stopPrism(prism);
    app.stop();
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
