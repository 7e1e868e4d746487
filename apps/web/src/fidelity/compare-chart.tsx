import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  ReferenceLine,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from 'recharts';

/*
 * The latest total of each programme of the association as horizontal bars on the
 * scale's 25–125, with the band limits (74, 100, 115) as dashed reference lines, explained in text beside it. The table
 * beside it is the primary content: the chart is hidden from assistive technology and
 * every bar carries its total as text; a programme without a review has no bar.
 */

export type TCompareBar = { name: string; total: number | null };

const INK = '#1f2328';
const GRID = '#d0d4da';
const BAR = '#1c5d99';
/** Lower limits of `fair`, `good` and `exemplary` (fidelity.md "Total and bands"). */
const BAND_LIMITS = [74, 100, 115];

export function CompareChart({ bars }: { bars: readonly TCompareBar[] }) {
  const tick = { fill: INK, fontSize: 13 };
  return (
    <div aria-hidden className="lots-chart">
      <ResponsiveContainer width="100%" height={80 + bars.length * 40}>
        <BarChart
          data={[...bars]}
          layout="vertical"
          margin={{ top: 24, right: 40, bottom: 8, left: 8 }}
          accessibilityLayer={false}
        >
          <CartesianGrid stroke={GRID} strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" domain={[25, 125]} ticks={[25, 50, 74, 100, 115, 125]} tick={tick} />
          <YAxis type="category" dataKey="name" width={180} tick={tick} interval={0} />
          {BAND_LIMITS.map((x) => (
            <ReferenceLine key={x} x={x} stroke={INK} strokeDasharray="6 4" />
          ))}
          <Bar dataKey="total" fill={BAR} barSize={22} isAnimationActive={false}>
            <LabelList dataKey="total" position="right" fill={INK} fontSize={13} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
