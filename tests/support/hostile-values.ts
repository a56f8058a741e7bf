/**
 * Hostile values for URL parameters. `raw` is placed into the URL exactly as
 * given (already percent-encoded where needed), so byte-level oddities such as
 * overlong UTF-8, NUL or a stray "%" reach the server as written.
 */
export type Hostile = { name: string; raw: string };

const enc = (name: string, value: string): Hostile => ({ name, raw: encodeURIComponent(value) });
const raw = (name: string, value: string): Hostile => ({ name, raw: value });

export const HOSTILE_VALUES: Hostile[] = [
  enc("empty", ""),
  enc("blank", "   "),
  enc("long (4 KB)", "a".repeat(4096)),
  enc("many commas", ",".repeat(500)),
  enc("many entries", Array.from({ length: 300 }, (_, i) => `x${i}`).join(",")),
  enc("sql quote", "' OR '1'='1"),
  enc("sql drop", "1; DROP TABLE Report; --"),
  enc("sql union", "x' UNION SELECT id, snapshot FROM Report --"),
  enc("html img", "<img src=x onerror=alert(1)>"),
  enc("script tag", "<script>alert(1)</script>"),
  enc("markdown link", "[x](javascript:alert(1))"),
  enc("csv formula", "=cmd|' /C calc'!A0"),
  enc("json", '{"$ne":null}'),
  enc("prototype", "__proto__"),
  enc("constructor", "constructor:1,toString,__proto__:5"),
  enc("traversal", "../../../etc/passwd"),
  raw("encoded traversal", "%2e%2e%2f%2e%2e%2fetc%2fpasswd"),
  raw("double-encoded traversal", "%252e%252e%252f"),
  raw("NUL byte", "bottlerocket%00"),
  raw("stray percent", "%"),
  raw("bad escape", "%zz%G1"),
  raw("overlong UTF-8 slash", "%C0%AF%E0%80%AF"),
  raw("lone surrogate (CESU bytes)", "%ED%A0%80"),
  raw("invalid UTF-8", "%FF%FE%FD"),
  enc("RTL override", "\u202Egnp.exe"),
  enc("zero-width", "bottle\u200Brocket\u200D\uFEFF"),
  enc("combining marks", "e\u0301\u0302\u0303\u0304\u0305\u0306\u0307"),
  enc("emoji", "🐧👩‍💻🏳️‍🌈"),
  enc("negative number", "-1"),
  enc("huge number", "1e309"),
  enc("NaN", "NaN"),
  enc("newline header injection", "a\r\nSet-Cookie: x=1"),
];

/** A smaller set for browser page loads, which cost far more than API calls. */
export const HOSTILE_PAGE_VALUES: Hostile[] = HOSTILE_VALUES.filter((v) =>
  [
    "empty",
    "long (4 KB)",
    "many entries",
    "sql quote",
    "html img",
    "script tag",
    "prototype",
    "constructor",
    "encoded traversal",
    "NUL byte",
    "bad escape",
    "overlong UTF-8 slash",
    "RTL override",
    "emoji",
    "negative number",
  ].includes(v.name),
);
