// Requests for calling App Router route handlers directly, as Next would hand them over.
import { NextRequest } from "next/server";

/** The address the tests' requests are made to. */
export const TEST_ORIGIN = "http://atlas.test";

type Init = ConstructorParameters<typeof NextRequest>[1];

/** A request for `target` (a path with its query) on TEST_ORIGIN. */
export function routeRequest(target: string, init?: Init): NextRequest {
  return new NextRequest(new URL(target, TEST_ORIGIN), init);
}

/** The second argument Next passes a dynamic route's handler. */
export function routeContext<P extends Record<string, string | string[]>>(params: P): { params: Promise<P> } {
  return { params: Promise.resolve(params) };
}
