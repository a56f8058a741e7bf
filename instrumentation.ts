import type { Instrumentation } from "next";
import { log } from "@/lib/log";

// Errors while rendering a page or running a route: one JSON line with the
// request id the server assigned (server/serve.ts), like every other log line.
export const onRequestError: Instrumentation.onRequestError = (error, request, context) => {
  const err = error as Error & { digest?: string };
  const id = request.headers["x-request-id"];
  log("error", err.message, {
    digest: err.digest,
    requestId: Array.isArray(id) ? id[0] : id,
    method: request.method,
    path: request.path.split("?")[0],
    route: context.routePath,
    routeType: context.routeType,
  });
};
