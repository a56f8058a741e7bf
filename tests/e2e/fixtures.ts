// The browser tests' `test`: every answer from a documented API address that
// a test receives, through `request` or its page, is checked against the
// OpenAPI document, and a test whose answers depart from it fails.
import { test as base, type APIRequestContext, type APIResponse, type Response } from "@playwright/test";
import { recordRequest, recording, requestFromOptions } from "@/tests/support/api-recording";
import { contractViolations, documentedPath } from "@/tests/support/contract-check";

export { expect, type APIRequestContext, type APIResponse, type Page } from "@playwright/test";

type Log = { violations: string[]; pending: Promise<void>[] };

function check(log: Log, method: string, url: string, status: number, headers: { name: string; value: string }[], body: Buffer): void {
  const path = documentedPath(new URL(url).pathname);
  if (!path) return;
  const answer = { status, headers: new Headers(headers.map(({ name, value }) => [name, value] as [string, string])), body: new Uint8Array(body) };
  log.violations.push(...contractViolations(method, path, answer).map((v) => `${v} (${url})`));
}

const SENDERS = ["get", "post", "put", "patch", "delete", "head", "fetch"] as const;

function checkedRequest(request: APIRequestContext, log: Log): APIRequestContext {
  return new Proxy(request, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (!SENDERS.includes(prop as (typeof SENDERS)[number]) || typeof value !== "function") return value;
      return async (url: string, options?: Parameters<typeof requestFromOptions>[2]) => {
        const res: APIResponse = await value.call(target, url, options);
        const method = prop === "fetch" ? (options?.method ?? "GET") : String(prop);
        const { pathname, search } = new URL(res.url());
        const sent = documentedPath(pathname) && requestFromOptions(method, pathname + search, options);
        if (sent) recordRequest(sent);
        // A body the server cut off (a refused upload, say) cannot be read; its status and headers still are.
        const body = await res.body().catch(() => Buffer.alloc(0));
        check(log, method, res.url(), res.status(), res.headersArray(), body);
        return res;
      };
    },
  });
}

async function checkPageResponse(log: Log, response: Response): Promise<void> {
  const request = response.request();
  const { pathname, search } = new URL(request.url());
  if (!documentedPath(pathname)) return;
  if (recording) {
    const sent = request.postDataBuffer();
    recordRequest({
      method: request.method(),
      url: pathname + search,
      headers: await request.allHeaders(),
      ...(sent ? { body: sent.toString("base64") } : {}),
    });
  }
  // Redirects and answers the page left before reading have no body to read; their status and headers are still checked.
  const body = await response.body().catch(() => Buffer.alloc(0));
  check(log, request.method(), response.url(), response.status(), await response.headersArray(), body);
}

/** Checks an answer the page received, unless the page closed before its headers could be read (there is nothing left to check). */
async function checkPageResponseWhileOpen(log: Log, response: Response): Promise<void> {
  try {
    await checkPageResponse(log, response);
  } catch (err) {
    if (!(err instanceof Error && /has been closed/.test(err.message))) throw err;
  }
}

// The second argument is Playwright's `use`, named so the React hooks lint rule does not take it for a hook.
export const test = base.extend<{ contractLog: Log }>({
  contractLog: async ({}, provide) => {
    const log: Log = { violations: [], pending: [] };
    await provide(log);
    await Promise.all(log.pending);
    base.expect(log.violations, "every API answer keeps the OpenAPI document").toEqual([]);
  },
  request: async ({ request, contractLog }, provide) => {
    await provide(checkedRequest(request, contractLog));
  },
  page: async ({ page, contractLog }, provide) => {
    const onResponse = (response: Response) => {
      contractLog.pending.push(checkPageResponseWhileOpen(contractLog, response));
    };
    page.on("response", onResponse);
    await provide(page);
    // Answers that arrive once the test is over are not its own.
    page.off("response", onResponse);
    await Promise.all(contractLog.pending);
  },
});
