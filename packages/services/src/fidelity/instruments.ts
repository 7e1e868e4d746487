import { readFileSync } from 'node:fs';
import { AppError, checkFidelityInstrument, ips25V1, type TFidelityInstrument } from '@lots/core';
import { parseFidelityInstrument } from '@lots/contracts';

/*
 * Fidelity instruments are data (fidelity.md: "keep the anchors as data … so that
 * they can be corrected without a release"). The built-in IPS-25 v1 ships with Lots;
 * a definition file (LOTS_FIDELITY_INSTRUMENTS, or `--instrument` on the command line)
 * replaces a version's texts or adds a new version. New reviews use the highest
 * version of `ips-25`; a review keeps the version it was scored with.
 */
const loaded = new Map<string, TFidelityInstrument>();
const keyOf = (id: string, version: number) => `${id}@${String(version)}`;

/** Reads and checks a definition file; every problem is reported with its JSON path. */
export function readFidelityInstrumentFile(path: string): TFidelityInstrument {
  let doc: unknown;
  try {
    doc = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new AppError(
      'VALIDATION_FAILED',
      `Cannot read the instrument file ${path}: ${(error as Error).message}`,
    );
  }
  const parsed = parseFidelityInstrument(doc);
  const issues = parsed.ok ? checkFidelityInstrument(parsed.instrument) : parsed.issues;
  if (!parsed.ok || issues.length > 0) {
    throw new AppError(
      'VALIDATION_FAILED',
      `The instrument file ${path} is not a valid definition`,
      { issues },
    );
  }
  return parsed.instrument;
}

/** Makes a definition the one used for its id and version. */
export function registerFidelityInstrument(instrument: TFidelityInstrument): void {
  loaded.set(keyOf(instrument.id, instrument.version), instrument);
}

/** Loads the files named in configuration (comma-separated paths); fails fast. */
export function loadFidelityInstruments(paths: string | undefined): TFidelityInstrument[] {
  const files = (paths ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  const instruments = files.map(readFidelityInstrumentFile);
  instruments.forEach(registerFidelityInstrument);
  return instruments;
}

/** The definition of one id and version: a loaded file first, else the built-in. */
export function fidelityInstrument(id: string, version: number): TFidelityInstrument | undefined {
  const file = loaded.get(keyOf(id, version));
  if (file) return file;
  return id === ips25V1.id && version === ips25V1.version ? ips25V1 : undefined;
}

/** The instrument new reviews use: the highest version of IPS-25 available. */
export function currentFidelityInstrument(): TFidelityInstrument {
  let best: TFidelityInstrument = fidelityInstrument(ips25V1.id, ips25V1.version) ?? ips25V1;
  for (const i of loaded.values()) if (i.id === ips25V1.id && i.version > best.version) best = i;
  return best;
}
