/** One colour per criterion, in criteria order; shared by the page chart and the PDF chart. Legends always name them. */
export const CHART_COLOURS = ["#2563eb", "#059669", "#d97706", "#7c3aed", "#dc2626", "#0891b2", "#4d7c0f"];
