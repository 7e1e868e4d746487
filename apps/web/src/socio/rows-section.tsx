import type { TSocioAnalysisOut } from '@lots/contracts';
import { Button, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MISSING, formatMoney, formatNumber } from '../format.ts';
import { differenceField, rowDifferences } from './differences-section.tsx';
import { api } from '../api.ts';
import { RowForm } from './row-form.tsx';
import { ScenarioRowForm } from './scenario-row-form.tsx';
import { socioKeys } from './socio-queries.ts';
import { fieldLabel, incomeLabel } from './row-fields.ts';
import { ScrollTable } from './scroll-table.tsx';

type TRow = TSocioAnalysisOut['rows'][number];

function After({ row }: { row: TRow }) {
  const { t } = useTranslation();
  const a = row.inputs.after;
  const h = row.inputs.housing;
  return (
    <>
      {a === null
        ? t('socio.rows.housingOnly')
        : a.kind === 'studies'
          ? `${t('socio.rows.studies')} ${formatMoney(a.studyAllowanceMonthly)}`
          : `${t('socio.rows.employment', { salary: formatMoney(a.salary), extent: formatNumber(a.extentPct, 1) })}${
              a.subsidyMonthly > 0
                ? `; ${t('socio.rows.subsidy', { amount: formatMoney(a.subsidyMonthly) })}`
                : ''
            }`}
      {h && (
        <Text size="sm" c="dimmed">
          {t('socio.rows.housing', {
            before: formatNumber(h.hoursBefore, 1),
            after: formatNumber(h.hoursAfter, 1),
          })}
        </Text>
      )}
    </>
  );
}

/**
 * The analysis's rows: inputs, the computed monthly figures, exclusions and
 * adjustments, and each difference from the published analysis with both values.
 * Staff see case numbers and change rows; funders see row numbers only.
 */
