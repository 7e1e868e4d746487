import {
  CartesianGrid,
  LabelList,
  Line,
  LineChart,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from 'recharts';

/*
 * Per-item history as small multiples: one small 1–5 chart per item, in scale order,
 * so that 25 lines never share one plot. The table below is the primary content: the
 * charts are hidden from assistive technology and every point carries its score as
 * text, so nothing depends on colour.
 */

export type TItemSeries = {
  id: string;
  name: string;
  /** One point per completed review, oldest first; null = no agreed score. */
  points: readonly { name: string; score: number | null }[];
};

const INK = '#1f2328';
const GRID = '#d0d4da';
const LINE = '#1c5d99';

export function ItemHistoryChart({ items }: { items: readonly TItemSeries[] }) {
  const tick = { fill: INK, fontSize: 11 };
  return (
    <div aria-hidden className="lots-chart lots-fidelity-multiples">
      {items.map((item) => (
        <figure key={item.id} className="lots-fidelity-multiples__item">
          <figcaption>{item.name}</figcaption>
          <ResponsiveContainer width="100%" height={120}>
            <LineChart
              data={[...item.points]}
              margin={{ top: 18, right: 16, bottom: 0, left: -24 }}
              accessibilityLayer={false}
            >
              <CartesianGrid stroke={GRID} strokeDasharray="3 3" />
              <XAxis dataKey="name" tick={tick} interval="preserveStartEnd" />
              <YAxis domain={[1, 5]} ticks={[1, 3, 5]} tick={tick} />
              <Line
                dataKey="score"
                stroke={LINE}
                strokeWidth={2}
                dot={{ r: 4, fill: LINE }}
                connectNulls
                isAnimationActive={false}
              >
                <LabelList dataKey="score" position="top" fill={INK} fontSize={11} />
              </Line>
            </LineChart>
          </ResponsiveContainer>
        </figure>
      ))}
    </div>
  );
}
