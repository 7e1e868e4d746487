import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AllocationSection } from '../funding/allocation-section.tsx';
import { GrantsImport, SharingSection } from '../funding/sharing-section.tsx';
import { FinanceFrame, mayWriteFinance } from '../socio/finance-frame.tsx';
import { useFundingNav } from './funding-page.tsx';
import { TargetGroupSection } from '../funding/target-group-section.tsx';

/** "Fördelning och nycklar": budget allocation, cost-sharing keys, grant-table import. */
export function FundingAllocationPage() {
  const { t } = useTranslation();
  return (
    <FinanceFrame
      title={t('funding.page.allocation')}
      section={t('funding.title')}
      subNav={useFundingNav()}
    >
      {(programme) => {
        const staff = mayWriteFinance(programme);
        return (
          <Stack gap="xl">
            <AllocationSection programme={programme} staff={staff} />
            <SharingSection programme={programme} staff={staff} />
            {staff && <GrantsImport programme={programme} />}
            <TargetGroupSection programme={programme} />
          </Stack>
        );
      }}
    </FinanceFrame>
  );
}
