// The production server: Next's request handler behind a small http server
// that adds the security headers, a request id and one JSON log line per
// request, with a shared response cache in front (./response-cache.ts).
import http from "node:http";
import next from "next";
import type { TLSSocket } from "node:tls";
import { contentSecurityPolicy, HSTS, STATIC_SECURITY_HEADERS } from "../lib/security/headers";
import { requestIdFrom } from "../lib/security/request-id";
import { CLIENT_ADDRESS_HEADER, clientAddress } from "../lib/security/client-address";
import { ensureRevalidationSecret, isRevalidationRequest, REVALIDATE_HEADER, REVALIDATE_PATH } from "../lib/security/revalidation";
import { errorMessage, log } from "../lib/log";
import { createAdmission, maxInFlight } from "./admission";
import { apiMethodVerdict, prototypeParameter } from "./api-methods";
import { rangeVerdict } from "./range";
import { repairRequestUrl } from "./request-path";
import { responseCacheFromEnv } from "./response-cache";
import { secureResponse } from "./secure-response";

// ATLAS_ACCESS_LOG=0 drops the per-request lines (the test runs); errors are always logged.
const ACCESS_LOG = process.env.ATLAS_ACCESS_LOG !== "0";
// ATLAS_TRUST_PROXY=1: a reverse proxy in front appends the client's address to X-Forwarded-For.
const TRUST_PROXY = process.env.ATLAS_TRUST_PROXY === "1";

const DIST_DIR = process.env.NEXT_DIST_DIR || ".next";

const PAGE_METHODS = ["GET", "HEAD"];

/** A JSON error answered by this server itself, before Next, with the security headers. */
function refuse(res: http.ServerResponse, requestId: string, status: number, error: string, headers: Record<string, string> = {}): void {
  const body = JSON.stringify({ error });
  for (const [k, v] of Object.entries(STATIC_SECURITY_HEADERS)) res.setHeader(k, v);
  res.writeHead(status, {
    ...headers,
    "Content-Security-Policy": contentSecurityPolicy(),
    "Content-Type": "application/json",
    "Content-Length": Buffer.byteLength(body),
  });
  res.end(body);
  if (ACCESS_LOG) log("info", "refused", { status, requestId });
}

function firstValue(h: string | string[] | undefined): string {
  return (Array.isArray(h) ? h[0] : h)?.split(",")[0]?.trim().toLowerCase() ?? "";
}

export type Served = {
  server: http.Server;
  /** Re-renders every page on its next request and empties the response cache: a new catalog version was loaded. */
  revalidatePages: () => Promise<void>;
};

