import type { FastifyInstance } from 'fastify';
import {
  eraseExpiredIdentities,
  isoToday,
  openLots,
  scheduleRetention,
  seedDemoIfEmpty,
  type TConfig,
  type TLots,
  DEMO_PASSWORD,
} from '@lots/services';
import { buildApp, LOG_REDACT } from './app.ts';

export type TRunningServer = {
  app: FastifyInstance;
  lots: TLots;
  url: string;
  stop: () => Promise<void>;
};

/** `npm start` / `lots serve`: open (and migrate) the database, seed the demo once, listen. */
export async function startServer(
  config: TConfig,
  print: (line: string) => void = console.log,
): Promise<TRunningServer> {
  const lots = await openLots(config, 'apply');
  try {
    if (lots.applied.length > 0) print(`Databasen migrerad (${lots.applied.length} migreringar).`);
    const seeded = config.LOTS_DEMO ? await seedDemoIfEmpty(lots) : undefined;
    const app = await buildApp({
      lots,
      logger: { level: config.LOTS_LOG_LEVEL, redact: LOG_REDACT },
      publicUrl: config.LOTS_PUBLIC_URL,
      loginRateLimit: config.LOTS_LOGIN_RATE_LIMIT,
    });
    await app.listen({ port: config.PORT, host: config.LOTS_HOST });
    const url = `http://${config.LOTS_HOST === '0.0.0.0' ? 'localhost' : config.LOTS_HOST}:${config.PORT}`;
    print('');
    print(`Lots kör på ${url}  (API: ${url}/api/v1/docs)`);
    print(
      `Databas: ${lots.engine === 'pglite' ? `inbäddad PGlite i ${config.LOTS_DATA_DIR}` : 'PostgreSQL-server (DATABASE_URL)'}`,
    );
    if (seeded) {
      print(
        seeded.created ? 'Demodata inlästa (fiktiva deltagare).' : 'Demodata finns sedan tidigare.',
      );
      print(`Demoinloggningar (lösenord för alla: ${DEMO_PASSWORD}):`);
      for (const u of seeded.users) print(`  ${u.email.padEnd(30)} ${u.description}`);
    }
    const hours = config.LOTS_RETENTION_INTERVAL_HOURS;
    print(
      hours > 0
        ? `Gallring av identitetsuppgifter efter lagringstiden: vid start och därefter med ${String(hours).replace('.', ',')} timmars mellanrum.`
        : 'Automatisk gallring är avstängd (LOTS_RETENTION_INTERVAL_HOURS=0); kör lots retention run.',
    );
    print('');
    // privacy.md "Retention": identity data past the programme's retention is erased by itself.
    const retention = scheduleRetention({
      intervalHours: hours,
      run: () => eraseExpiredIdentities(lots, isoToday(lots.now())),
      log: app.log,
    });
    let stopped = false;
    const stop = async () => {
      if (stopped) return;
      stopped = true;
      await retention.stop();
      await app.close();
      await lots.close();
    };
    return { app, lots, url, stop };
  } catch (error) {
    await lots.close();
    throw error;
  }
}
