import { jsonError } from "@/lib/api/respond";

// Any /api address no route claims: a JSON 404 like the rest of the API, not the HTML not-found page.
const notFound = () => jsonError(404, "No API resource at this address; GET /api/v1/openapi.json lists them");
export { notFound as GET, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE };
