import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AnalysisList } from '../socio/analysis-list.tsx';
import { FinanceFrame, mayWriteFinance } from '../socio/finance-frame.tsx';
import { ImportAnalysisForm } from '../socio/import-analysis-form.tsx';
import { NewAnalysisForm } from '../socio/new-analysis-form.tsx';

/** "Samhällsekonomi": the programme's analyses; new ones from records, scenarios, imports. */
export function SocioPage() {
  const { t } = useTranslation();
  return (
    <FinanceFrame title={t('socio.title')} section={t('socio.title')}>
      {(programme) => (
        <Stack gap="xl">
          <AnalysisList programme={programme} />
          {mayWriteFinance(programme) && (
            <>
              <NewAnalysisForm programme={programme} />
              <ImportAnalysisForm programme={programme} />
            </>
          )}
        </Stack>
      )}
    </FinanceFrame>
  );
}
