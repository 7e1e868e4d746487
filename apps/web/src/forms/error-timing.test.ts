import { describe, expect, it } from 'vitest';
import { showsFieldCheck } from './error-timing.ts';

describe("a field's own check", () => {
  it('shows once the field is left, by default', () => {
    expect(showsFieldCheck('blur', { touched: false, submitted: false })).toBe(false);
    expect(showsFieldCheck('blur', { touched: true, submitted: false })).toBe(true);
    expect(showsFieldCheck('blur', { touched: false, submitted: true })).toBe(true);
  });

  it('waits for the submit in a form that shows errors on submit, then shows for every field', () => {
    expect(showsFieldCheck('submit', { touched: true, submitted: false })).toBe(false);
    expect(showsFieldCheck('submit', { touched: false, submitted: true })).toBe(true);
    expect(showsFieldCheck('submit', { touched: true, submitted: true })).toBe(true);
  });
});
