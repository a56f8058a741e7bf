import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  typedRoutes: true,
  // pdfkit reads its font data from its own folder at run time, so it must not be bundled.
  serverExternalPackages: ["pdfkit"],
};

export default nextConfig;
