"use client";

import "./globals.css";

// Replaces the root layout when the layout itself fails, so it brings its own <html> and <body>.
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body className="p-8 font-sans">
        <main className="max-w-xl">
          <h1 className="text-3xl font-bold tracking-tight">Something went wrong</h1>
          <p className="mt-3">Distro Atlas could not be shown. Please try again; if it keeps failing, the server log has the details.</p>
          {error.digest ? (
            <p className="mt-2 text-sm">
              Reference: <code className="font-mono">{error.digest}</code>
            </p>
          ) : null}
          <p className="mt-4 flex gap-4">
            <button type="button" onClick={reset} className="rounded border border-slate-400 px-3 py-1.5">
              Try again
            </button>
            {/* A full page load on purpose: the root layout itself failed. */}
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
            <a href="/" className="py-1.5 underline">
              Go to the overview
            </a>
          </p>
        </main>
      </body>
    </html>
  );
}
