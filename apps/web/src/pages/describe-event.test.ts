import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { sv } from '../i18n/sv.ts';
import { describeEvent } from './describe-event.ts';
import type { TEvent } from './describe-event.ts';

// A stand-in for i18next's t over the Swedish resources, with {{x}} interpolation.
const t = ((key: string, vars: Record<string, string> = {}) => {
  const text = key.split('.').reduce<unknown>((n, p) => (n as Record<string, unknown>)[p], sv);
  return String(text).replace(/\{\{(\w+)\}\}/g, (_, name: string) => vars[name] ?? '');
}) as unknown as TFunction;

const plain = (lines: string[]) => lines.map((l) => l.replace(/[\u00a0\u202f]/g, ' '));

const event = (
  type: string,
  data: Record<string, unknown>,
  employerName: string | null = null,
): TEvent => ({
  id: '00000000-0000-4000-8000-000000000001',
  type,
  date: '2026-03-02',
  data,
  employerName,
  voided: null,
});

describe('describeEvent', () => {
  it('describes a job start', () => {
    const lines = describeEvent(
      t,
      event(
        'job_start',
        { title: 'Lagerarbetare', hoursPerWeek: 20, extentPct: 50, salary: 14500 },
        'ICA Maxi',
      ),
    );
    expect(plain(lines)).toEqual([
      'Arbetsgivare: ICA Maxi',
      'Lagerarbetare',
      '20 timmar per vecka, 50 %',
      'Lön 14 500 kr per månad',
    ]);
  });

  it('names kinds, purposes and parties in Swedish', () => {
    expect(
      describeEvent(t, event('placement_start', { kind: 'work_training', hoursPerWeek: 12 })),
    ).toEqual(['Arbetsträning', '12 timmar per vecka']);
    expect(
      describeEvent(t, event('meeting', { kind: 'network', parties: ['Vuxenpsykiatrin', 'FK'] })),
    ).toEqual(['Nätverksmöte', 'Närvarande: Vuxenpsykiatrin, FK']);
    expect(
      describeEvent(t, event('employer_contact', { purpose: 'follow_along', faceToFace: true })),
    ).toEqual(['Uppföljning', 'Personligt möte']);
    expect(
      describeEvent(t, event('follow_along', { with: 'participant', location: 'workplace' })),
    ).toEqual(['Med deltagaren', 'På en arbetsplats']);
  });

  it('describes an income change and a plan', () => {
    expect(
      plain(describeEvent(t, event('income_change', { source: 'salary', monthly: 18000 }))),
    ).toEqual(['Lön: 18 000 kr per månad']);
    expect(
      describeEvent(t, event('plan', { goals: 'Hitta praktik.', dueDate: '2026-06-01' })),
    ).toEqual(['Hitta praktik.', 'Följs upp senast 2026-06-01']);
  });

  it('ignores fields it does not know and values of the wrong type', () => {
    expect(
      describeEvent(t, event('benefits_counselling', { secret: 'x', hoursPerWeek: 'many' })),
    ).toEqual([]);
  });
});
