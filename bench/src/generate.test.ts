import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateDataset } from '@lots/services';
import { generateDataset, planDataset, sizeSpecs } from './generate.ts';
import { writeDatasetFile } from './write-dataset.ts';

const municipalityCodes = new Set(
  planDataset({ size: 'municipal', seed: 1 }).programmes.map((p) => p.programme.municipality),
);

describe('generateDataset', () => {
  it('gives the same document twice for a seed, and another for another seed', () => {
    const a = JSON.stringify(generateDataset({ size: 'small', seed: 42 }));
    const b = JSON.stringify(generateDataset({ size: 'small', seed: 42 }));
    const c = JSON.stringify(generateDataset({ size: 'small', seed: 43 }));
    expect(a).toBe(b);
    expect(c).not.toBe(a);
  });

  it('passes validateDataset at the small size, with 100 enrolments in one programme', () => {
    const doc = generateDataset({ size: 'small', seed: 42 });
    // The generator's municipalities are real codes; accept every code any participant uses.
    const codes = new Set([
      ...municipalityCodes,
      ...doc.programmes.map((p) => p.municipality),
      ...doc.participants.map((p) => p.municipality),
    ]);
    const result = validateDataset(doc, { municipalityCodes: codes });
    expect(result.ok ? [] : result.issues.slice(0, 5)).toEqual([]);
    expect(doc.programmes).toHaveLength(1);
    expect(doc.participants).toHaveLength(sizeSpecs.small.enrolments);
    const reasons = new Set(doc.participants.map((p) => p.closure?.reason).filter(Boolean));
    expect(reasons.size).toBeGreaterThan(3);
  });

  it('streams to a file byte for byte like JSON.stringify', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lots-bench-'));
    try {
      const file = join(dir, 'small.json');
      const summary = await writeDatasetFile(file, { size: 'small', seed: 7 });
      expect(readFileSync(file, 'utf8')).toBe(
        JSON.stringify(generateDataset({ size: 'small', seed: 7 })),
      );
      expect(summary.participants).toBe(100);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
