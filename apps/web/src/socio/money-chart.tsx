import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  Legend,
  ReferenceLine,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from 'recharts';
import { formatMoney, formatNumber } from '../format.ts';

/*
 * Money bars for the analysis page (recharts, loaded with that page only). The table
 * beside each chart is the primary content: the chart is hidden from assistive
 * technology, every bar carries its amount as text, and series differ by pattern as
 * well as colour.
 */

export type TMoneySeries = { key: string; label: string; color: string; hatched?: boolean };
export type TMoneyRow = { name: string; values: Record<string, number | null> };

const INK = '#1f2328';
const GRID = '#d0d4da';

/** `1,8 mn` / `563 tn` on the axis: short, still Swedish. */
function axisMoney(v: number): string {
  const abs = Math.abs(v);
  if (abs >= 1_000_000) return `${formatNumber(v / 1_000_000, 1)} mn`;
  if (abs >= 1_000) return `${formatNumber(v / 1_000, 0)} tn`;
  return formatNumber(v);
}

/**
 * A horizontal bar's amount, right of the bar's outer end for a positive value and
 * right of the zero line for a negative one, so it never covers the category names.
 */
function barEndLabel(props: {
  x?: number | string;
  y?: number | string;
  width?: number | string;
  height?: number | string;
  value?: unknown;
}) {
  const x = Number(props.x ?? 0);
  const width = Number(props.width ?? 0);
  const y = Number(props.y ?? 0) + Number(props.height ?? 0) / 2;
  const end = Math.max(x, x + width) + 6;
  return (
    <text x={end} y={y} fill={INK} fontSize={12} dominantBaseline="middle">
      {typeof props.value === 'string' ? props.value : ''}
    </text>
  );
}

export function MoneyChart({
  rows,
  series,
  horizontal = false,
  label,
}: {
  rows: readonly TMoneyRow[];
  series: readonly TMoneySeries[];
  horizontal?: boolean;
  /** Said once instead of the drawing ("same figures as the table"). */
  label: string;
}) {
  const data = rows.map((r) => {
    const row: Record<string, string | number | null> = { name: r.name };
    for (const s of series) {
      const v = r.values[s.key] ?? null;
      row[s.key] = v;
      row[`${s.key}__label`] = v === null ? '' : formatMoney(v);
    }
    return row;
  });
  const height = horizontal ? 60 + rows.length * series.length * 40 : 320;
  const category = { dataKey: 'name', tick: { fill: INK, fontSize: 12 }, interval: 0 } as const;
  const value = { tick: { fill: INK, fontSize: 12 }, tickFormatter: axisMoney } as const;
  return (
    <div className="lots-socio-chart" role="img" aria-label={label}>
      <div>
        <ResponsiveContainer width="100%" height={height}>
          <BarChart
            data={data}
            layout={horizontal ? 'vertical' : 'horizontal'}
            margin={{ top: 20, right: horizontal ? 110 : 16, bottom: 8, left: 8 }}
            accessibilityLayer={false}
          >
            <defs>
              {series
                .filter((s) => s.hatched)
                .map((s) => (
                  <pattern
                    key={s.key}
                    id={`lots-socio-hatch-${s.key}`}
                    width="6"
                    height="6"
                    patternUnits="userSpaceOnUse"
                    patternTransform="rotate(45)"
                  >
                    <rect width="6" height="6" fill="#ffffff" />
                    <line x1="0" y1="0" x2="0" y2="6" stroke={s.color} strokeWidth="3" />
                  </pattern>
                ))}
            </defs>
            <CartesianGrid stroke={GRID} strokeDasharray="3 3" />
            {horizontal ? (
              <>
                <XAxis type="number" {...value} />
                <YAxis type="category" width={120} {...category} />
              </>
            ) : (
              <>
                <XAxis type="category" {...category} />
                <YAxis type="number" width={64} {...value} />
              </>
            )}
            <ReferenceLine {...(horizontal ? { x: 0 } : { y: 0 })} stroke={INK} />
            {series.length > 1 && (
              <Legend itemSorter={null} wrapperStyle={{ color: INK, fontSize: 13 }} />
            )}
            {series.map((s) => (
              <Bar
                key={s.key}
                dataKey={s.key}
                name={s.label}
                fill={s.hatched ? `url(#lots-socio-hatch-${s.key})` : s.color}
                stroke={s.color}
                strokeWidth={s.hatched ? 2 : 0}
                isAnimationActive={false}
              >
                {horizontal ? (
                  <LabelList dataKey={`${s.key}__label`} content={barEndLabel} />
                ) : series.length === 1 ? (
                  <LabelList dataKey={`${s.key}__label`} position="top" fill={INK} fontSize={12} />
                ) : null}
              </Bar>
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
    </div>
  );
}
