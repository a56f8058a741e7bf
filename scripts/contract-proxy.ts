// `npm run contract:proxy`: replays the API requests the browser tests sent
// through Prism, a contract proxy, in front of the app, and fails when Prism
// finds an answer that departs from the OpenAPI document.
//
// Record the requests first: E2E_RECORD_API=tests/.tmp/api-requests.jsonl npm run test:e2e
// The app is started on a copy of the browser tests' database, so the reports they saved exist.
// Prism is not a dependency: `npm exec` fetches it at the pinned version on first use
// (5.12.0, the newest whose packages still declare Node 20 support).
import { spawn } from "node:child_process";
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
const REQUESTS = process.argv[2] ?? path.join("tests", ".tmp", "api-requests.jsonl");
// Hop-by-hop and framing headers belong to the recorded connection, not to the request.
const DROPPED = new Set(["host", "connection", "content-length", "transfer-encoding", "keep-alive", "accept-encoding"]);

/** Sends one recorded request as it was (any method, the path untouched) and waits for the whole answer. */
function send(base: string, r: RecordedRequest): Promise<number> {
  const body = r.body ? Buffer.from(r.body, "base64") : undefined;
  const headers = Object.fromEntries(Object.entries(r.headers).filter(([k]) => !DROPPED.has(k.toLowerCase()) && !k.startsWith(":")));
  return new Promise((resolve, reject) => {
    const req = http.request(`${base}${r.url}`, { method: r.method, headers: body ? { ...headers, "content-length": body.length } : headers }, (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode ?? 0));
    });
    req.on("error", reject);
    req.end(body);
  });
}

const stripAnsi = (line: string) => line.replace(/\x1b\[[0-9;]*m/g, "");

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
  const prism = spawn(
    "npm",
    [
      "exec",
      "--yes",
      `--package=${PRISM}`,
      "--",
      "prism",
      "proxy",
      `${app.base}/api/v1/openapi.json`,
      app.base,
      "--host",
      "127.0.0.1",
      "--port",
      String(PRISM_PORT),
    ],
    { stdio: ["ignore", "pipe", "inherit"], detached: true },
  );
  const log: string[] = [];
  prism.stdout.on("data", (chunk: Buffer) => log.push(...chunk.toString("utf8").split("\n").map(stripAnsi)));
  try {
    const base = `http://127.0.0.1:${PRISM_PORT}`;
    await waitForServer(`${base}/api/health`);
    const statuses = new Map<number, number>();
    for (const r of requests) {
      const status = await send(base, r);
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
    }
    await new Promise((r) => setTimeout(r, 500));

    // Each "Request received" line opens a request; the violations logged after it are that request's.
    let current = "";
    const response: string[] = [];
    const request = new Map<string, number>();
    const failed: string[] = [];
    for (const line of log) {
      const opened = line.match(/\[HTTP SERVER\] (\S+ \S+) .*Request received/);
      if (opened) current = opened[1]!.replace(/^\S+/, (m) => m.toUpperCase());
      const violation = line.match(/Violation: (.*)$/);
      if (violation?.[1]!.startsWith("response")) response.push(`${current}: ${violation[1]}`);
      else if (violation) request.set(violation[1]!, (request.get(violation[1]!) ?? 0) + 1);
      if (/Request terminated with error/.test(line)) failed.push(line.replace(/^.*\[HTTP SERVER\] /, ""));
    }

    console.log(`Replayed ${requests.length} recorded requests through Prism (${PRISM}) in front of the app.`);
    console.log(
      `Answers by status: ${[...statuses]
        .sort(([a], [b]) => a - b)
        .map(([s, n]) => `${s} ×${n}`)
        .join(", ")}`,
    );
    console.log(`Request violations (the suite sends malformed requests on purpose): ${[...request].map(([v, n]) => `${v} ×${n}`).join("; ") || "none"}`);
    if (failed.length) console.log(`Prism could not relay ${failed.length} answers:\n  ${[...new Set(failed)].join("\n  ")}`);
    console.log(`Response violations: ${response.length}`);
    for (const v of response) console.log(`  ${v}`);
    if (response.length) process.exitCode = 1;
  } finally {
    if (prism.pid) process.kill(-prism.pid, "SIGTERM");
    app.stop();
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
