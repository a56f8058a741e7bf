"use client";

import { lazy, Suspense, useEffect, useState } from "react";
import type { AddDistroProps } from "@/components/selection/add-distro-combobox";

// React Aria is about 70 KB gzipped: it loads once the page is idle (or at the first focus or
// pointer on the field), not with the page, whose table needs none of it.
const AddDistroCombobox = lazy(() => import("@/components/selection/add-distro-combobox").then((m) => ({ default: m.AddDistroCombobox })));

const FIELD =
  "w-56 min-w-0 max-w-full rounded border border-slate-300 bg-white px-2 py-1 placeholder:text-slate-500 dark:border-slate-700 dark:bg-slate-900 dark:placeholder:text-slate-400";

/**
 * "Add a distro": until the combobox has loaded, a plain text field in its
 * place. It adds nothing itself, so no key can add a column by accident; what
 * is typed into it carries over, with the focus, when the combobox arrives.
 */
export function AddDistro(props: AddDistroProps) {
  const [wanted, setWanted] = useState(false);
  const [text, setText] = useState("");
  const [focused, setFocused] = useState(false);
  useEffect(() => {
    const load = () => setWanted(true);
    // Every browser the app supports has requestIdleCallback except Safari before 18, which gets a timer.
    if (typeof window.requestIdleCallback === "function") {
      const id = window.requestIdleCallback(load, { timeout: 3000 });
      return () => window.cancelIdleCallback(id);
    }
    const id = setTimeout(load, 1500);
    return () => clearTimeout(id);
  }, []);
  const field = (
    <label className="flex min-w-0 flex-wrap items-center gap-2 text-sm">
      <span>{props.label ?? "Add a distro"}</span>
      <input
        type="text"
        className={FIELD}
        placeholder="Type a name or vendor…"
        value={text}
        onChange={(e) => setText(e.target.value)}
        onFocus={() => {
          setFocused(true);
          setWanted(true);
        }}
        onBlur={() => setFocused(false)}
        onPointerEnter={() => setWanted(true)}
      />
    </label>
  );
  if (!wanted) return field;
  return (
    <Suspense fallback={field}>
      <AddDistroCombobox {...props} initialText={text} focus={focused} />
    </Suspense>
  );
}
