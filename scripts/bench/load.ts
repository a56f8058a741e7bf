// `npm run bench:load`: requests per second and p99 latency for catalog pages,
// the catalog API and a report export at 50 and 200 connections, beside two
// ceilings measured in the same run: this server handing out one of its own
// static assets, and nginx serving the same HTML bytes from disk. Also /compare
// through nginx with proxy_cache. Loopback only; every run is bounded in time.
// BENCH_ENCODING=gzip sends Accept-Encoding: gzip to every target (ceilings
// included); by default no Accept-Encoding is sent.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import { startApp } from "./server";

const DIR = path.resolve("tests", ".tmp", "bench-load");
const APP_PORT = 3300;
const NGINX_STATIC = 3301;
const NGINX_PROXY = 3302;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const ENCODING = process.env.BENCH_ENCODING?.trim() || "";
if (ENCODING !== "" && ENCODING !== "gzip") throw new Error(`BENCH_ENCODING must be gzip or unset, got "${ENCODING}"`);
const HEADERS: Record<string, string> = ENCODING ? { "accept-encoding": ENCODING } : {};

type Row = { name: string; url: string; connections: number; rps: number; p99: number; errors: number };

async function load(name: string, url: string, connections: number): Promise<Row> {
  const r = await autocannon({ url, connections, duration: SECONDS, pipelining: 1, headers: HEADERS });
  return { name, url, connections, rps: r.requests.average, p99: r.latency.p99, errors: r.errors + r.timeouts + r.non2xx };
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
  fs.rmSync(DIR, { recursive: true, force: true });
  fs.mkdirSync(path.join(DIR, "html"), { recursive: true });
  fs.mkdirSync(path.join(DIR, "nginx-tmp"), { recursive: true });
  const app = await startApp(DIR, APP_PORT);
  let nginx: ReturnType<typeof spawn> | null = null;
  try {
    const save = await fetch(`${app.base}/api/v1/reports`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ candidates: ["amazon-linux-2023", "bottlerocket", "azure-linux-4"], title: "the benchmark fleet" }) });
    const { id } = (await save.json()) as { id: string };
    const home = await (await fetch(`${app.base}/`)).text();
    const asset = /<script[^>]+src="(\/_next\/static\/[^"]+\.js)"/.exec(home)?.[1];
    if (!asset) throw new Error("no static asset found in the home page");
    fs.writeFileSync(path.join(DIR, "html", "index.html"), home);
    fs.writeFileSync(path.join(DIR, "html", "compare.html"), await (await fetch(`${app.base}/compare`)).text());
    fs.writeFileSync(path.join(DIR, "nginx.conf"), nginxConfig(app.base));
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
    if (nginx) {
      targets.push(["ceiling: nginx, / HTML from disk", `http://127.0.0.1:${NGINX_STATIC}/index.html`]);
      targets.push(["ceiling: nginx, /compare HTML from disk", `http://127.0.0.1:${NGINX_STATIC}/compare.html`]);
      targets.push(["/compare via nginx proxy_cache", `http://127.0.0.1:${NGINX_PROXY}/compare`]);
    }
    const rows: Row[] = [];
    for (const connections of [50, 200]) {
      for (const [name, url] of targets) rows.push(await load(name, url, connections));
    }
    for (const connections of [50, 200]) {
      const at = rows.filter((r) => r.connections === connections);
      const ceiling = at.find((r) => r.name.startsWith("ceiling: this server"))?.rps ?? NaN;
      const nginxCeiling = at.find((r) => r.name.startsWith("ceiling: nginx, / "))?.rps ?? NaN;
      console.log(`\n${connections} connections, ${SECONDS} s each${ENCODING ? `, Accept-Encoding: ${ENCODING}` : ""}:\n| target | req/s | p99 ms | errors | vs same-server static | vs nginx static |\n|---|---|---|---|---|---|`);
      for (const r of at) {
        console.log(`| ${r.name} | ${Math.round(r.rps)} | ${r.p99} | ${r.errors} | ${(r.rps / ceiling).toFixed(2)} | ${(r.rps / nginxCeiling).toFixed(2)} |`);
      }
    }
  } finally {
    nginx?.kill("SIGTERM");
    app.stop();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
