/**
 * The catalog's fixed vocabularies, free of zod so client components can
 * import them without shipping the validation library to the browser.
 */
export const attributeGroups = ["Lifecycle", "Update model", "Packages & extension", "Security", "Platform & availability", "Origin"] as const;
export const DISTRO_KINDS = ["general-purpose", "container-host"] as const;
export const DISTRO_STATUSES = ["preview", "ga", "deprecated", "end-of-life"] as const;
