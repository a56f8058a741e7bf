import { z } from "zod";
import { MAX_SELECTION } from "@/lib/selection";

/**
 * `distros`: required, comma-separated slugs, no repeats, at most
 * MAX_SELECTION. Whether each slug exists is checked against the catalog.
 */
export const calendarQuerySchema = z.strictObject({
  distros: z
    .string({ error: "is required: a comma-separated list of distro slugs" })
    .refine((s) => s.trim() !== "", "is empty: name at least one distro slug")
    .transform((s) => s.split(",").map((p) => p.trim()))
    .pipe(
      z
        .array(z.string().min(1, "an empty entry between commas"))
        .max(MAX_SELECTION, `at most ${MAX_SELECTION} distros`)
        .refine((l) => new Set(l).size === l.length, "a distro is listed twice"),
    ),
});
