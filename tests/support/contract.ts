// Every answer a route-handler test receives is checked against the OpenAPI
// document the server serves: its status must be documented for that
// operation, every header clients use that it sends must be documented for
// that status, its media type must be one the document lists, and a JSON
// body must validate (ajv, JSON Schema 2020-12, formats checked).
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { expect } from "vitest";
import { openApiDocument } from "@/lib/api/openapi";

const DOC_ID = "https://distro-atlas.invalid/openapi.json";
const doc = openApiDocument();
// The document as one schema resource: its component $refs resolve inside it. strict off: OpenAPI keys sit beside the schemas.
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema(doc as object, DOC_ID);

const TRACKED_HEADERS = ["etag", "cache-control", "location", "content-disposition", "allow", "retry-after", "www-authenticate"];

type ResponseObject = { headers?: Record<string, unknown>; content?: Record<string, unknown> };

const pointer = (...parts: string[]) => parts.map((p) => p.replace(/~/g, "~0").replace(/\//g, "~1")).join("/");

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

/** Checks one answer of `method` on the documented `path` (template form, e.g. /api/v1/distros/{slug}). */
export async function expectContract(method: string, path: string, res: Response): Promise<void> {
  const operation = (doc.paths as Record<string, Record<string, { responses: Record<string, unknown> }>>)[path]?.[method.toLowerCase()];
  const what = `${method} ${path} → ${res.status}`;
  // A method the address lacks has no operation: its 405 is the shared one.
  const documented =
    operation?.responses[String(res.status)] ?? (!operation && res.status === 405 ? { $ref: "#/components/responses/MethodNotAllowed" } : undefined);
  expect(documented, `${what}: documented`).toBeTruthy();
  const found = resolveResponse(documented);
  expect(found, `${what}: status documented`).toBeTruthy();
  const { object, at } = found!;
  const documentedHeaders = Object.keys(object.headers ?? {}).map((h) => h.toLowerCase());
  for (const h of TRACKED_HEADERS) if (res.headers.has(h)) expect(documentedHeaders, `${what}: header ${h} documented`).toContain(h);
  const body = await res.clone().arrayBuffer();
  if (body.byteLength === 0) return;
  const type = (res.headers.get("content-type") ?? "").split(";")[0]!.trim();
  expect(Object.keys(object.content ?? {}), `${what}: media type documented`).toContain(type);
  if (type !== "application/json") return;
  const base = at || `#/paths/${pointer(path)}/${method.toLowerCase()}/responses/${res.status}`;
  const validate = ajv.getSchema(`${DOC_ID}${base}/content/${pointer(type)}/schema`);
  expect(validate, `${what}: schema compiles`).toBeTruthy();
  const valid = validate!(JSON.parse(new TextDecoder().decode(body)));
  expect(valid ? [] : ajv.errorsText(validate!.errors, { separator: "\n" }).split("\n"), `${what}: body matches the schema`).toEqual([]);
}

type Handler = (...args: never[]) => Promise<Response> | Response;

/** The route module with each method handler checking its answers against the document for `path`. */
export function contracted<M extends object>(module: M, path: string): M {
  const wrapped: Record<string, unknown> = { ...(module as Record<string, unknown>) };
  for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE"]) {
    const handler = (module as Record<string, unknown>)[method] as Handler | undefined;
    if (typeof handler !== "function") continue;
    wrapped[method] = async (...args: never[]) => {
      const res = await handler(...args);
      await expectContract(method, path, res);
      return res;
    };
  }
  return wrapped as M;
}
