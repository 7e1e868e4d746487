import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { AppError, checkFidelityInstrument, type TFidelityInstrument } from '@lots/core';
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

/**
 * The built-in definition: a JSON data file kept with the domain
 * (`packages/core/src/fidelity/instruments/ips-25-v1.json`, exported by core as
 * `@lots/core/instruments/ips-25-v1.json`). Core does no I/O, so it is read here,
 * through the same parser and checks as a LOTS_FIDELITY_INSTRUMENTS file: correcting
 * an anchor is an edit of that file, not of code.
 */
export const builtinFidelityInstrumentPath: string = createRequire(import.meta.url).resolve(
  '@lots/core/instruments/ips-25-v1.json',
);
const BUILTIN = { id: 'ips-25', version: 1 };
let builtin: TFidelityInstrument | undefined;

/** The built-in IPS-25 v1, read and checked once (a broken file fails loudly). */
export function builtinFidelityInstrument(): TFidelityInstrument {
  builtin ??= readFidelityInstrumentFile(builtinFidelityInstrumentPath);
  return builtin;
}

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
  return id === BUILTIN.id && version === BUILTIN.version ? builtinFidelityInstrument() : undefined;
}

/** The instrument new reviews use: the highest version of IPS-25 available. */
export function currentFidelityInstrument(): TFidelityInstrument {
  let best: TFidelityInstrument =
    fidelityInstrument(BUILTIN.id, BUILTIN.version) ?? builtinFidelityInstrument();
  for (const i of loaded.values()) if (i.id === BUILTIN.id && i.version > best.version) best = i;
  return best;
}
