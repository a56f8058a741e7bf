import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // The benchmark builds a fixture catalog into its own folder so it never replaces the real build.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  reactStrictMode: true,
  // pdfkit reads its font data from its own folder at run time, so it must not be bundled.
  serverExternalPackages: ["pdfkit"],
};

export default nextConfig;
