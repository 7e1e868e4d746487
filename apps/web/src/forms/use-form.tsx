import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import type { SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api.ts';
import { ErrorSummary } from '../components/error-summary.tsx';
import type { TErrorSummaryItem } from '../components/error-summary.tsx';
import { fieldOfPath } from './checks.ts';
import { showsFieldCheck } from './error-timing.ts';
import type { TErrorTiming } from './error-timing.ts';
import type { TProblem } from './checks.ts';

/** Form values: strings for inputs and selects, booleans for checkboxes, lists for groups. */
type TValue = string | boolean | readonly string[] | Readonly<Record<string, string>>;
export type TValues = Record<string, TValue>;

type TFormOptions<V extends TValues, R> = {
  /** Prefix of the field ids, unique on the page. */
  id: string;
  initial: V;
  /** The label of every field, in display order (messages and the summary use it). */
  labels: Partial<Record<keyof V & string, string>>;
  /** Problems of the current values; an absent key means the field is fine. */
  validate: (values: V) => Partial<Record<keyof V & string, TProblem | null>>;
  submit: (values: V) => Promise<R>;
  onSuccess?: (result: R, values: V) => void;
  /** Fields whose error shows while typing from the first keystroke (e.g. personnummer). */
  live?: readonly (keyof V & string)[];
  /** When field checks show: on leaving a field (default) or only once the form is sent. */
  errorsOn?: TErrorTiming;
};

type TServerErrors = { fields: Record<string, string>; form: string | null };

/**
 * GOV.UK-style form state: each field is checked as the user types once it has been
 * left (or the form sent); server problems (`issues[].path`) land on their field; an
 * error summary at the top links to every field with a problem and takes focus.
 */
export function useForm<V extends TValues, R>(options: TFormOptions<V, R>) {
  const { t } = useTranslation();
  const [values, setValues] = useState<V>(options.initial);
  const [touched, setTouched] = useState<Record<string, boolean>>({});
  const [submitted, setSubmitted] = useState(false);
  const [server, setServer] = useState<TServerErrors | null>(null);
  const [focusSummary, setFocusSummary] = useState(0);
  const summaryRef = useRef<HTMLDivElement>(null);
  const fields = Object.keys(options.labels);

  useEffect(() => {
    if (focusSummary > 0) summaryRef.current?.focus();
  }, [focusSummary]);

  const label = (name: string): string =>
    (options.labels as Record<string, string | undefined>)[name] ?? name;

  const mutation = useMutation({
    mutationFn: options.submit,
    onSuccess: (result, vars) => {
      setServer(null);
      options.onSuccess?.(result, vars);
    },
    onError: (error) => {
      setServer(serverErrors(error));
      setFocusSummary((n) => n + 1);
    },
  });

  function serverErrors(error: unknown): TServerErrors {
    if (!isApiError(error)) return { fields: {}, form: t('app.genericError') };
    if (error.status === 403) return { fields: {}, form: t('forms.notAllowed') };
    if (error.status >= 500) return { fields: {}, form: t('app.genericError') };
    const detail = error.problem.detail;
    // The server's user message is Swedish and names the field; a schema error from
    // the framework is English, so the field then gets a generic Swedish message.
    const swedish = detail && detail !== 'The request does not match the schema.' ? detail : null;
    const mapped = new Map<string, true>();
    for (const issue of error.problem.issues) {
      const field = fieldOfPath(issue.path, fields);
      if (field) mapped.set(field, true);
    }
    const out: TServerErrors = { fields: {}, form: null };
    for (const field of mapped.keys()) {
      out.fields[field] =
        mapped.size === 1 && swedish ? swedish : t('forms.serverField', { label: label(field) });
    }
    if (mapped.size !== 1)
      out.form = swedish ?? (mapped.size === 0 ? (detail ?? t('app.genericError')) : null);
    if (error.status === 404 && mapped.size === 0) out.form = swedish ?? t('forms.notFound');
    return out;
  }

  const problems = options.validate(values);
  const clientError = (name: string): string | undefined => {
    const p = (problems as Record<string, TProblem | null | undefined>)[name];
    return p ? t(p.key, { label: label(name), ...p.params }) : undefined;
  };
  const error = (name: string): string | undefined =>
    (showsFieldCheck(options.errorsOn ?? 'blur', { touched: touched[name] === true, submitted })
      ? clientError(name)
      : undefined) ?? server?.fields[name];

  const fieldId = (name: string) => `${options.id}-${name.replace(/[^A-Za-z0-9_-]/g, '-')}`;

  function set<K extends keyof V & string>(name: K, value: V[K]) {
    setValues((v) => ({ ...v, [name]: value }));
    if (options.live?.includes(name)) setTouched((s) => ({ ...s, [name]: true }));
    if (server?.fields[name]) {
      setServer((s) => {
        if (!s) return s;
        const rest = Object.fromEntries(Object.entries(s.fields).filter(([k]) => k !== name));
        return { ...s, fields: rest };
      });
    }
  }

  const items: TErrorSummaryItem[] = [];
  if (submitted || server) {
    for (const name of fields) {
      const message = error(name);
      if (message) items.push({ message, fieldId: fieldId(name) });
    }
    if (server?.form) items.push({ message: server.form });
  }

  function onSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setSubmitted(true);
    setServer(null);
    const hasProblems = Object.values(problems).some((p) => p);
    if (hasProblems) {
      setFocusSummary((n) => n + 1);
      return;
    }
    mutation.mutate(values);
  }

  return {
    values,
    set,
    /** id, error and blur handler of a field. */
    field: (name: keyof V & string) => ({
      id: fieldId(name),
      error: error(name),
      onBlur: () => setTouched((s) => ({ ...s, [name]: true })),
    }),
    fieldId,
    label,
    hasErrors: items.length > 0,
    summary: <ErrorSummary ref={summaryRef} title={t('forms.errorSummaryTitle')} items={items} />,
    onSubmit,
    pending: mutation.isPending,
    succeeded: mutation.isSuccess,
    result: mutation.data,
    reset: (next: V = options.initial) => {
      setValues(next);
      setTouched({});
      setSubmitted(false);
      setServer(null);
      mutation.reset();
    },
  };
}
