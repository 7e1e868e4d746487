import { ApiError } from '@lots/contracts';

/**
 * A problem found while turning a text field into the request (JSON, "name; value"
 * lines), raised like the server's 400 so that the form shows it on its field and in
 * the error summary, the same way as every other message.
 */
export function fieldProblem(field: string, message: string): ApiError {
  return new ApiError(400, {
    type: 'about:blank',
    title: 'Bad Request',
    status: 400,
    code: 'VALIDATION_FAILED',
    detail: message,
    issues: [{ path: `body.${field}`, message }],
  });
}

/** JSON.parse that throws `fieldProblem` with `message`. */
export function parseJsonField(field: string, text: string, message: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw fieldProblem(field, message);
  }
}

/** Reads a chosen file as text (upload fields fill the text area, which stays editable). */
export async function readFileText(file: File | null | undefined): Promise<string | null> {
  return file ? file.text() : null;
}
