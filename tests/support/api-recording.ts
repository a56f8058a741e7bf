// With E2E_RECORD_API set to a file, the browser tests append each request
// they send to a documented API address there, one JSON line each, so that
// `npm run contract:proxy` can replay the suite's requests through a
// contract proxy. Unset, nothing is written.
import fs from "node:fs";

export type RecordedRequest = { method: string; url: string; headers: Record<string, string>; body?: string };

const file = process.env.E2E_RECORD_API;
/** Whether this run records its requests. */
export const recording = Boolean(file);

/** Appends one request (`url` is its path and query; `body` base64) when recording is on. */
export function recordRequest(request: RecordedRequest): void {
  if (file) fs.appendFileSync(file, `${JSON.stringify(request)}\n`);
}

type SendOptions = {
  method?: string;
  headers?: Record<string, string>;
  data?: unknown;
  form?: Record<string, string | number | boolean>;
  multipart?: unknown;
};

/** The body and headers a Playwright request with these options sends, as far as they can be replayed. */
export function requestFromOptions(method: string, url: string, options: SendOptions = {}): RecordedRequest | null {
  // A multipart body is built by Playwright with its own boundary; none of the API's operations takes one.
  if (options.multipart !== undefined) return null;
  const headers: Record<string, string> = Object.fromEntries(Object.entries(options.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
  let body: Buffer | undefined;
  if (options.form !== undefined) {
    body = Buffer.from(new URLSearchParams(Object.entries(options.form).map(([k, v]) => [k, String(v)])).toString());
    headers["content-type"] ??= "application/x-www-form-urlencoded";
  } else if (typeof options.data === "string") {
    body = Buffer.from(options.data);
  } else if (Buffer.isBuffer(options.data)) {
    body = options.data;
  } else if (options.data !== undefined) {
    body = Buffer.from(JSON.stringify(options.data));
    headers["content-type"] ??= "application/json";
  }
  return { method: method.toUpperCase(), url, headers, ...(body ? { body: body.toString("base64") } : {}) };
}