export function RowsSection({ analysis, staff }: { analysis: TSocioAnalysisOut; staff: boolean }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<number | null>(null);
  const [saved, setSaved] = useState<number | null>(null);
  const computed = new Map((analysis.result?.rows ?? []).map((r) => [Number(r.id), r.monthly]));
  const caseNumbers = staff && analysis.rows.some((r) => r.caseNumber);
  const editRow = analysis.rows.find((r) => r.row === editing);
  const scenario = staff && analysis.mode === 'scenario';
  const [adding, setAdding] = useState(false);
  const [changed, setChanged] = useState<{ key: 'added' | 'deleted'; row: number } | null>(null);
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: (row: number) => api.deleteSocioRow(analysis.id, row),
    onSuccess: (updated, row) => {
      queryClient.setQueryData(socioKeys.analysis(analysis.id), updated);
      void queryClient.invalidateQueries({ queryKey: socioKeys.list(analysis.programme) });
      setChanged({ key: 'deleted', row });
    },
  });
  return (
    <section aria-labelledby="socio-rows" className="lots-print-section">
      <Title order={2} id="socio-rows" mb="sm">
        {t('socio.rows.title')}
      </Title>
      {saved !== null && (
        <Text role="status" mb="sm" fw={600}>
          {t('socio.rowForm.saved', { row: saved })}
        </Text>
      )}
      {changed && (
        <Text role="status" mb="sm" fw={600}>
          {t(`socio.scenarioRow.${changed.key}`, { row: changed.row })}
        </Text>
      )}
      <Stack gap="md">
        <ScrollTable label={t('socio.rows.caption')} minWidth={960}>
          <Table className="lots-table" withTableBorder bg="white" verticalSpacing="xs">
            <Table.Caption>{t('socio.rows.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('socio.rows.row')}</Table.Th>
                {caseNumbers && <Table.Th scope="col">{t('socio.rows.caseNumber')}</Table.Th>}
                <Table.Th scope="col">{t('socio.rows.before')}</Table.Th>
                <Table.Th scope="col">{t('socio.rows.after')}</Table.Th>
                <Table.Th scope="col">{t('socio.rows.computed')}</Table.Th>
                <Table.Th scope="col">{t('socio.rows.status')}</Table.Th>
                {staff && <Table.Th scope="col">{t('socio.rows.actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {analysis.rows.map((r) => {
                const diffs = rowDifferences(analysis, r.row);
                const m = computed.get(r.row);
                return (
                  <Table.Tr
                    key={r.row}
                    className={diffs.length > 0 ? 'lots-socio-diff-row' : undefined}
                    data-row={r.row}
                  >
                    <Table.Th scope="row">{r.row}</Table.Th>
                    {caseNumbers && <Table.Td>{r.caseNumber ?? MISSING}</Table.Td>}
                    <Table.Td>
                      {r.inputs.before.length === 0
                        ? MISSING
                        : r.inputs.before.map((b, i) => (
                            <div key={i}>
                              {incomeLabel(t, b.source)} {formatMoney(b.monthly)}
                            </div>
                          ))}
                    </Table.Td>
                    <Table.Td>
                      <After row={r} />
                    </Table.Td>
                    <Table.Td>
                      {m
                        ? t('socio.rows.computedText', {
                            tax: formatMoney(m.taxIncrease),
                            production: formatMoney(m.productionValue),
                          })
                        : MISSING}
                    </Table.Td>
                    <Table.Td>
                      <div
                        className={
                          r.excluded ? 'lots-tag lots-tag--warning' : 'lots-tag lots-tag--success'
                        }
                      >
                        {r.excluded ? t('socio.rows.excluded') : t('socio.rows.included')}
                      </div>
                      {r.excluded && r.excludedReason && <Text size="sm">{r.excludedReason}</Text>}
                      {r.adjustments.length > 0 && (
                        <List size="sm" spacing={2} mt={4}>
                          {r.adjustments.map((a) => (
                            <List.Item key={a.field}>
                              {t('socio.rows.adjusted')}:{' '}
                              {t('socio.rows.adjustmentText', {
                                field: fieldLabel(t, r, a.field),
                                original: formatNumber(a.original, 2),
                                value: formatNumber(a.value, 2),
                              })}
                              {a.note ? ` (${a.note})` : ''}
                            </List.Item>
                          ))}
                        </List>
                      )}
                      {diffs.length > 0 && (
                        <div className="lots-socio-diff">
                          <strong>{t('socio.rows.difference')}:</strong>
                          {diffs.map((d) => (
                            <div key={d.field}>
                              {differenceField(t, d.field)}:{' '}
                              {t('socio.differences.published').toLowerCase()}{' '}
                              {formatMoney(d.published)},{' '}
                              {t('socio.differences.computed').toLowerCase()}{' '}
                              <mark className="lots-socio-mark">{formatMoney(d.computed)}</mark>
                            </div>
                          ))}
                        </div>
                      )}
                    </Table.Td>
                    {staff && (
                      <Table.Td>
                        <Button
                          size="xs"
                          variant="default"
                          aria-label={t('socio.rows.edit', { row: r.row })}
                          onClick={() => {
                            setSaved(null);
                            setEditing(r.row);
                          }}
                        >
                          {t('socio.rows.actions')}
                        </Button>
                        {scenario && (
                          <Button
                            size="xs"
                            variant="default"
                            color="red"
                            ml="xs"
                            loading={remove.isPending && remove.variables === r.row}
                            onClick={() => {
                              setSaved(null);
                              remove.mutate(r.row);
                            }}
                          >
                            {t('socio.scenarioRow.delete', { row: r.row })}
                          </Button>
                        )}
                      </Table.Td>
                    )}
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </ScrollTable>
        {scenario && !adding && (
          <Group>
            <Button
              variant="default"
              onClick={() => {
                setChanged(null);
                setAdding(true);
              }}
            >
              {t('socio.scenarioRow.add')}
            </Button>
          </Group>
        )}
        {scenario && adding && (
          <ScenarioRowForm
            analysis={analysis}
            onDone={(row) => {
              setAdding(false);
              if (row !== null) setChanged({ key: 'added', row });
            }}
          />
        )}
        {staff && editRow && (
          <RowForm
            key={editRow.row}
            analysis={analysis}
            row={editRow}
            onDone={(ok) => {
              if (ok) setSaved(editRow.row);
              setEditing(null);
            }}
          />
        )}
      </Stack>
    </section>
  );
}
