import { z } from 'zod';
import { ZUuid } from './common.ts';

import { roles, type TRole } from '@lots/core';

export type { TRole };

export const ZRole = z.enum(roles);

export const ZLoginRequest = z
  .object({
    email: z.email('must be an e-mail address').max(254),
    password: z.string().min(1, 'is required').max(1024),
  })
  .meta({ id: 'LoginRequest' });
export type TLoginRequest = z.infer<typeof ZLoginRequest>;

export const ZProgrammeAccess = z
  .object({
    id: ZUuid,
    key: z.string(),
    name: z.string(),
    associationKey: z.string(),
    associationName: z.string(),
    parentId: ZUuid.nullable(),
    roles: z.array(ZRole),
    personalData: z.boolean().describe('whether the user may see personal data in this programme'),
    specialistId: ZUuid.nullable().describe(
      "the user's own specialist record in this programme, if any",
    ),
  })
  .meta({ id: 'ProgrammeAccess' });
export type TProgrammeAccess = z.infer<typeof ZProgrammeAccess>;

export const ZMe = z
  .object({
    id: ZUuid,
    email: z.string(),
    displayName: z.string(),
    locale: z.enum(['sv', 'en']),
    roles: z.array(ZRole),
    programmes: z.array(ZProgrammeAccess),
  })
  .meta({ id: 'Me' });
export type TMe = z.infer<typeof ZMe>;
