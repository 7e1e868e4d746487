import { Paper, Table, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MISSING } from '../format.ts';
import { describeAudit } from './describe-audit.ts';
import type { TAuditEntry } from './describe-audit.ts';

/** Who read or changed the person's data, for the extract (privacy.md "Audit"). */
export function SubjectAuditTable({ audit }: { audit: readonly TAuditEntry[] }) {
  const { t } = useTranslation();
  return (
    <Paper
      withBorder
      p="lg"
      className="lots-print-section"
      component="section"
      aria-labelledby="subject-audit"
    >
      <Title order={2} mb="sm" id="subject-audit">
        {t('subject.audit')}
      </Title>
      <Table.ScrollContainer minWidth={560}>
        <Table className="lots-table" withTableBorder bg="white">
          <Table.Caption>{t('subject.auditCaption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              {(['at', 'user', 'action', 'reason'] as const).map((c) => (
                <Table.Th scope="col" key={c}>
                  {t(`subject.auditColumn.${c}`)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {audit.map((a, i) => (
              <Table.Tr key={i}>
                <Table.Td>{a.at.slice(0, 16).replace('T', ' ')}</Table.Td>
                <Table.Td>{a.userEmail ?? MISSING}</Table.Td>
                <Table.Td>{describeAudit(t, a)}</Table.Td>
                <Table.Td>{a.reason ?? ''}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
