import { NotFoundMessage } from "@/components/not-found-message";

// Also the answer for an unknown distribution: /distros/{slug} serves only the prerendered catalog
// distros (dynamicParams = false), and Next answers any other slug with this page, not the segment's.
export default function NotFound() {
  return (
    <NotFoundMessage
      title="Page not found"
      links={[
        { href: "/", label: "See every distribution in the catalog" },
        { href: "/decide", label: "Open the decision builder" },
        { href: "/reports", label: "See the saved decisions" },
      ]}
    >
      There is no page at this address. If it named a distribution, that distribution is not in the catalog, or its name is spelled differently in the address.
    </NotFoundMessage>
  );
}
