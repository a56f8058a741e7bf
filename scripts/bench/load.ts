// `npm run bench:load`: requests per second and p99 latency for catalog pages,
// the catalog API and a report export at 50 and 200 connections, beside two
// ceilings measured in the same run: this server handing out one of its own
// static assets, and nginx serving the same HTML bytes from disk; and a bare
// Node http server sending /compare's bytes, for what Node itself manages.
// Also /compare through nginx with proxy_cache. Each target gets an unrecorded
// warm-up run first. Loopback only; every run is bounded in time.
// BENCH_ENCODING=gzip sends Accept-Encoding: gzip to every target (ceilings
// included); by default no Accept-Encoding is sent.
//
// The load comes from wrk (Debian's), not autocannon: on two cores autocannon's
// single Node thread was the bottleneck (93% of a core while the server used
// a third of one), so it measured itself; wrk, in C, needs a fraction of that.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { startApp } from "./server";

const DIR = path.resolve("tests", ".tmp", "bench-load");
const APP_PORT = 3300;
const NGINX_STATIC = 3301;
const NGINX_PROXY = 3302;
const BARE_NODE = 3303;
/** Unrecorded run before each measured one: JIT, the response cache and connections warmed. */
const WARMUP_SECONDS = 2;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const ENCODING = process.env.BENCH_ENCODING?.trim() || "";
if (ENCODING !== "" && ENCODING !== "gzip") throw new Error(`BENCH_ENCODING must be gzip or unset, got "${ENCODING}"`);

type Row = { name: string; url: string; connections: number; rps: number; p50: number; p99: number; mbps: number; errors: number };

type WrkReport = { requests: number; durationUs: number; bytes: number; p50Us: number; p99Us: number; socketErrors: number; badStatus: number };

const WRK_SCRIPT = path.resolve("scripts", "bench", "wrk-report.lua");

function wrk(url: string, connections: number, seconds: number): WrkReport {
  // One client thread: the other core is the server's.
  const args = [
    "-t1",
    `-c${connections}`,
    `-d${seconds}s`,
    "--timeout",
    "10s",
    "-s",
    WRK_SCRIPT,
    ...(ENCODING ? ["-H", `Accept-Encoding: ${ENCODING}`] : []),
    url,
  ];
  const run = spawnSync("wrk", args, { encoding: "utf8", timeout: (seconds + 30) * 1000 });
  const line = run.stdout?.split("\n").find((l) => l.startsWith("ATLAS-WRK "));
  if (run.status !== 0 || !line) throw new Error(`wrk failed on ${url}: ${run.error?.message ?? run.stderr ?? "no report"}`);
  return JSON.parse(line.slice("ATLAS-WRK ".length)) as WrkReport;
}

function load(name: string, url: string, connections: number): Row {
  wrk(url, connections, WARMUP_SECONDS);
  const r = wrk(url, connections, SECONDS);
  const seconds = r.durationUs / 1e6;
  return {
    name,
    url,
    connections,
    rps: r.requests / seconds,
    p50: r.p50Us / 1000,
    p99: r.p99Us / 1000,
    mbps: r.bytes / seconds / 1e6,
    errors: r.socketErrors + r.badStatus,
  };
}

function nginxConfig(appBase: string): string {
  return `worker_processes 1;
daemon off;
pid ${DIR}/nginx.pid;
error_log ${DIR}/nginx-error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  default_type text/html;
  proxy_cache_path ${DIR}/nginx-cache keys_zone=atlas:1m max_size=50m;
  client_body_temp_path ${DIR}/nginx-tmp; proxy_temp_path ${DIR}/nginx-tmp; fastcgi_temp_path ${DIR}/nginx-tmp; uwsgi_temp_path ${DIR}/nginx-tmp; scgi_temp_path ${DIR}/nginx-tmp;
  server { listen 127.0.0.1:${NGINX_STATIC}; root ${DIR}/html; }
  server {
    listen 127.0.0.1:${NGINX_PROXY};
    location / {
      proxy_pass ${appBase};
      proxy_cache atlas;
      proxy_cache_revalidate on;
      proxy_cache_valid 200 1m;
      proxy_cache_use_stale updating;
      proxy_cache_lock on;
    }
  }
}
`;
}

