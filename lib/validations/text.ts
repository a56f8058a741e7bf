import { z } from "zod";

// A NUL cannot be stored in PostgreSQL text or jsonb, and a lone UTF-16
// surrogate (half of a character) has no UTF-8 form: neither is text a
// person typed, so both are refused where text enters.
const NUL = /\u0000/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why a string cannot be stored as text, or null when it can. */
export function unstorableText(s: string): string | null {
  if (NUL.test(s)) return "contains a NUL character (\\u0000)";
  if (LONE_SURROGATE.test(s)) return "contains a lone UTF-16 surrogate (half of a character)";
  return null;
}

/** A string schema that also refuses NUL and lone surrogates, naming the field in the error. */
export function storableString() {
  return z.string().superRefine((s, ctx) => {
    const problem = unstorableText(s);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });
}

/** Every string inside a parsed JSON value that cannot be stored, with its path. */
export function unstorableStrings(value: unknown, path: (string | number)[] = []): { path: (string | number)[]; problem: string }[] {
  if (typeof value === "string") {
    const problem = unstorableText(value);
    return problem ? [{ path, problem }] : [];
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => unstorableStrings(v, [...path, i]));
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([k, v]) => {
      const keyProblem = unstorableText(k);
      return [...(keyProblem ? [{ path: [...path, k], problem: `its name ${keyProblem}` }] : []), ...unstorableStrings(v, [...path, k])];
    });
  }
  return [];
}
