import type { TProgrammeAccess } from '@lots/contracts';
import { describe, expect, it } from 'vitest';
import { groupByAssociation, programmeHref } from './programme.ts';

const programme = (key: string, associationKey: string): TProgrammeAccess => ({
  id: '00000000-0000-4000-8000-000000000000',
  key,
  name: `Programme ${key}`,
  associationKey,
  associationName: `Association ${associationKey}`,
  parentId: null,
  roles: ['supervisor'],
  specialistId: null,
  personalData: true,
});

describe('groupByAssociation', () => {
  it('groups programmes by association, keeping the order', () => {
    const groups = groupByAssociation([
      programme('A1', 'a'),
      programme('B1', 'b'),
      programme('A2', 'a'),
    ]);
    expect(groups.map((g) => [g.associationName, g.programmes.map((p) => p.key)])).toEqual([
      ['Association a', ['A1', 'A2']],
      ['Association b', ['B1']],
    ]);
  });
});

describe('programmeHref', () => {
  it('keeps the programme in the query string', () => {
    expect(programmeHref('/deltagare', 'HUD')).toBe('/deltagare?programme=HUD');
    expect(programmeHref('/deltagare', 'HUD', { status: 'closed', x: undefined })).toBe(
      '/deltagare?programme=HUD&status=closed',
    );
    expect(programmeHref('/deltagare', null)).toBe('/deltagare');
    expect(programmeHref('/deltagare', 'A&B')).toBe('/deltagare?programme=A%26B');
  });
});
