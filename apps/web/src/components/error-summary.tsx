import type { MouseEvent, Ref } from 'react';

export type TErrorSummaryItem = {
  message: string;
  /** The id of the field the message is about; the message links to it. */
  fieldId?: string;
};

type TErrorSummaryProps = {
  title: string;
  items: readonly TErrorSummaryItem[];
  ref?: Ref<HTMLDivElement>;
};

function focusField(event: MouseEvent<HTMLAnchorElement>, fieldId: string) {
  const field = document.getElementById(fieldId);
  if (!field) return;
  event.preventDefault();
  field.focus();
  field.scrollIntoView({ block: 'center' });
}

/**
 * GOV.UK error summary: shown at the top of a form after a failed submit, takes
 * focus (the caller focuses `ref`), and links each message to its field.
 */
export function ErrorSummary({ title, items, ref }: TErrorSummaryProps) {
  if (items.length === 0) return null;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      className="lots-error-summary"
      aria-labelledby="error-summary-title"
    >
      <h2 id="error-summary-title" className="lots-error-summary__title">
        {title}
      </h2>
      <ul className="lots-error-summary__list">
        {items.map((item) => (
          <li key={`${item.fieldId ?? ''}:${item.message}`}>
            {item.fieldId ? (
              <a
                href={`#${item.fieldId}`}
                onClick={(event) => focusField(event, item.fieldId ?? '')}
              >
                {item.message}
              </a>
            ) : (
              item.message
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
