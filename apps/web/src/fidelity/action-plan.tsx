import { fidelityActionStatuses, type TFidelityAction } from '@lots/contracts';
import { Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { Notice } from '../components/notice.tsx';
import { PageLoader } from '../components/page-loader.tsx';
import { MISSING, formatDate } from '../format.ts';
import { date, first, maxLength, required } from '../forms/checks.ts';
import { SelectField, TextField } from '../forms/fields.tsx';
import { useForm } from '../forms/use-form.tsx';
import type { TReviewItem } from './fidelity-model.ts';
import { fidelityKeys, useInvalidateFidelity } from './fidelity-queries.ts';

type TProps = { reviewId: string; items: readonly TReviewItem[]; editable: boolean };

/** The action plan: item, action, owner, due date and status; supervisors add and edit. */
export function ActionPlan({ reviewId, items, editable }: TProps) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<TFidelityAction | null>(null);
  const query = useQuery({
    queryKey: fidelityKeys.actions(reviewId),
    queryFn: () => api.listFidelityActions(reviewId),
  });
  const itemName = (id: string | null) => {
    const item = items.find((i) => i.id === id);
    return item ? `${item.number}. ${item.title}` : t('fidelity.report.noItem');
  };
  return (
    <section aria-labelledby="actions-title">
      <Title order={2} id="actions-title" mb="sm">
        {t('fidelity.report.actions')}
      </Title>
      {!editable && <Text mb="sm">{t('fidelity.report.readOnly')}</Text>}
      {query.isPending ? (
        <PageLoader label={t('app.loading')} />
      ) : query.isError ? (
        <Notice tone="error" title={t('fidelity.loadError')} />
      ) : query.data.items.length === 0 ? (
        <Text mb="md">{t('fidelity.report.actionsEmpty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table className="lots-table" withTableBorder bg="white" mb="md">
            <Table.Caption>{t('fidelity.report.actionsCaption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('fidelity.report.action')}</Table.Th>
                <Table.Th scope="col">{t('fidelity.report.item')}</Table.Th>
                <Table.Th scope="col">{t('fidelity.report.owner')}</Table.Th>
                <Table.Th scope="col">{t('fidelity.report.dueDate')}</Table.Th>
                <Table.Th scope="col">{t('fidelity.report.status')}</Table.Th>
                {editable && (
                  <Table.Th scope="col">
                    <span className="lots-visually-hidden">{t('fidelity.report.edit')}</span>
                  </Table.Th>
                )}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {query.data.items.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Th scope="row">{a.action}</Table.Th>
                  <Table.Td>{itemName(a.itemId)}</Table.Td>
                  <Table.Td>{a.owner}</Table.Td>
                  <Table.Td>{a.dueDate ? formatDate(a.dueDate) : MISSING}</Table.Td>
                  <Table.Td>{t(`fidelity.report.actionStatus.${a.status}`)}</Table.Td>
                  {editable && (
                    <Table.Td>
                      <Button
                        size="xs"
                        variant="outline"
                        onClick={() => setEditing(a)}
                        aria-label={t('fidelity.report.editAction', { action: a.action })}
                      >
                        {t('fidelity.report.edit')}
                      </Button>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {editable && (
        <ActionForm
          key={editing?.id ?? 'new'}
          reviewId={reviewId}
          items={items}
          editing={editing}
          onDone={() => setEditing(null)}
        />
      )}
    </section>
  );
}

function ActionForm({
  reviewId,
  items,
  editing,
  onDone,
}: {
  reviewId: string;
  items: readonly TReviewItem[];
  editing: TFidelityAction | null;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const invalidate = useInvalidateFidelity();
  // Widened to string: the select gives any option value back.
  const initialStatus: string = editing?.status ?? 'open';
  const form = useForm({
    id: 'action',
    initial: {
      itemId: editing?.itemId ?? '',
      action: editing?.action ?? '',
      owner: editing?.owner ?? '',
      dueDate: editing?.dueDate ?? '',
      status: initialStatus,
    },
    labels: {
      itemId: t('fidelity.report.item'),
      action: t('fidelity.report.action'),
      owner: t('fidelity.report.owner'),
      dueDate: t('fidelity.report.dueDate'),
      status: t('fidelity.report.status'),
    },
    validate: (v) => ({
      action: first(required(v.action), maxLength(v.action, 2000)),
      owner: first(required(v.owner), maxLength(v.owner, 200)),
      dueDate: date(v.dueDate),
    }),
    submit: (v) => {
      const body = {
        itemId: items.find((i) => i.id === v.itemId)?.id ?? null,
        action: v.action.trim(),
        owner: v.owner.trim(),
        dueDate: v.dueDate.trim() || null,
        status: fidelityActionStatuses.find((s) => s === v.status) ?? 'open',
      };
      return editing
        ? api.updateFidelityAction(reviewId, editing.id, body)
        : api.createFidelityAction(reviewId, body);
    },
    onSuccess: () => {
      void invalidate();
      form.reset();
      onDone();
    },
  });
  const title = editing
    ? t('fidelity.report.editAction', { action: editing.action })
    : t('fidelity.report.addAction');
  return (
    <Paper component="section" withBorder p="lg" aria-labelledby="action-form-title">
      <Title order={3} id="action-form-title" mb="md">
        {title}
      </Title>
      <form noValidate onSubmit={form.onSubmit}>
        {form.summary}
        <Stack gap="md" maw={560}>
          <TextField
            {...form.field('action')}
            label={t('fidelity.report.action')}
            value={form.values.action}
            onChange={(v) => form.set('action', v)}
          />
          <SelectField
            {...form.field('itemId')}
            label={t('fidelity.report.item')}
            optional
            value={form.values.itemId}
            onChange={(v) => form.set('itemId', v)}
            options={items.map((i) => ({ value: i.id, label: `${i.number}. ${i.title}` }))}
          />
          <TextField
            {...form.field('owner')}
            label={t('fidelity.report.owner')}
            value={form.values.owner}
            onChange={(v) => form.set('owner', v)}
          />
          <TextField
            {...form.field('dueDate')}
            kind="date"
            optional
            label={t('fidelity.report.dueDate')}
            value={form.values.dueDate}
            onChange={(v) => form.set('dueDate', v)}
          />
          <SelectField
            {...form.field('status')}
            placeholder={false}
            label={t('fidelity.report.status')}
            value={form.values.status}
            onChange={(v) => form.set('status', v)}
            options={fidelityActionStatuses.map((s) => ({
              value: s,
              label: t(`fidelity.report.actionStatus.${s}`),
            }))}
          />
          <Group>
            <Button type="submit" loading={form.pending}>
              {t('fidelity.report.saveAction')}
            </Button>
            {editing && (
              <Button variant="default" onClick={onDone}>
                {t('fidelity.report.cancel')}
              </Button>
            )}
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
