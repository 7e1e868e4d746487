import {
  CartesianGrid,
  LabelList,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from 'recharts';
import { formatPercent } from '../format.ts';

/*
 * Total over time, with the employment rate of the same windows on a second axis.
 * The table beside it is the primary content: the chart is hidden from assistive
 * technology, each point carries its value as text, and the two series differ by
 * line style (solid, dashed) and marker as well as colour.
 */

export type THistoryPoint = { name: string; total: number; rate: number | null };

const INK = '#1f2328';
const GRID = '#d0d4da';
const TOTAL = '#1c5d99';
const RATE = '#8a4b08';

export function HistoryChart({
  points,
  totalLabel,
  rateLabel,
  goodLabel,
}: {
  points: readonly THistoryPoint[];
  totalLabel: string;
  rateLabel: string;
  goodLabel: string;
}) {
  const tick = { fill: INK, fontSize: 12 };
  return (
    <div aria-hidden className="lots-chart">
      <ResponsiveContainer width="100%" height={320}>
        <LineChart
          data={[...points]}
          margin={{ top: 24, right: 24, bottom: 8, left: 8 }}
          accessibilityLayer={false}
        >
          <CartesianGrid stroke={GRID} strokeDasharray="3 3" />
          <XAxis dataKey="name" tick={tick} />
          <YAxis yAxisId="total" domain={[25, 125]} tick={tick} />
          <YAxis
            yAxisId="rate"
            orientation="right"
            domain={[0, 1]}
            tick={tick}
            tickFormatter={(v: number) => formatPercent(v, 0)}
          />
          <ReferenceLine
            yAxisId="total"
            y={100}
            stroke={INK}
            strokeDasharray="6 4"
            label={{ value: goodLabel, fill: INK, fontSize: 12, position: 'insideTopLeft' }}
          />
          <Legend itemSorter={null} wrapperStyle={{ color: INK, fontSize: 13 }} />
          <Line
            yAxisId="total"
            dataKey="total"
            name={totalLabel}
            stroke={TOTAL}
            strokeWidth={3}
            dot={{ r: 5, fill: TOTAL }}
            isAnimationActive={false}
          >
            <LabelList dataKey="total" position="top" fill={INK} fontSize={12} />
          </Line>
          <Line
            yAxisId="rate"
            dataKey="rate"
            name={rateLabel}
            stroke={RATE}
            strokeWidth={2}
            strokeDasharray="6 3"
            dot={{ r: 4, fill: '#ffffff', stroke: RATE, strokeWidth: 2 }}
            connectNulls
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
