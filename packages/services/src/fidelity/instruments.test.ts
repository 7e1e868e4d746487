import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AppError, ips25V1 } from '@lots/core';
import {
  currentFidelityInstrument,
  fidelityInstrument,
  loadFidelityInstruments,
} from './instruments.ts';

const dir = mkdtempSync(join(tmpdir(), 'lots-instrument-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const write = (name: string, doc: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(doc));
  return path;
};

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
