import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { MISSING } from './format.ts';
import { en } from './i18n/en.ts';
import { sv } from './i18n/sv.ts';
import { enumLabel } from './labels.ts';

// A stand-in for i18next's t over the Swedish resources.
const t = ((key: string) =>
  key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], sv)) as TFunction;

describe('enumLabel', () => {
  it('gives the Swedish label of a known value', () => {
    expect(enumLabel(t, 'incomeSource', 'social_assistance')).toBe('Försörjningsstöd');
    expect(enumLabel(t, 'eventType', 'employer_contact')).toBe('Arbetsgivarkontakt');
  });

  it('shows an unknown value as it is, and a missing one as a dash', () => {
    expect(enumLabel(t, 'goal', 'sailing')).toBe('sailing');
    expect(enumLabel(t, 'goal', null)).toBe(MISSING);
  });
});

describe('locales', () => {
  const leaves = (node: object, prefix = ''): string[] =>
    Object.entries(node).flatMap(([k, v]) =>
      typeof v === 'string' ? [`${prefix}${k}`] : leaves(v as object, `${prefix}${k}.`),
    );

  it('English has exactly the Swedish keys, none empty', () => {
    expect(leaves(en).sort()).toEqual(leaves(sv).sort());
    for (const key of leaves(en)) {
      const value = key.split('.').reduce<unknown>((n, p) => (n as Record<string, unknown>)[p], en);
      expect(value, key).not.toBe('');
    }
  });

  it('has the Swedish phase and role names of the glossary', () => {
    expect(Object.values(sv.phase)).toEqual([
      'Remitterad',
      'Väntelista',
      'Ej aktuell',
      'Avbrutit i kö',
      'Kartläggning',
      'Jobbsökande',
      'I praktik',
      'Anställd',
      'Studerar',
      'Pausad',
      'Avslutad',
    ]);
    expect(sv.role.specialist).toBe('IPS-coach/arbetsspecialist');
    expect(sv.role.supervisor).toBe('Handledare/samordnare');
  });
});
