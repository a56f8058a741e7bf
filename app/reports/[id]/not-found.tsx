import { NotFoundMessage } from "@/components/not-found-message";

export default function ReportNotFound() {
  return (
    <NotFoundMessage
      title="Report not found"
      links={[
        { href: "/reports", label: "See the saved decisions" },
        { href: "/decide", label: "Make a new decision in the decision builder" },
      ]}
    >
      No saved decision report has this address. A report&apos;s address ends in a long code; check that the link was copied whole.
    </NotFoundMessage>
  );
}
