import { randomUUID } from "node:crypto";

// A caller's id is kept when it is short and plain, so it can be logged and echoed safely.
const SANE_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** The request id to use: a sane incoming X-Request-Id, otherwise a new UUID. */
export function requestIdFrom(incoming: string | string[] | undefined | null): string {
  const value = Array.isArray(incoming) ? incoming[0] : incoming;
  return value && SANE_ID.test(value) ? value : randomUUID();
}
