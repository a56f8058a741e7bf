// Checks one answer against the OpenAPI document the server serves: its
// status must be documented for that operation, every header clients use
// that it sends must be documented for that status, its media type must be
// one the document lists, and a JSON body must validate (ajv, JSON Schema
// 2020-12, formats checked). No test framework here: the route tests
// (Vitest) and the browser tests (Playwright) each assert on the list.
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { openApiDocument } from "@/lib/api/openapi";
import { pathTemplatePattern } from "@/lib/api/routes";

const DOC_ID = "https://distro-atlas.invalid/openapi.json";
const doc = openApiDocument();
// The document as one schema resource: its component $refs resolve inside it. strict off: OpenAPI keys sit beside the schemas.
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema(doc as object, DOC_ID);

const TRACKED_HEADERS = ["etag", "cache-control", "location", "content-disposition", "allow", "retry-after", "www-authenticate"];

type ResponseObject = { headers?: Record<string, unknown>; content?: Record<string, unknown> };
type Operation = { responses: Record<string, unknown> };
const paths = doc.paths as Record<string, Record<string, Operation>>;

/** What the checker needs of an answer, whichever client received it. */
export type Answer = { status: number; headers: { has(name: string): boolean; get(name: string): string | null }; body: Uint8Array };

const pointer = (...parts: string[]) => parts.map((p) => p.replace(/~/g, "~0").replace(/\//g, "~1")).join("/");

// Literal paths first, so /api/v1/reports never matches a template before itself.
const templates = Object.keys(paths)
  .map((path) => ({ path, pattern: pathTemplatePattern(path) }))
  .sort((a, b) => Number(a.path.includes("{")) - Number(b.path.includes("{")));

/** The documented path (template form, e.g. /api/v1/distros/{slug}) a request path addresses, or null. */
export function documentedPath(pathname: string): string | null {
  return templates.find((t) => t.pattern.test(pathname))?.path ?? null;
}

function resolveResponse(r: unknown): { object: ResponseObject; at: string } | null {
  if (!r || typeof r !== "object") return null;
  const ref = (r as { $ref?: string }).$ref;
  if (ref) {
    const name = ref.split("/").pop()!;
    const object = (doc.components.responses as Record<string, ResponseObject>)[name];
    return object ? { object, at: `#/components/responses/${pointer(name)}` } : null;
  }
  return { object: r as ResponseObject, at: "" };
}

/** Whether a header's value fits the schema its documentation gives (a number where it says integer). */
function headerValueValid(documented: unknown, value: string): boolean {
  const ref = (documented as { $ref?: string }).$ref;
  const header = (ref ? (doc.components.headers as Record<string, unknown>)[ref.split("/").pop()!] : documented) as { schema?: { type?: string } };
  if (!header?.schema) return true;
  const parsed = header.schema.type === "integer" ? (/^\d+$/.test(value) ? Number(value) : value) : value;
  return ajv.validate(header.schema, parsed);
}

/** Every way one answer of `method` on the documented `path` departs from the document; empty when it keeps it. */
export function contractViolations(method: string, path: string, answer: Answer): string[] {
  // HEAD is GET without a body (RFC 9110 §9.3.2): its answer is checked as GET's.
  const verb = method.toUpperCase() === "HEAD" ? "get" : method.toLowerCase();
  const operation = paths[path]?.[verb];
  const what = `${method.toUpperCase()} ${path} → ${answer.status}`;
  // A method the address lacks has no operation: its 405 is the shared one.
  const documented =
    operation?.responses[String(answer.status)] ?? (!operation && answer.status === 405 ? { $ref: "#/components/responses/MethodNotAllowed" } : undefined);
  const found = resolveResponse(documented);
  if (!found) return [`${what}: status not documented`];
  const { object, at } = found;
  const problems: string[] = [];
  const documentedHeaders = new Map(Object.entries(object.headers ?? {}).map(([name, h]) => [name.toLowerCase(), h]));
  for (const h of TRACKED_HEADERS) {
    const value = answer.headers.get(h);
    if (value === null) continue;
    if (!documentedHeaders.has(h)) problems.push(`${what}: header ${h} not documented`);
    else if (!headerValueValid(documentedHeaders.get(h), value)) problems.push(`${what}: header ${h} "${value}" does not match its schema`);
  }
  if (answer.body.byteLength === 0) return problems;
  const type = (answer.headers.get("content-type") ?? "").split(";")[0]!.trim();
  if (!Object.keys(object.content ?? {}).includes(type)) return [...problems, `${what}: media type ${type || "(none)"} not documented`];
  if (type !== "application/json") return problems;
  const base = at || `#/paths/${pointer(path)}/${verb}/responses/${answer.status}`;
  const validate = ajv.getSchema(`${DOC_ID}${base}/content/${pointer(type)}/schema`);
  if (!validate) return [...problems, `${what}: schema does not compile`];
  let body: unknown;
  try {
    body = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(answer.body));
  } catch {
    return [...problems, `${what}: body is not JSON`];
  }
  if (!validate(body))
    problems.push(
      ...ajv
        .errorsText(validate.errors, { separator: "\n" })
        .split("\n")
        .map((e) => `${what}: ${e}`),
    );
  return problems;
}
