import type { Instrumentation } from "next";

// Errors while rendering a page or running a route: one JSON line with the
// request id the server assigned (server/serve.ts), like every other log line.
export const onRequestError: Instrumentation.onRequestError = (error, request, context) => {
  const err = error as Error & { digest?: string };
  const id = request.headers["x-request-id"];
  console.error(
    JSON.stringify({
      time: new Date().toISOString(),
      level: "error",
      msg: err.message,
      digest: err.digest,
      requestId: Array.isArray(id) ? id[0] : id,
      method: request.method,
      path: request.path.split("?")[0],
      route: context.routePath,
      routeType: context.routeType,
    }),
  );
};
