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
import { formatNumber, formatPercent } from '../format.ts';

/*
 * The one chart of the report pages (recharts, loaded with them only). The table
 * beside it is the primary content: the chart is hidden from assistive technology,
 * every bar carries its value as text, and series differ by pattern as well as by
 * colour (solid, hatched, outlined), so colour never carries meaning alone.
 */

export type TSeriesStyle = 'solid' | 'hatched' | 'outline';

export type TChartSeries = {
  key: string;
  label: string;
  /** A colour with at least 3:1 contrast on white (WCAG 1.4.11). */
  color: string;
  style?: TSeriesStyle;
};

export type TChartRow = {
  name: string;
  /** Numeric values per series; null = not drawn (suppressed or missing). */
  values: Record<string, number | null>;
  /** The text on each bar (e.g. "<5", "23,8 %"); defaults to the formatted value. */
  labels?: Record<string, string>;
};

export type TBarChartProps = {
  rows: readonly TChartRow[];
  series: readonly TChartSeries[];
  /** Values are fractions shown as per cent. */
  percent?: boolean;
  /** Horizontal bars, for long category names. */
  horizontal?: boolean;
  reference?: { value: number; label: string };
  height?: number;
};

const INK = '#1f2328';
const GRID = '#d0d4da';

function fillOf(s: TChartSeries): string {
  if (s.style === 'hatched') return `url(#lots-hatch-${s.key})`;
  if (s.style === 'outline') return '#ffffff';
  return s.color;
}

export function ReportBarChart({
  rows,
  series,
  percent = false,
  horizontal = false,
  reference,
  height,
}: TBarChartProps) {
  const format = (v: number) => (percent ? formatPercent(v, 0) : formatNumber(v, 1));
  const data = rows.map((r) => {
    const row: Record<string, string | number | null> = { name: r.name };
    for (const s of series) {
      const v = r.values[s.key] ?? null;
      row[s.key] = v;
      row[`${s.key}__label`] =
        r.labels?.[s.key] ?? (v === null ? '' : percent ? formatPercent(v) : formatNumber(v, 1));
    }
    return row;
  });
  const h = height ?? (horizontal ? 60 + rows.length * series.length * 26 : 320);
  const category = { dataKey: 'name', tick: { fill: INK, fontSize: 13 }, interval: 0 } as const;
  const value = {
    tick: { fill: INK, fontSize: 12 },
    tickFormatter: format,
    allowDecimals: !percent,
    // The reference line (e.g. the IPS caseload target) stays in view above the bars.
    domain: percent
      ? ([0, 1] as const)
      : ([0, (max: number) => Math.ceil(Math.max(max, (reference?.value ?? 0) * 1.1))] as const),
  };
  return (
    <ResponsiveContainer width="100%" height={h}>
      <BarChart
        data={data}
        layout={horizontal ? 'vertical' : 'horizontal'}
        margin={{ top: 16, right: 48, bottom: 8, left: 8 }}
        accessibilityLayer={false}
      >
        <defs>
          {series
            .filter((s) => s.style === 'hatched')
            .map((s) => (
              <pattern
                key={s.key}
                id={`lots-hatch-${s.key}`}
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
            <YAxis type="category" width={210} {...category} />
          </>
        ) : (
          <>
            <XAxis type="category" {...category} />
            <YAxis type="number" {...value} />
          </>
        )}
        {/* In series order (Recharts sorts the legend by label otherwise). */}
        <Legend itemSorter={null} wrapperStyle={{ color: INK, fontSize: 13 }} />
        {reference && (
          <ReferenceLine
            {...(horizontal ? { x: reference.value } : { y: reference.value })}
            stroke={INK}
            strokeDasharray="6 4"
            strokeWidth={2}
            label={{ value: reference.label, fill: INK, fontSize: 12, position: 'insideTopRight' }}
          />
        )}
        {series.map((s) => (
          <Bar
            key={s.key}
            dataKey={s.key}
            name={s.label}
            fill={fillOf(s)}
            stroke={s.color}
            strokeWidth={s.style === 'solid' || s.style === undefined ? 0 : 2}
            isAnimationActive={false}
          >
            <LabelList
              dataKey={`${s.key}__label`}
              position={horizontal ? 'right' : 'top'}
              fill={INK}
              fontSize={12}
            />
          </Bar>
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
