import { test, type APIRequestContext } from "./fixtures";
import { decoded, expectApiAnswer } from "../support/hostile-expect";
import { HOSTILE_VALUES } from "../support/hostile-values";

// Hostile JSON bodies for POST /api/v1/reports. Every case is invalid, so nothing may be stored
// (hostile.after.ts checks the Report table). Each body is one case.
const post = (request: APIRequestContext, body: string | Buffer, type = "application/json") =>
  request.post("/api/v1/reports", { data: typeof body === "string" ? Buffer.from(body) : body, headers: { "Content-Type": type } });

const VALID = JSON.stringify({ candidates: ["bottlerocket"] });
const nest = (depth: number, open: string, close: string, inner = "1") => open.repeat(depth) + inner + close.repeat(depth);

test("hostile strings in every field of a report are 400", async ({ request }) => {
  for (const v of HOSTILE_VALUES) {
    const s = decoded(v.raw);
    const bodies: Record<string, unknown> = {
      candidate: { candidates: [s] },
      "candidates as string": { candidates: s },
      "title, no candidates": { title: s, candidates: [] },
      "criterion name": { candidates: ["bottlerocket"], weights: { [s]: 1 } },
      "weight value": { candidates: ["bottlerocket"], weights: { maturity: s } },
      "cloud requirement": { candidates: ["bottlerocket"], requirements: { cloud: s } },
      "decision-maker, no candidates": { decisionMakers: [s] },
    };
    for (const [field, body] of Object.entries(bodies)) await expectApiAnswer(await post(request, JSON.stringify(body)), [400], `${field}: ${v.name}`);
  }
});

test("malformed, wrong-type and structurally hostile bodies are 400", async ({ request }) => {
  const cases: Record<string, string | Buffer> = {
    empty: "",
    whitespace: "  \n ",
    null: "null",
    array: "[]",
    "array of the valid body": `[${VALID}]`,
    true: "true",
    number: "1",
    string: '"bottlerocket"',
    "open brace": "{",
    truncated: '{"candidates":["bottlerocket"',
    "trailing garbage": `${VALID}x`,
    "two documents": `${VALID}${VALID}`,
    "single quotes": "{'candidates':['bottlerocket']}",
    comment: `/* c */${VALID}`,
    "NaN literal": '{"candidates":["bottlerocket"],"number":NaN}',
    "BOM then an invalid report": `\uFEFF{"candidates":"x"}`,
    "invalid UTF-8": Buffer.from([0x7b, 0xff, 0xfe, 0x7d]),
    "overlong UTF-8 in a slug": Buffer.concat([Buffer.from('{"candidates":["bottle'), Buffer.from([0xc0, 0xaf]), Buffer.from('rocket"]}')]),
    "NUL in a slug": '{"candidates":["bottlerocket\\u0000"]}',
    "lone surrogate title": '{"title":"\\ud800","candidates":[]}',
    "candidates null": '{"candidates":null}',
    "candidates number": '{"candidates":1}',
    "candidates object": '{"candidates":{"0":"bottlerocket"}}',
    "candidates nested": '{"candidates":[["bottlerocket"]]}',
    "candidate number": '{"candidates":[1]}',
    "title number": '{"candidates":["bottlerocket"],"title":1}',
    "number as string": '{"candidates":["bottlerocket"],"number":"1"}',
    "number fraction": '{"candidates":["bottlerocket"],"number":1.5}',
    "number negative": '{"candidates":["bottlerocket"],"number":-1}',
    "number overflow": '{"candidates":["bottlerocket"],"number":1e309}',
    "weights array": '{"candidates":["bottlerocket"],"weights":[1,2]}',
    "weight fraction": '{"candidates":["bottlerocket"],"weights":{"maturity":2.5}}',
    "requirements string": '{"candidates":["bottlerocket"],"requirements":"ga"}',
    "requirement flag as string": '{"candidates":["bottlerocket"],"requirements":{"ga":"true"}}',
    "support years 99": '{"candidates":["bottlerocket"],"requirements":{"minSupportYears":99}}',
    "decision-makers string": '{"candidates":["bottlerocket"],"decisionMakers":"Ana"}',
    "duplicate key, last invalid": '{"candidates":["bottlerocket"],"candidates":"x"}',
    "duplicate weight, last invalid": '{"candidates":["bottlerocket"],"weights":{"maturity":1,"maturity":9}}',
    "__proto__ key": '{"__proto__":{"candidates":["bottlerocket"]}}',
    "__proto__ beside candidates": '{"candidates":["bottlerocket"],"__proto__":{"admin":true}}',
    "constructor.prototype": '{"candidates":["bottlerocket"],"constructor":{"prototype":{"x":1}}}',
    "deep array nesting": nest(20_000, "[", "]"),
    "deep object nesting": nest(5_000, '{"a":', "}"),
    "deep nesting in candidates": `{"candidates":${nest(5_000, "[", "]", '"bottlerocket"')}}`,
    "huge candidate list": JSON.stringify({ candidates: Array.from({ length: 3_000 }, () => "bottlerocket") }),
    "huge decision-maker list": JSON.stringify({ candidates: ["bottlerocket"], decisionMakers: Array.from({ length: 5_000 }, (_, i) => `p${i}`) }),
    "title 201 characters": JSON.stringify({ candidates: ["bottlerocket"], title: "x".repeat(201) }),
    "context of combining marks": JSON.stringify({ candidates: ["bottlerocket"], context: "e\u0301".repeat(1_500) }),
  };
  for (const [name, body] of Object.entries(cases)) await expectApiAnswer(await post(request, body), [400], name);
});

test("bodies over 64 KB are 413, however they are built", async ({ request }) => {
  const cases: Record<string, string> = {
    "long context": JSON.stringify({ candidates: ["bottlerocket"], context: "x".repeat(70 * 1024) }),
    "huge array": JSON.stringify({ candidates: Array.from({ length: 20_000 }, () => "a-b") }),
    "1 MB of spaces": `${" ".repeat(1024 * 1024)}${VALID}`,
    "deep nesting over the limit": nest(40_000, "[", "]"),
  };
  for (const [name, body] of Object.entries(cases)) await expectApiAnswer(await post(request, body), [413], name);
});

test("anything but application/json is 415, even a valid report", async ({ request }) => {
  for (const type of [
    "text/plain",
    "application/x-www-form-urlencoded",
    "multipart/form-data; boundary=x",
    "application/json-patch+json",
    "text/html",
    "application/xml",
    "",
  ]) {
    await expectApiAnswer(await post(request, VALID, type), [415], `Content-Type "${type}"`);
  }
  await expectApiAnswer(await request.post("/api/v1/reports", { form: { candidates: "bottlerocket" } }), [415], "HTML form post");
});
