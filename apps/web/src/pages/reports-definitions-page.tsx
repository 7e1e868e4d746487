import { Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { DefinitionForm, describeDefinition } from '../reports/definition-form.tsx';
import { ReportFrame, type TReportContext } from '../reports/report-frame.tsx';
import { ReportQuery, ReportSection } from '../reports/report-parts.tsx';

/** Own outcome definitions of the programme (and its association): listed, and added by analysts and supervisors. */
export function ReportsDefinitionsPage() {
  return (
    <ReportFrame page="definitions" filters={false}>
      {(ctx) => <Definitions ctx={ctx} />}
    </ReportFrame>
  );
}

function Definitions({ ctx }: { ctx: TReportContext }) {
  const { t } = useTranslation();
  const owner = ctx.filters.association
    ? { association: ctx.filters.association }
    : { programme: ctx.programme.key };
  const query = useQuery({
    queryKey: ['outcome-definitions', owner],
    queryFn: () => api.listOutcomeDefinitions(owner),
  });
  const mayManage =
    ctx.programme.roles.includes('analyst') || ctx.programme.roles.includes('supervisor');
  return (
    <>
      <Text mb="md">{t('reports.definitions.intro')}</Text>
      <ReportSection id="definitions" title={t('reports.definitions.listTitle')}>
        <ReportQuery query={query}>
          {(data) =>
            data.items.length === 0 ? (
              <Text>{t('reports.definitions.none')}</Text>
            ) : (
              <Table.ScrollContainer minWidth={620}>
                <Table className="lots-table" withTableBorder bg="white">
                  <Table.Caption>{ctx.scopeLabel}</Table.Caption>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('reports.definitions.label')}</Table.Th>
                      <Table.Th scope="col">{t('reports.definitions.key')}</Table.Th>
                      <Table.Th scope="col">{t('reports.outcomes.definition')}</Table.Th>
                      <Table.Th scope="col">{t('reports.definitions.appliesTo')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {data.items.map((d) => (
                      <Table.Tr key={d.id}>
                        <Table.Th scope="row">{d.label}</Table.Th>
                        <Table.Td>
                          <code>{d.key}</code>
                        </Table.Td>
                        <Table.Td>{describeDefinition(t, d.definition)}</Table.Td>
                        <Table.Td>
                          {d.programme
                            ? t('reports.definitions.programme', { key: d.programme })
                            : t('reports.definitions.wholeAssociation', { key: d.association })}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )
          }
        </ReportQuery>
      </ReportSection>
      <ReportSection id="definition-create" title={t('reports.definitions.createTitle')}>
        {mayManage ? (
          <DefinitionForm owner={owner} />
        ) : (
          <Text>{t('reports.definitions.onlyManagers')}</Text>
        )}
      </ReportSection>
    </>
  );
}
