/** Colours of the timeline's bars, shared by the chart and its legend (which renders without the chart library). */
export const TIER_STYLES = [
  { key: "preview", label: "Preview", fill: "#94a3b8" },
  { key: "standard", label: "Standard support", fill: "#059669" },
  { key: "maintenance", label: "Maintenance / security", fill: "#0284c7" },
  { key: "extended", label: "Extended support", fill: "#7c3aed" },
] as const;

/**
 * SVG definitions for the two marks that never rely on colour alone: white
 * diagonal hatching over a paid tier, and a fade to the right over a tier
 * whose end no source publishes. `prefix` keeps ids unique per SVG.
 */
export function TierPatternDefs({ prefix }: { prefix: string }) {
  return (
    <defs>
      <pattern id={`${prefix}-paid`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="2.5" height="6" fill="#ffffff" fillOpacity="0.6" />
      </pattern>
      <linearGradient id={`${prefix}-fade-gradient`} x1="0" x2="1" y1="0" y2="0">
        <stop offset="0" stopColor="#ffffff" stopOpacity="0.95" />
        <stop offset="1" stopColor="#ffffff" stopOpacity="0.08" />
      </linearGradient>
      <mask id={`${prefix}-fade`} maskContentUnits="objectBoundingBox">
        <rect width="1" height="1" fill={`url(#${prefix}-fade-gradient)`} />
      </mask>
    </defs>
  );
}

/** One bar piece: the tier colour, hatched when paid, fading out when its end is not published. */
export function TierRect({
  prefix,
  x,
  y,
  width,
  height,
  fill,
  paid,
  open,
}: {
  prefix: string;
  x: number;
  y: number;
  width: number;
  height: number;
  fill: string;
  paid: boolean;
  open: boolean;
}) {
  return (
    <g mask={open ? `url(#${prefix}-fade)` : undefined}>
      <rect x={x} y={y} width={width} height={height} fill={fill} />
      {paid ? <rect x={x} y={y} width={width} height={height} fill={`url(#${prefix}-paid)`} data-paid="" /> : null}
    </g>
  );
}
