import { describe, expect, test } from "vitest";
import { unstorableStrings, unstorableText } from "@/lib/validations/text";
import { reportInputSchema } from "@/lib/validations/report";
import { describeZodError } from "@/lib/api/respond";

describe("unstorableText", () => {
  test("refuses NUL and either half of a surrogate pair on its own, keeps whole characters", () => {
    expect(unstorableText("a\u0000b")).toMatch(/NUL/);
    expect(unstorableText("x\uD800")).toMatch(/lone UTF-16 surrogate/);
    expect(unstorableText("\uDC00x")).toMatch(/lone UTF-16 surrogate/);
    expect(unstorableText("\uDC00\uD800")).toMatch(/lone/);
    expect(unstorableText("fleet 🚀 “quoted” — ok")).toBeNull();
  });

  test("finds every unstorable string in a JSON value by path, names included", () => {
    expect(unstorableStrings({ a: ["ok", "bad\u0000"], b: { "k\uD800": "v" } })).toEqual([
      { path: ["a", 1], problem: expect.stringMatching(/NUL/) },
      { path: ["b", "k\uD800"], problem: expect.stringMatching(/^its name contains a lone/) },
    ]);
  });
});

describe("report input text", () => {
  test("a lone surrogate or NUL in any text field is refused, naming the field", () => {
    const base = { candidates: ["bottlerocket"] };
    const message = (input: unknown) => {
      const r = reportInputSchema.safeParse(input);
      return r.success ? "accepted" : describeZodError(r.error);
    };
    expect(message({ ...base, title: "fleet \uD800" })).toBe("title: contains a lone UTF-16 surrogate (half of a character)");
    expect(message({ ...base, context: "a\u0000b" })).toBe("context: contains a NUL character (\\u0000)");
    expect(message({ ...base, decisionMakers: ["Ana", "B\uDC00"] })).toBe("decisionMakers.1: contains a lone UTF-16 surrogate (half of a character)");
    expect(message({ ...base, title: "fleet 🚀" })).toBe("accepted");
  });
});
