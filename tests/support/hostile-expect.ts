import { expect, type APIResponse } from "@playwright/test";

const STACK = /\bat \S+ \(|node_modules|\.tsx?:\d+|\.js:\d+|TypeError|ReferenceError|Prisma/;

/** An API answer to hostile input: one of the expected statuses, never a 5xx, errors as JSON `{ error }` with no internals. */
export async function expectApiAnswer(res: APIResponse, allowed: number[], what: string): Promise<void> {
  const status = res.status();
  expect(status, `${what}: no server error`).toBeLessThan(500);
  expect(allowed, `${what}: status ${status}`).toContain(status);
  if (status < 400) return;
  const text = await res.text();
  let body: unknown = null;
  try {
    body = JSON.parse(text);
  } catch {
    // reported below
  }
  const error = (body as { error?: unknown } | null)?.error;
  expect(typeof error, `${what}: JSON { error } body, got ${text.slice(0, 120)}`).toBe("string");
  expect(String(error), `${what}: no internals in the message`).not.toMatch(STACK);
}

/** The decoded value a server sees for a raw query value. */
export function decoded(raw: string): string {
  return new URLSearchParams(`v=${raw.replace(/\+/g, "%2B")}`).get("v") ?? "";
}
