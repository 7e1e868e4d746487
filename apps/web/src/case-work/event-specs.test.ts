import { ZCreateEventRequest } from '@lots/contracts';
import { describe, expect, it } from 'vitest';
import {
  eventBody,
  eventFieldProblem,
  eventSpecs,
  eventTypeValues,
  initialEventValues,
} from './event-specs.ts';

const today = '2026-11-22';

describe('event specs', () => {
  it('cover every event type of the API', () => {
    expect(eventTypeValues).toHaveLength(14);
  });

  it('build bodies the API contract accepts', () => {
    const employer = '3f1c2a9e-8b7d-4c6e-9a1b-2c3d4e5f6a7b';
    const job = {
      ...initialEventValues('job_start', today),
      employer,
      hoursPerWeek: '30',
      extentPct: '75',
      contract: 'permanent',
      salary: '24 000',
      competitive: true,
      title: '',
    };
    const body = eventBody('job_start', job);
    expect(body).toMatchObject({ type: 'job_start', salary: 24000, subsidy: 'none' });
    expect(body).not.toHaveProperty('title');
    expect(ZCreateEventRequest.safeParse(body).success).toBe(true);

    const meeting = eventBody('meeting', {
      date: today,
      kind: 'sip',
      parties: 'Deltagaren\n\nHandläggare AF ',
    });
    expect(meeting).toMatchObject({ parties: ['Deltagaren', 'Handläggare AF'] });
    expect(ZCreateEventRequest.safeParse(meeting).success).toBe(true);

    for (const type of eventTypeValues) {
      const values = initialEventValues(type, today);
      for (const f of eventSpecs[type]) expect(values).toHaveProperty(f.name);
    }
  });

  it('check required fields, ranges and future dates', () => {
    const [date, , , , extent] = eventSpecs.job_start;
    expect(eventFieldProblem(date!, '2026-11-23', today)).toEqual({ key: 'forms.dateFuture' });
    expect(eventFieldProblem(extent!, '0', today)?.key).toBe('forms.range');
    const due = eventSpecs.plan.find((f) => f.name === 'dueDate');
    expect(eventFieldProblem(due!, '2027-02-22', today)).toBeNull();
  });
});
