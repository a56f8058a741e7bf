import { randomBytes, timingSafeEqual } from "node:crypto";

/**
 * The server asks its own Next handler to re-render every page when a new
 * catalog version is loaded. Only it knows the secret: a random value it puts
 * in the process environment at start, which Next (same process) reads.
 */
export const REVALIDATE_PATH = "/api/internal/revalidate";
export const REVALIDATE_HEADER = "x-atlas-revalidate";
const ENV = "ATLAS_REVALIDATE_SECRET";

/** Creates this process's secret (once) and returns it. */
export function ensureRevalidationSecret(env: Partial<Record<string, string>> = process.env): string {
  env[ENV] ??= randomBytes(32).toString("hex");
  return env[ENV];
}

/** Whether a request's header carries this process's secret; false when none was created. */
export function isRevalidationRequest(header: string | string[] | null | undefined, env: Partial<Record<string, string>> = process.env): boolean {
  const secret = env[ENV];
  if (!secret || typeof header !== "string") return false;
  const given = Buffer.from(header);
  const expected = Buffer.from(secret);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
