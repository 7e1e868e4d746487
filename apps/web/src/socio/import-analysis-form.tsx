import type { TImportSocioAnalysisRequest, TProgrammeAccess } from '@lots/contracts';
import { Button, FileInput, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../api.ts';
import { required } from '../forms/checks.ts';
import { TextAreaField, TextField } from '../forms/fields.tsx';
import { useForm } from '../forms/use-form.tsx';
import { programmeHref } from '../programme/programme.ts';
import { parseJsonField, readFileText } from './local-error.ts';
import { socioKeys, useInvalidate } from './socio-queries.ts';

/** Import a published analysis (paste or upload JSON) to see published against computed. */
export function ImportAnalysisForm({ programme }: { programme: TProgrammeAccess }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const invalidate = useInvalidate(socioKeys.all);
  const form = useForm({
    id: 'socio-import',
    initial: { name: '', document: '' },
    labels: { name: t('socio.import.name'), document: t('socio.import.json') },
    validate: (v) => ({ name: required(v.name), document: required(v.document) }),
    submit: (v) =>
      api.importSocioAnalysis({
        programme: programme.key,
        name: v.name.trim(),
        // The server validates the document against the contract, naming each bad field.
        document: parseJsonField(
          'document',
          v.document,
          t('socio.import.invalid'),
        ) as TImportSocioAnalysisRequest['document'],
      }),
    onSuccess: (analysis) => {
      void invalidate();
      void navigate(programmeHref(`/samhallsekonomi/${analysis.id}`, programme.key));
    },
  });
  return (
    <Paper component="section" withBorder p="lg" aria-labelledby="socio-import-title">
      <Title order={2} mb="xs" id="socio-import-title">
        {t('socio.import.title')}
      </Title>
      <Text mb="md">{t('socio.import.intro')}</Text>
      <form noValidate onSubmit={form.onSubmit}>
        {form.summary}
        <Stack gap="md" maw={640}>
          <TextField
            {...form.field('name')}
            label={t('socio.import.name')}
            value={form.values.name}
            onChange={(v) => form.set('name', v)}
          />
          <FileInput
            id="socio-import-file"
            label={t('socio.import.file')}
            accept="application/json,.json"
            clearable
            maw={420}
            onChange={(file) => {
              void readFileText(file).then((text) => {
                if (text !== null) form.set('document', text);
              });
            }}
          />
          <TextAreaField
            {...form.field('document')}
            label={t('socio.import.json')}
            value={form.values.document}
            onChange={(v) => form.set('document', v)}
          />
          <Group>
            <Button type="submit" loading={form.pending}>
              {t('socio.import.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
