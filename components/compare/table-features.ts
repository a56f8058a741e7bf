import { columnOrderingFeature, columnPinningFeature, tableFeatures as defineFeatures } from "@tanstack/react-table";

// The features the comparison table registers: distro columns in the chosen order, the attribute column pinned.
export const tableFeatures = defineFeatures({ columnOrderingFeature, columnPinningFeature });
export type CompareFeatures = typeof tableFeatures;
