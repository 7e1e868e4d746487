import { z } from 'zod';
import { AppError } from '@lots/core';

const ZBoolString = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

/** Every setting Lots reads from the environment, checked once at start. */
export const ZConfig = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  LOTS_HOST: z.string().default('127.0.0.1'),
  LOTS_DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .optional(),
  LOTS_ENCRYPTION_KEY: z
    .string()
    .refine(
      (v) => Buffer.from(v, 'base64').length === 32,
      'must be 32 bytes, base64-encoded (openssl rand -base64 32)',
    )
    .optional(),
  LOTS_LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
    .default('info'),
  LOTS_DEMO: ZBoolString.default(true).describe('seed the demo dataset into an empty database'),
  LOTS_PUBLIC_URL: z.url().optional(),
  LOTS_SESSION_HOURS: z.coerce
    .number()
    .min(0.1)
    .max(24 * 30)
    .default(12),
  LOTS_FIDELITY_INSTRUMENTS: z
    .string()
    .optional()
    .describe(
      'comma-separated fidelity instrument definition files (JSON) that correct or add versions',
    ),
  LOTS_SUPPRESSION_THRESHOLD: z.coerce
    .number()
    .int()
    .min(2)
    .max(100)
    .default(5)
    .describe(
      'reports: counts from 1 to this minus one are suppressed (outcomes.md "Small numbers")',
    ),
  LOTS_LOGIN_RATE_LIMIT: z.coerce
    .number()
    .int()
    .min(1)
    .default(10)
    .describe('login attempts per IP and minute'),
  LOTS_RETENTION_INTERVAL_HOURS: z.coerce
    .number()
    .min(0, 'must be 0 (off) or more hours')
    .max(24 * 366, 'must be at most a year (8784 hours)')
    .default(24)
    .describe('hours between the retention runs of lots serve (privacy.md); 0 turns them off'),
  LOTS_SESSION_CACHE_SECONDS: z.coerce
    .number()
    .min(0, 'must be 0 (off) or more seconds')
    .max(60, 'must be at most 60 seconds')
    .default(2)
    .describe(
      'seconds a resolved session (user, roles, programmes) is reused in memory; a change of roles or a disabled account takes effect within it on other processes, at once on this one for a logout',
    ),
});
export type TConfig = z.infer<typeof ZConfig>;

/** Fails fast, naming every bad key. */
export function loadConfig(env: Record<string, string | undefined> = process.env): TConfig {
  const picked = Object.fromEntries(
    Object.keys(ZConfig.shape).map((k) => [k, env[k] === '' ? undefined : env[k]]),
  );
  const result = ZConfig.safeParse(picked);
  if (!result.success) {
    const issues = result.error.issues.map((i) => ({
      path: i.path.map(String),
      message: i.message,
    }));
    throw new AppError(
      'VALIDATION_FAILED',
      `Bad configuration: ${issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
      {
        issues,
      },
    );
  }
  return result.data;
}
