// The part of swagger-ui-dist's prebuilt bundle the API reference uses (the package ships no types).
declare module "swagger-ui-dist/swagger-ui-es-bundle.js" {
  type SwaggerUIOptions = {
    domNode: HTMLElement;
    spec: object;
    supportedSubmitMethods?: string[];
    docExpansion?: "list" | "full" | "none";
    defaultModelsExpandDepth?: number;
  };
  const SwaggerUIBundle: (options: SwaggerUIOptions) => unknown;
  export default SwaggerUIBundle;
}
