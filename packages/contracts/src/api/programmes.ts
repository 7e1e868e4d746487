import { z } from 'zod';
import { ZUuid } from './common.ts';

export const ZProgrammeOut = z
  .object({
    id: ZUuid,
    key: z.string(),
    name: z.string(),
    parentId: ZUuid.nullable(),
    association: z.object({ key: z.string(), name: z.string() }),
    municipality: z.string().nullable(),
    closureAfterDays: z.number().int(),
    minHoursPerWeekForEmployment: z.number(),
  })
  .meta({ id: 'Programme' });
export type TProgrammeOut = z.infer<typeof ZProgrammeOut>;
export const ZProgrammeList = z.object({ items: z.array(ZProgrammeOut) });

export const ZHealth = z.object({
  status: z.literal('ok'),
  engine: z.enum(['pglite', 'postgres']),
  version: z.string(),
});
