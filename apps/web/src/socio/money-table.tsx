import { Table } from '@mantine/core';
import type { ReactNode } from 'react';
import { ScrollTable } from './scroll-table.tsx';

export type TMoneyTableRow = { key: string; head: ReactNode; cells: ReactNode[]; total?: boolean };

/** A caption, column heads and rows with a row header; numbers right-aligned. */
export function MoneyTable({
  caption,
  columns,
  rows,
}: {
  caption: string;
  columns: readonly string[];
  rows: readonly TMoneyTableRow[];
}) {
  return (
    <ScrollTable label={caption} minWidth={columns.length > 3 ? 640 : 320}>
      <Table className="lots-table" withTableBorder bg="white">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {columns.map((c, i) => (
              <Table.Th key={c} scope="col" ta={i === 0 ? undefined : 'right'}>
                {c}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.key} className={r.total ? 'lots-socio-total' : undefined}>
              <Table.Th scope="row">{r.head}</Table.Th>
              {r.cells.map((c, i) => (
                <Table.Td key={i} ta="right">
                  {c}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
