"use client";

import Link from "next/link";
import { useState, type ComponentProps } from "react";

/**
 * An internal link that prefetches its page only once the user shows intent
 * (pointer over it, keyboard focus, touch), the pattern Next's prefetching
 * guide gives. The default prefetches every link as it scrolls into view:
 * on the overview that is a dozen pages fetched and parsed while the first
 * one is still loading.
 */
export function IntentLink({ onMouseEnter, onFocus, onTouchStart, ...props }: Omit<ComponentProps<typeof Link>, "prefetch">) {
  const [intent, setIntent] = useState(false);
  return (
    <Link
      {...props}
      prefetch={intent ? null : false}
      onMouseEnter={(e) => (setIntent(true), onMouseEnter?.(e))}
      onFocus={(e) => (setIntent(true), onFocus?.(e))}
      onTouchStart={(e) => (setIntent(true), onTouchStart?.(e))}
    />
  );
}
