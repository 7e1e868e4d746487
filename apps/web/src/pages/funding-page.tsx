import { Group, NativeSelect, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AddDecisionForm, AddFunderForm } from '../funding/decision-forms.tsx';
import { DecisionsSection } from '../funding/decisions-section.tsx';
import { useFundingYear } from '../funding/funding-year.ts';
import { CalendarSection, CostsSection, SpendSection } from '../funding/overview-sections.tsx';
import { FinanceFrame, mayWriteFinance, type TSubNav } from '../socio/finance-frame.tsx';

/** The sub-navigation of "Finansiering". */
export function useFundingNav(): TSubNav {
  const { t } = useTranslation();
  return {
    label: t('funding.subNav'),
    items: [
      { path: '/finansiering', label: t('funding.page.overview') },
      { path: '/finansiering/fordelning', label: t('funding.page.allocation') },
    ],
  };
}

/** "Finansiering": decisions per year, actual spend, the reporting calendar, costs. */
export function FundingPage() {
  const { t } = useTranslation();
  const [year, setYear] = useFundingYear();
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: 12 }, (_, i) => thisYear + 1 - i);
  if (!years.includes(year)) years.push(year);
  return (
    <FinanceFrame
      title={t('funding.page.overview')}
      section={t('funding.title')}
      subNav={useFundingNav()}
    >
      {(programme) => {
        const staff = mayWriteFinance(programme);
        return (
          <Stack gap="xl">
            <Group>
              <NativeSelect
                id="funding-year"
                label={t('funding.showYear')}
                value={String(year)}
                onChange={(e) => setYear(Number(e.currentTarget.value))}
                data={years.map(String)}
                w={160}
              />
            </Group>
            <DecisionsSection programme={programme} year={year} />
            <CostsSection programme={programme} year={year} />
            <SpendSection programme={programme} year={year} staff={staff} />
            <CalendarSection programme={programme} staff={staff} />
            {staff && (
              <>
                <AddDecisionForm programme={programme} year={year} />
                <AddFunderForm programme={programme} />
              </>
            )}
          </Stack>
        );
      }}
    </FinanceFrame>
  );
}