export async function serve(port: number): Promise<Served> {
  const admission = createAdmission(maxInFlight());
  const secret = ensureRevalidationSecret();
  const app = next({ dev: false, dir: process.cwd(), port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const cache = responseCacheFromEnv();
  const server = http.createServer((req, res) => {
    const started = process.hrtime.bigint();
    const requestId = requestIdFrom(req.headers["x-request-id"]);
    req.headers["x-request-id"] = requestId;
    // Set here, never taken from the client: per-client limits key on it.
    req.headers[CLIENT_ADDRESS_HEADER] = clientAddress(req, TRUST_PROXY);
    res.setHeader("X-Request-Id", requestId);
    if ((req.socket as TLSSocket).encrypted || firstValue(req.headers["x-forwarded-proto"]) === "https") res.setHeader("Strict-Transport-Security", HSTS);
    // Only a path names a resource here; "*" (OPTIONS *) or an absolute form would reach Next as nonsense.
    if (!(req.url ?? "").startsWith("/")) return refuse(res, requestId, 400, "Malformed request target: use a path starting with /");
    req.url = repairRequestUrl(req.url ?? "/");
    // Pages and files are read-only; /api routes answer other methods themselves, with their own Allow.
    if (!PAGE_METHODS.includes(req.method ?? "") && !req.url.startsWith("/api/")) {
      return refuse(res, requestId, 405, `Method not allowed; pages support ${PAGE_METHODS.join(", ")}`, { Allow: PAGE_METHODS.join(", ") });
    }
    // A malformed Range, or one on a page, is dropped (the whole body, 200); one a static file cannot satisfy is a 416.
    if (req.headers.range !== undefined) {
      const verdict = rangeVerdict(req.headers.range, req.url.split("?")[0] ?? "", DIST_DIR);
      if (verdict.kind === "drop") delete req.headers.range;
      if (verdict.kind === "unsatisfiable") return refuse(res, requestId, 416, "Range not satisfiable", { "Content-Range": `bytes */${verdict.size}` });
    }
    // Only this server, which knows the secret, may ask for a revalidation; to anyone else the address does not exist.
    if (req.url.startsWith("/api/internal/") && !isRevalidationRequest(req.headers[REVALIDATE_HEADER])) {
      return refuse(res, requestId, 404, "No API resource at this address; GET /api/v1/openapi.json lists them");
    }
    if (req.url.startsWith("/api/")) {
      const verdict = apiMethodVerdict(req.method ?? "", req.url.split("?")[0] ?? "");
      if (verdict.kind === "options") {
        for (const [k, v] of Object.entries(STATIC_SECURITY_HEADERS)) res.setHeader(k, v);
        res.writeHead(204, { Allow: verdict.allow, "Cache-Control": "no-store", "Content-Security-Policy": contentSecurityPolicy() });
        return void res.end();
      }
      if (verdict.kind === "refuse") return refuse(res, requestId, verdict.status, verdict.error, verdict.allow ? { Allow: verdict.allow } : {});
    }
    // The API and the Atom feeds refuse parameters they do not define; this one only the server can see.
    const protoParameter = req.url.startsWith("/api/") || /\.atom(\?|$)/.test(req.url) ? prototypeParameter(req.url) : null;
    if (protoParameter) return refuse(res, requestId, 400, protoParameter);
    const lookup = cache?.lookup(req, res) ?? null;
    res.on("close", () => {
      const aborted = !res.writableFinished;
      // Every 5xx and every abort is logged, with or without the access log; an abort has no status the client saw.
      if (!ACCESS_LOG && !aborted && res.statusCode < 500) return;
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const path = (req.url ?? "").split("?")[0];
      const level = res.statusCode >= 500 && !aborted ? "error" : aborted ? "warn" : "info";
      log(level, aborted ? "request aborted" : "request", {
        method: req.method,
        path,
        status: aborted ? null : res.statusCode,
        ms: Math.round(ms * 10) / 10,
        requestId,
        ...(lookup ? { cache: lookup.outcome } : {}),
        ...(aborted ? { aborted: true } : {}),
      });
    });
    if (lookup?.served) return;
    // Admission control: what the cache answered cost nothing; work for Next is bounded.
    if (!admission.admit(res)) return refuse(res, requestId, 503, "The server is busy; retry in a moment", { "Retry-After": "1", "Cache-Control": "no-store" });
    secureResponse(req, res, lookup?.store);
    handle(req, res).catch((err: unknown) => {
      log("error", errorMessage(err), { requestId });
      if (res.headersSent) return void res.destroy();
      res.statusCode = 500;
      res.setHeader("Content-Type", "text/plain; charset=utf-8");
      res.end(`Internal error (request ${requestId})`);
    });
  });
  // Requests Node's parser refuses (oversize headers or URL, malformed request line) get a JSON answer too.
  server.on("clientError", (err: NodeJS.ErrnoException, socket) => {
    if (!socket.writable || (socket as { _httpMessage?: unknown })._httpMessage) return void socket.destroy();
    const tooLarge = err.code === "HPE_HEADER_OVERFLOW";
    const body = JSON.stringify({ error: tooLarge ? "Request headers or URL too large" : "Malformed HTTP request" });
    const headers = {
      ...STATIC_SECURITY_HEADERS,
      "Content-Security-Policy": contentSecurityPolicy(),
      "Content-Type": "application/json",
      "Content-Length": Buffer.byteLength(body),
      Connection: "close",
    };
    const head = Object.entries(headers)
      .map(([k, v]) => `${k}: ${v}`)
      .join("\r\n");
    socket.end(`HTTP/1.1 ${tooLarge ? "431 Request Header Fields Too Large" : "400 Bad Request"}\r\n${head}\r\n\r\n${body}`);
    log("warn", "client error", { code: err.code });
  });
  await new Promise<void>((resolve) => server.listen(port, resolve));
  log("info", `listening on http://localhost:${port}`);
  const revalidatePages = async () => {
    const answer = await fetch(`http://127.0.0.1:${port}${REVALIDATE_PATH}`, { method: "POST", headers: { [REVALIDATE_HEADER]: secret } });
    if (answer.status !== 204) throw new Error(`page revalidation answered ${answer.status}`);
    cache?.clear();
  };
  return { server, revalidatePages };
}
