import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AppError } from '@lots/core';
import {
  builtinFidelityInstrument,
  builtinFidelityInstrumentPath,
  currentFidelityInstrument,
  fidelityInstrument,
  loadFidelityInstruments,
  readFidelityInstrumentFile,
} from './instruments.ts';

const dir = mkdtempSync(join(tmpdir(), 'lots-instrument-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const write = (name: string, doc: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(doc));
  return path;
};

const ips25V1 = builtinFidelityInstrument();

describe('the built-in instrument is a definition file', () => {
  it('is read from packages/core/src/fidelity/instruments/ips-25-v1.json and checked', () => {
    expect(builtinFidelityInstrumentPath).toMatch(
      /core\/src\/fidelity\/instruments\/ips-25-v1\.json$/,
    );
    expect(ips25V1).toEqual(JSON.parse(readFileSync(builtinFidelityInstrumentPath, 'utf8')));
    expect(ips25V1).toMatchObject({ id: 'ips-25', version: 1 });
    expect(ips25V1.items).toHaveLength(25);
    expect(fidelityInstrument('ips-25', 1)).toBe(ips25V1);
  });

  it('an anchor edited in a copy of the file shows up through the same reader, with no code change', () => {
    const copy = join(dir, 'ips-25-v1.json');
    copyFileSync(builtinFidelityInstrumentPath, copy);
    const text = readFileSync(copy, 'utf8');
    const original = ips25V1.items[14]!.anchors[4].sv; // rapid_job_search, score 5
    expect(text).toContain(JSON.stringify(original));
    writeFileSync(copy, text.replace(JSON.stringify(original), '"Inom 30 dagar (rättad)"'));
    const edited = readFidelityInstrumentFile(copy);
    expect(edited.items[14]).toMatchObject({ id: 'rapid_job_search' });
    expect(edited.items[14]!.anchors[4].sv).toBe('Inom 30 dagar (rättad)');
    expect(edited.items[13]).toEqual(ips25V1.items[13]);
  });
});

describe('fidelity instruments as data (LOTS_FIDELITY_INSTRUMENTS)', () => {
  it('a corrected anchor in a definition file replaces the built-in text, without a code change', () => {
    const corrected = structuredClone(ips25V1) as unknown as {
      items: { anchors: { sv: string; en: string }[] }[];
    };
    corrected.items[0]!.anchors[4] = {
      sv: 'Högst 20 deltagare per heltid (rättad)',
      en: 'At most 20 (corrected)',
    };
    loadFidelityInstruments(write('v1.json', corrected));
    expect(fidelityInstrument('ips-25', 1)?.items[0]?.anchors[4]?.sv).toBe(
      'Högst 20 deltagare per heltid (rättad)',
    );
  });

  it('a new version becomes the one new reviews use; old reviews keep theirs', () => {
    loadFidelityInstruments(write('v2.json', { ...structuredClone(ips25V1), version: 2 }));
    expect(currentFidelityInstrument().version).toBe(2);
    expect(fidelityInstrument('ips-25', 1)).toBeDefined();
  });

  it('refuses a broken file, naming each problem by its path', () => {
    const broken = structuredClone(ips25V1) as unknown as { items: unknown[] };
    broken.items = broken.items.slice(1);
    try {
      loadFidelityInstruments(write('broken.json', broken));
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).issues.length).toBeGreaterThan(0);
    }
  });
});
