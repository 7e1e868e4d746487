/**
 * When a field's own check shows: `blur` (the default) once the field has been left
 * or the form sent; `submit` only after the form was sent, then live as the user
 * corrects. `submit` suits short forms that end in their button: a message appearing
 * on blur pushes the button down between mouse-down and mouse-up, and the click is lost.
 */
export type TErrorTiming = 'blur' | 'submit';

export function showsFieldCheck(
  timing: TErrorTiming,
  state: { touched: boolean; submitted: boolean },
): boolean {
  return state.submitted || (timing === 'blur' && state.touched);
}
