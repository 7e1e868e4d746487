import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MISSING, formatNumber, formatPercent } from '../format.ts';

/** A count as the API gives it: a number, or the label of a suppressed cell ("<5", ".."). */
export type TShown = number | string;
/** A rate: a fraction, "–" when suppressed, null on an empty denominator. */
export type TShownRate = number | string | null;

/** `1 772` or the suppression label exactly as the API gave it. */
export function shownText(value: TShown | null | undefined): string {
  if (value == null) return MISSING;
  return typeof value === 'number' ? formatNumber(value) : value;
}

/** The numeric value for a chart; a suppressed cell is not drawn. */
export function chartValue(value: TShown | TShownRate | undefined): number | null {
  return typeof value === 'number' ? value : null;
}

/**
 * One count in a table cell. Suppressed cells carry `data-suppressed` (styled, and
 * found by the end-to-end test) and a title with the explanation of the label.
 */
export function Count({ value }: { value: TShown | null | undefined }) {
  const { t } = useTranslation();
  if (typeof value === 'string') {
    const why = value.startsWith('<')
      ? t('reports.suppression.lt5')
      : value === '..'
        ? t('reports.suppression.secondary')
        : t('reports.suppression.rate');
    return (
      <span className="lots-figure lots-figure--suppressed" data-suppressed title={why}>
        {value}
      </span>
    );
  }
  return (
    <span className="lots-figure" data-count>
      {shownText(value)}
    </span>
  );
}

/** `28,2 %` over "11 av 39": a rate never stands without its count and denominator. */
export function Rate({
  rate,
  count,
  denominator,
}: {
  rate: TShownRate;
  count: TShown;
  denominator: TShown;
}) {
  const { t } = useTranslation();
  const main =
    typeof rate === 'number' ? (
      <span className="lots-figure">{formatPercent(rate)}</span>
    ) : (
      <Count value={rate ?? MISSING} />
    );
  return (
    <span className="lots-rate">
      {main}
      <Text span size="xs" c="dimmed" className="lots-rate__of">
        {t('reports.ofCount', { count: shownText(count), denominator: shownText(denominator) })}
      </Text>
    </span>
  );
}

/** The explanation of the suppression labels, under every suppressed report. */
export function SuppressionLegend() {
  const { t } = useTranslation();
  return (
    <div className="lots-suppression" role="note" aria-label={t('reports.suppression.title')}>
      <Text fw={600} size="sm">
        {t('reports.suppression.title')}
      </Text>
      <dl className="lots-suppression__list">
        <dt>&lt;5</dt>
        <dd>{t('reports.suppression.lt5')}</dd>
        <dt>..</dt>
        <dd>{t('reports.suppression.secondary')}</dd>
        <dt>{MISSING}</dt>
        <dd>{t('reports.suppression.rate')}</dd>
      </dl>
    </div>
  );
}
