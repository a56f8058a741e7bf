import { createHash } from "node:crypto";

/** Headers every response carries, whatever it is. */
export const STATIC_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "Permissions-Policy":
    "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), hid=(), midi=(), magnetometer=(), gyroscope=(), accelerometer=(), display-capture=(), browsing-topics=()",
  "X-Frame-Options": "DENY",
  // A page opened from another site cannot reach this window, and other sites cannot embed these responses.
  "Cross-Origin-Opener-Policy": "same-origin",
  "Cross-Origin-Resource-Policy": "same-origin",
};

/** Sent when the request arrived over TLS, directly or through a proxy that says so. */
export const HSTS = "max-age=31536000; includeSubDomains";

/**
 * The Content-Security-Policy for a response. Scripts come only from this
 * origin plus the exact inline scripts of this HTML document, by hash, so
 * prerendered pages stay static (a nonce would force per-request rendering).
 * Style attributes need 'unsafe-inline' (style-src-attr only): React writes
 * style="…" into server-rendered markup (table widths); an attribute cannot run
 * script, and <style>/<link> stylesheets stay restricted to this origin (and
 * React Aria's two fixed styles, by hash).
 */
// React Aria (the /compare combobox) injects two fixed <style> elements: its pressable
// elements' touch-action rule, and on iOS, while a popover is open, overscroll containment.
// Allowed by the hash of their exact text; a React Aria upgrade that changes it shows as a
// CSP violation in tests/e2e/csp.spec.ts.
const REACT_ARIA_STYLE_HASHES = ["sha256-38RhXrc7EdReTKsOm23ZPOCUgniTUUcjky8QOOrQx6o=", "sha256-gYiS/BvZvRcK27JIXTuwhZ3hs2+VJ1X+2gUlE+farlg="];

export function contentSecurityPolicy(scriptHashes: readonly string[] = []): string {
  const scripts = ["'self'", ...scriptHashes.map((h) => `'${h}'`)].join(" ");
  return [
    "default-src 'self'",
    `script-src ${scripts}`,
    `style-src 'self' ${REACT_ARIA_STYLE_HASHES.map((h) => `'${h}'`).join(" ")}`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

// An inline <script> element: no src attribute; captures its text.
const INLINE_SCRIPT = /<script\b((?:[^>"']|"[^"]*"|'[^']*')*)>([\s\S]*?)<\/script\s*>/gi;

/** The CSP hash source ("sha256-…") of every inline script in an HTML document, deduplicated, in order. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const m of html.matchAll(INLINE_SCRIPT)) {
    const attrs = m[1] ?? "";
    const body = m[2] ?? "";
    if (/\ssrc\s*=/i.test(attrs) || body === "") continue;
    hashes.add(`sha256-${createHash("sha256").update(body, "utf8").digest("base64")}`);
  }
  return [...hashes];
}
