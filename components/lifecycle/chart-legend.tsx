import { TIER_STYLES, TierPatternDefs, TierRect } from "@/components/lifecycle/tier-style";

function Swatch({ fill, paid = false, open = false, prefix }: { fill: string; paid?: boolean; open?: boolean; prefix: string }) {
  return (
    <svg width="32" height="12" aria-hidden="true" className="shrink-0">
      {paid || open ? <TierPatternDefs prefix={prefix} /> : null}
      <TierRect prefix={prefix} x={0} y={0} width={32} height={12} fill={fill} paid={paid} open={open} />
    </svg>
  );
}

/** What the timeline's colours and marks mean; plain HTML, so it is there before the chart loads. */
export function ChartLegend() {
  return (
    <ul className="flex flex-wrap gap-x-5 gap-y-1 text-xs" data-testid="chart-legend" aria-label="Chart legend">
      {TIER_STYLES.map((t) => (
        <li key={t.key} className="flex items-center gap-1.5">
          <Swatch fill={t.fill} prefix={`legend-${t.key}`} />
          {t.label}
        </li>
      ))}
      <li className="flex items-center gap-1.5">
        <Swatch fill="#64748b" paid prefix="legend-paid" />
        Hatched: paid (needs a subscription or add-on)
      </li>
      <li className="flex items-center gap-1.5">
        <Swatch fill="#64748b" open prefix="legend-open" />
        Fading out: end not published
      </li>
    </ul>
  );
}