async function main(): Promise<void> {
  if (spawnSync("wrk", ["--version"]).error) throw new Error("wrk not found: apt-get install wrk");
  fs.rmSync(DIR, { recursive: true, force: true });
  fs.mkdirSync(path.join(DIR, "html"), { recursive: true });
  fs.mkdirSync(path.join(DIR, "nginx-tmp"), { recursive: true });
  const app = await startApp(DIR, APP_PORT);
  let nginx: ReturnType<typeof spawn> | null = null;
  let bare: ReturnType<typeof spawn> | null = null;
  try {
    const save = await fetch(`${app.base}/api/v1/reports`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ candidates: ["amazon-linux-2023", "bottlerocket", "azure-linux-4"], title: "the benchmark fleet" }),
    });
    const { id } = (await save.json()) as { id: string };
    const home = await (await fetch(`${app.base}/`)).text();
    const asset = /<script[^>]+src="(\/_next\/static\/[^"]+\.js)"/.exec(home)?.[1];
    if (!asset) throw new Error("no static asset found in the home page");
    fs.writeFileSync(path.join(DIR, "html", "index.html"), home);
    fs.writeFileSync(path.join(DIR, "html", "compare.html"), await (await fetch(`${app.base}/compare`)).text());
    fs.writeFileSync(path.join(DIR, "nginx.conf"), nginxConfig(app.base));
    bare = spawn(process.execPath, [path.resolve("scripts", "bench", "bare-server.mjs"), path.join(DIR, "html", "compare.html"), String(BARE_NODE)], {
      stdio: "ignore",
    });
    if (spawnSync("nginx", ["-v"]).status === 0) {
      nginx = spawn("nginx", ["-p", DIR, "-c", path.join(DIR, "nginx.conf")], { stdio: "ignore" });
      await new Promise((r) => setTimeout(r, 500));
    } else {
      console.log("nginx not found (apt-get install nginx): its ceilings are skipped");
    }

    const targets: [string, string][] = [
      ["ceiling: this server, static asset", `${app.base}${asset}`],
      ["/", `${app.base}/`],
      ["/compare", `${app.base}/compare`],
      ["/distros/amazon-linux-2023", `${app.base}/distros/amazon-linux-2023`],
      ["/api/v1/distros", `${app.base}/api/v1/distros`],
      ["report export (markdown)", `${app.base}/api/v1/reports/${id}/export?format=markdown`],
    ];
    targets.push(["ceiling: bare Node http, /compare HTML from memory", `http://127.0.0.1:${BARE_NODE}/`]);
    if (nginx) {
      targets.push(["ceiling: nginx, / HTML from disk", `http://127.0.0.1:${NGINX_STATIC}/index.html`]);
      targets.push(["ceiling: nginx, /compare HTML from disk", `http://127.0.0.1:${NGINX_STATIC}/compare.html`]);
      targets.push(["/compare via nginx proxy_cache", `http://127.0.0.1:${NGINX_PROXY}/compare`]);
    }
    const rows: Row[] = [];
    for (const connections of [50, 200]) {
      for (const [name, url] of targets) rows.push(load(name, url, connections));
    }
    for (const connections of [50, 200]) {
      const at = rows.filter((r) => r.connections === connections);
      const ceiling = at.find((r) => r.name.startsWith("ceiling: this server"))?.rps ?? NaN;
      const nginxCeiling = at.find((r) => r.name.startsWith("ceiling: nginx, / "))?.rps ?? NaN;
      console.log(
        `\n${connections} connections, ${SECONDS} s each${ENCODING ? `, Accept-Encoding: ${ENCODING}` : ""}:\n| target | req/s | p50 ms | p99 ms | MB/s | errors | vs same-server static | vs nginx static |\n|---|---|---|---|---|---|---|---|`,
      );
      for (const r of at) {
        console.log(
          `| ${r.name} | ${Math.round(r.rps)} | ${r.p50.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.mbps.toFixed(0)} | ${r.errors} | ${(r.rps / ceiling).toFixed(2)} | ${(r.rps / nginxCeiling).toFixed(2)} |`,
        );
      }
    }
  } finally {
    nginx?.kill("SIGTERM");
    bare?.kill("SIGTERM");
    app.stop();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
