import { IntentLink } from "@/components/intent-link";

export default function NotFound() {
  return (
    <div className="max-w-xl">
      <h1 className="text-3xl font-bold tracking-tight">Page not found</h1>
      <p className="mt-3 text-slate-700 dark:text-slate-300">
        There is no page at this address. The distribution may not be in the catalog, or its slug may be spelled differently.
      </p>
      <p className="mt-3">
        <IntentLink href="/" className="underline">See every distribution in the catalog</IntentLink>
      </p>
    </div>
  );
}
