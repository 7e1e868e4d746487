import type { TSocioAnalysisOut } from '@lots/contracts';
import type { TFunction } from 'i18next';

type TIssue = TSocioAnalysisOut['issues'][number];

/** One problem that stops the analysis, in the user's words, and the field that fixes it. */
export type TIssueText = { text: string; fieldId: string | null };

/** The recompute form's field for the hourly cost (ParametersForm, id `socio-parameters`). */
export const HOURLY_COST_FIELD = 'socio-parameters-housingSupportHourlyCost';

const ROW_TAX = /^rows\[(\d+)\]\.before\[\d+\]\.tax$/;

/**
 * The server's issues of a stored analysis (core `checkSocioInput`, paths such as
 * `parameters.housingSupportHourlyCost` and `rows[3].before[0].tax`, English messages
 * for the CLI and logs) as Swedish sentences naming the field as the page labels it
 * and saying what to do. `staff` may recompute the analysis; others are told who can.
 * A path this does not know keeps the server's text, so nothing is hidden.
 */
export function issueText(
  t: TFunction,
  issue: TIssue,
  context: { set: string; staff: boolean },
): TIssueText {
  if (issue.path === 'parameters.housingSupportHourlyCost')
    return {
      text: t(context.staff ? 'socio.issue.hourlyCost' : 'socio.issue.hourlyCostAsk', {
        label: t('socio.param.housingSupportHourlyCost'),
        set: context.set,
        form: t('socio.parameters.title'),
      }),
      fieldId: context.staff ? HOURLY_COST_FIELD : null,
    };
  const tax = ROW_TAX.exec(issue.path);
  if (tax) {
    const key = issue.message.startsWith('must be 0')
      ? 'socio.issue.untaxed'
      : issue.message.startsWith('cannot exceed')
        ? 'socio.issue.taxTooHigh'
        : null;
    if (key) return { text: t(key, { row: tax[1] }), fieldId: null };
  }
  return { text: `${issue.path}: ${issue.message}`, fieldId: null };
}
