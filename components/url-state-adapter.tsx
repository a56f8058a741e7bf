"use client";

import { useSyncExternalStore } from "react";
import {
  renderQueryString,
  unstable_createAdapterProvider as createAdapterProvider,
  type unstable_AdapterInterface as AdapterInterface,
} from "nuqs/adapters/custom";

/*
 * A nuqs adapter for prerendered pages. nuqs's own Next.js adapter reads the
 * query through useSearchParams, which makes a static page render its URL-state
 * views twice on load (a Suspense fallback, then the real tree). This one reads
 * location.search through useSyncExternalStore: the server and the hydration
 * pass see no query (the defaults the page was prerendered with), and React
 * re-renders once with the real query right after hydrating. Updates go
 * through history with a null state, which Next's router adopts as its own
 * URL, so useSearchParams elsewhere (the navigation) follows.
 */

const listeners = new Set<() => void>();
const EMPTY = new URLSearchParams();
let cached: { search: string; params: URLSearchParams } | null = null;

function notify(): void {
  for (const listener of listeners) listener();
}

let historyWatched = false;
// Next's own navigations (a link from /lifecycle to /compare?distros=…) change
// the query without telling nuqs; hear them after the history call returns.
function watchHistory(): void {
  if (historyWatched) return;
  historyWatched = true;
  for (const method of ["pushState", "replaceState"] as const) {
    const original = history[method];
    history[method] = function (this: History, ...args: Parameters<History["pushState"]>) {
      original.apply(this, args);
      queueMicrotask(notify);
    };
  }
}

function subscribe(listener: () => void): () => void {
  watchHistory();
  listeners.add(listener);
  window.addEventListener("popstate", listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("popstate", listener);
  };
}

function snapshot(): URLSearchParams {
  const search = location.search;
  if (cached?.search !== search) cached = { search, params: new URLSearchParams(search) };
  return cached.params;
}

function useStaticPageAdapter(): AdapterInterface {
  const searchParams = useSyncExternalStore(subscribe, snapshot, () => EMPTY);
  return {
    searchParams,
    getSearchParamsSnapshot: snapshot,
    updateUrl(search, options) {
      const url = `${location.pathname}${renderQueryString(search)}${location.hash}`;
      (options.history === "push" ? history.pushState : history.replaceState).call(history, null, "", url);
      if (options.scroll) window.scrollTo(0, 0);
    },
  };
}

/** Provides nuqs's URL state to a prerendered page's interactive views. */
export const UrlStateAdapter = createAdapterProvider(useStaticPageAdapter);
