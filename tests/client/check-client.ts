// Compiled (never run) by tests/unit/api-client.test.ts against the types
// openapi-typescript generates from the served document: a client written
// against the document must agree with the types the code itself uses.
import type { components, operations, paths } from "./api-types";
import type { DistroDetail, DistroSummary, ClaimView, SourceView, CatalogVersion } from "@/lib/validations/api";
import type { ChangeState, Change } from "@/lib/validations/changes";
import type { ReportCreated } from "@/lib/validations/report";
import type { ReportList } from "@/lib/validations/report-list";
import type { ReportExport } from "@/lib/validations/report-export";
import type { z } from "zod";
import type { reportInputSchema } from "@/lib/validations/report";

type Schemas = components["schemas"];
/** True only when each type is assignable to the other. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const agree = <T extends true>(): T | void => undefined;

agree<Same<Schemas["DistroSummary"], DistroSummary>>();
agree<Same<Schemas["DistroDetail"], DistroDetail>>();
agree<Same<Schemas["Claim"], ClaimView>>();
agree<Same<Schemas["Source"], SourceView>>();
agree<Same<Schemas["CatalogVersion"], CatalogVersion>>();
agree<Same<Schemas["Change"], Change>>();
agree<Same<Schemas["ChangeState"], ChangeState>>();
agree<Same<Schemas["ReportCreated"], ReportCreated>>();
agree<Same<Schemas["ReportList"], ReportList>>();
agree<Same<Schemas["DecisionReportExport"], ReportExport>>();
// What a client may send is what the route accepts.
agree<Same<Schemas["ReportInput"], z.input<typeof reportInputSchema>>>();

// A typed client call compiles against the operations: the 201 answer of createReport is a ReportCreated.
type Created = operations["createReport"]["responses"][201]["content"]["application/json"];
agree<Same<Created, ReportCreated>>();
type DistroPath = paths["/api/v1/distros/{slug}"]["get"]["parameters"]["path"];
export const example: DistroPath = { slug: "bottlerocket" };
