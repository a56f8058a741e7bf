import { describe, expect, test } from "vitest";
import { ensureRevalidationSecret, isRevalidationRequest } from "@/lib/security/revalidation";

describe("the revalidation secret", () => {
  test("is created once per process and only it passes", () => {
    const env: Record<string, string | undefined> = {};
    const secret = ensureRevalidationSecret(env);
    expect(secret).toMatch(/^[0-9a-f]{64}$/);
    expect(ensureRevalidationSecret(env)).toBe(secret);
    expect(isRevalidationRequest(secret, env)).toBe(true);
    expect(isRevalidationRequest(secret.slice(1), env)).toBe(false);
    expect(isRevalidationRequest(`${secret.slice(0, -1)}0`.replace(/.$/, secret.endsWith("0") ? "1" : "0"), env)).toBe(false);
    expect(isRevalidationRequest(null, env)).toBe(false);
    expect(isRevalidationRequest([secret], env)).toBe(false);
  });
  test("without a secret nothing passes, not even an empty header", () => {
    expect(isRevalidationRequest("", {})).toBe(false);
    expect(isRevalidationRequest(undefined, {})).toBe(false);
  });
});
