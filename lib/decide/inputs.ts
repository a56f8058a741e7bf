/**
 * The decision builder's vocabulary as plain values: the criteria, weight
 * bounds and defaults, places and managed-Kubernetes services. Kept apart from
 * the zod schemas built on them (lib/validations/report.ts) so the browser
 * code of /decide does not carry zod.
 */

export const CRITERION_KEYS = ["support-remaining", "update-safety", "attack-surface", "flexibility", "certifications", "portability", "maturity"] as const;
export type CriterionKey = (typeof CRITERION_KEYS)[number];

export const MAX_WEIGHT = 5;
export type Weights = Record<CriterionKey, number>;

export const DEFAULT_WEIGHTS: Weights = {
  "support-remaining": 4,
  "update-safety": 3,
  "attack-surface": 3,
  flexibility: 2,
  certifications: 2,
  portability: 2,
  maturity: 3,
};

export const PLACES = ["aws", "azure", "gcp", "other-clouds", "on-premises"] as const;
export type Place = (typeof PLACES)[number];

export const MANAGED_KUBERNETES = ["eks", "aks", "gke"] as const;
export type ManagedKubernetes = (typeof MANAGED_KUBERNETES)[number];

export const MAX_SUPPORT_YEARS = 10;
