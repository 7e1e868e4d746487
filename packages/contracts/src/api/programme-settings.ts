import { z } from 'zod';
import { ZPriorityRule } from '../dataset.ts';
import { ZHoursPerWeek, positiveInt } from '../dataset-primitives.ts';

const ascending = (months: readonly number[]) =>
  months.every((m, i) => i === 0 || m > (months[i - 1] ?? 0));

/** What a programme configures (process.md, privacy.md "Retention"); not personal data. */
export const ZProgrammeSettings = z
  .object({
    key: z.string(),
    name: z.string(),
    closureAfterDays: z.number().int(),
    minHoursPerWeekForEmployment: z.number(),
    followUpMonths: z.array(z.number().int()),
    retentionYears: z.number().int(),
    priorityRules: z.array(ZPriorityRule),
    /** Whether the user may change them (admin of the programme, or its supervisor). */
    mayEdit: z.boolean(),
  })
  .meta({ id: 'ProgrammeSettings' });
export type TProgrammeSettings = z.infer<typeof ZProgrammeSettings>;

/** The fields present are changed; the rest stay. */
export const ZProgrammeSettingsRequest = z
  .strictObject({
    closureAfterDays: positiveInt()
      .max(3650, { error: 'must be at most 3650 days' })
      .meta({ description: 'Days a job or study lasts before Lots proposes closure.' }),
    minHoursPerWeekForEmployment: ZHoursPerWeek.meta({
      description: 'Hours per week a job needs to count as employment.',
    }),
    followUpMonths: z
      .array(positiveInt().max(120, { error: 'must be at most 120 months' }))
      .max(12, { error: 'at most 12 follow-ups' })
      .refine(ascending, { error: 'must be in ascending order without repeats' })
      .meta({ description: 'Months after closure at which a follow-up is due.' }),
    retentionYears: positiveInt()
      .max(100, { error: 'must be at most 100 years' })
      .meta({ description: 'Years after the latest enrolment ended before identity is erased.' }),
    priorityRules: z
      .array(ZPriorityRule)
      .max(50, { error: 'at most 50 rules' })
      .meta({ description: 'Queue priority rules; a matching referral gets the priority.' }),
  })
  .partial()
  .refine((b) => Object.keys(b).length > 0, { error: 'name at least one setting to change' })
  .meta({ id: 'ProgrammeSettingsRequest' });
export type TProgrammeSettingsRequest = z.infer<typeof ZProgrammeSettingsRequest>;
