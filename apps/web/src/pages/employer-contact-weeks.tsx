import { Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { formatDate, formatNumber } from '../format.ts';

/**
 * The specialist's employer contacts per ISO week (process.md: employer contacts per
 * week; fidelity item 17 counts the face-to-face ones).
 */
export function EmployerContactWeeks({ specialistId }: { specialistId: string }) {
  const { t } = useTranslation();
  const query = useQuery({
    queryKey: ['employer-contact-weeks', specialistId],
    queryFn: () => api.employerContactWeeks(specialistId),
  });
  if (!query.data) return null;
  const { weeks, totals } = query.data;
  const average = weeks.length > 0 ? totals.faceToFace / weeks.length : 0;
  return (
    <section aria-labelledby="employer-contact-weeks">
      <Table.ScrollContainer minWidth={420}>
        <Table striped withTableBorder>
          <caption id="employer-contact-weeks">{t('my.contacts.caption')}</caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('my.contacts.week')}</Table.Th>
              <Table.Th scope="col">{t('my.contacts.start')}</Table.Th>
              <Table.Th scope="col">{t('my.contacts.faceToFace')}</Table.Th>
              <Table.Th scope="col">{t('my.contacts.total')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {weeks.map((w) => (
              <Table.Tr key={w.week}>
                <Table.Th scope="row">{w.week}</Table.Th>
                <Table.Td>{formatDate(w.start)}</Table.Td>
                <Table.Td>{formatNumber(w.faceToFace)}</Table.Td>
                <Table.Td>{formatNumber(w.total)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th scope="row" colSpan={2}>
                {t('my.contacts.sum')}
              </Table.Th>
              <Table.Td>{formatNumber(totals.faceToFace)}</Table.Td>
              <Table.Td>{formatNumber(totals.total)}</Table.Td>
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </Table.ScrollContainer>
      <Text size="sm" mt="xs">
        {t('my.contacts.perWeek', { value: formatNumber(average, 1) })}
      </Text>
    </section>
  );
}
