import { describe, expect, it } from 'vitest';
import { AppError, ErrorCode, formatIssue, formatPath } from './errors.ts';

describe('errors', () => {
  it('formats paths as interchange.md prints them', () => {
    expect(formatPath(['participants', 12, 'events', 3, 'date'])).toBe(
      'participants[12].events[3].date',
    );
    expect(formatPath([])).toBe('');
    expect(formatPath([0, 'key'])).toBe('[0].key');
    expect(formatPath(['rates', 'not an id'])).toBe('rates["not an id"]');
    expect(
      formatIssue({
        path: ['participants', 12, 'events', 3, 'date'],
        message: 'must be on or after enrolledAt 2016-09-20',
      }),
    ).toBe('participants[12].events[3].date: must be on or after enrolledAt 2016-09-20');
  });

  it('carries code, issues and a safe user message', () => {
    const error = new AppError(ErrorCode.VALIDATION_FAILED, 'dataset invalid', {
      issues: [{ path: ['a'], message: 'bad' }],
    });
    expect(error).toBeInstanceOf(Error);
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.issues).toHaveLength(1);
    expect(error.userMessage).not.toContain('dataset invalid');
    expect(new AppError('NOT_FOUND', 'x', { userMessage: 'Hittades inte' }).userMessage).toBe(
      'Hittades inte',
    );
  });
});
