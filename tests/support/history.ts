// What tests/support/seed-history.ts puts into an e2e database, for the specs that read it back.

/** The earlier catalog version and the reports saved on it. */
export const EARLIER = {
  loadedAt: "2026-11-02T09:00:00.000Z",
  day: "2026-11-02",
  al2023MaintenanceEnd: "2028-06-30",
  storedId: "5eed0000-0000-4000-8000-000000000001",
  legacyId: "5eed0000-0000-4000-8000-000000000002",
  reportSubject: "the seeded EKS node fleet",
  legacySubject: "the seeded fleet saved before catalog versions were kept",
} as const;
