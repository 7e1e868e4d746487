import type { TMe } from '@lots/contracts';
import { Box, Button, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useContext, useEffect, useRef, useState } from 'react';
import type { SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { api } from '../api.ts';
import { MeContext } from '../auth/me-context.ts';
import { meQueryKey } from '../auth/me-query.ts';
import { ErrorSummary } from '../components/error-summary.tsx';
import type { TErrorSummaryItem } from '../components/error-summary.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { changeLanguageForUser } from '../i18n/i18n.ts';
import {
  emptyLoginValues,
  loginFields,
  safeNextPath,
  serverLoginErrors,
  validateLogin,
} from './login-validation.ts';
import type { TLoginField, TLoginServerErrors, TLoginValues } from './login-validation.ts';

export function LoginPage() {
  const { t } = useTranslation();
  const me = useContext(MeContext);
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'));

  const [values, setValues] = useState<TLoginValues>(emptyLoginValues);
  const [touched, setTouched] = useState<Record<TLoginField, boolean>>({
    email: false,
    password: false,
  });
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<TLoginServerErrors | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const [focusSummary, setFocusSummary] = useState(0);

  const login = useMutation({
    mutationFn: api.login,
    onSuccess: (user: TMe) => {
      // Nothing cached for a previous user may survive into this session.
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== meQueryKey[0] });
      queryClient.setQueryData(meQueryKey, user);
      changeLanguageForUser(user.locale);
      void navigate(next, { replace: true });
    },
    onError: (error) => {
      setServerErrors(serverLoginErrors(error));
      setFocusSummary((n) => n + 1);
    },
  });

  useEffect(() => {
    if (focusSummary > 0) summaryRef.current?.focus();
  }, [focusSummary]);

  if (me && !login.isPending) return <Navigate replace to={next} />;

  // Client-side errors: live as the user types, once a field was left or the form sent.
  const clientErrors = validateLogin(values);
  const fieldError = (field: TLoginField): string | undefined => {
    const key = (touched[field] || submitted) && clientErrors[field];
    if (key) return t(key);
    const server = serverErrors?.fields[field];
    return server ? t(server) : undefined;
  };

  const summaryItems: TErrorSummaryItem[] = [];
  if (submitted) {
    for (const field of loginFields) {
      const message = fieldError(field);
      if (message) summaryItems.push({ message, fieldId: field });
    }
    if (summaryItems.length === 0 && serverErrors?.form) {
      summaryItems.push({
        message: t(serverErrors.form),
        // Wrong credentials concern both fields; GOV.UK links such a message to the first.
        ...(serverErrors.form === 'login.wrongCredentials' ? { fieldId: 'email' } : {}),
      });
    }
  }

  function update(field: TLoginField, value: string) {
    setValues((v) => ({ ...v, [field]: value }));
    if (serverErrors?.fields[field]) {
      setServerErrors((s) => (s ? { ...s, fields: { ...s.fields, [field]: undefined } } : s));
    }
  }

  function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setSubmitted(true);
    setServerErrors(null);
    if (Object.keys(clientErrors).length > 0) {
      setFocusSummary((n) => n + 1);
      return;
    }
    login.mutate({ email: values.email.trim(), password: values.password });
  }

  return (
    <Box maw={480}>
      <PageHeading title={t('login.title')} hasErrors={summaryItems.length > 0}>
        {t('login.title')}
      </PageHeading>
      <ErrorSummary ref={summaryRef} title={t('login.errorSummaryTitle')} items={summaryItems} />
      <Text mb="lg">{t('login.intro')}</Text>
      <form noValidate onSubmit={submit}>
        <Stack gap="lg">
          <TextInput
            id="email"
            name="email"
            type="email"
            label={t('login.email')}
            autoComplete="username"
            spellCheck={false}
            value={values.email}
            error={fieldError('email')}
            onChange={(e) => update('email', e.currentTarget.value)}
            onBlur={() => values.email && setTouched((s) => ({ ...s, email: true }))}
            size="md"
          />
          <TextInput
            id="password"
            name="password"
            type="password"
            label={t('login.password')}
            autoComplete="current-password"
            value={values.password}
            error={fieldError('password')}
            onChange={(e) => update('password', e.currentTarget.value)}
            onBlur={() => values.password && setTouched((s) => ({ ...s, password: true }))}
            size="md"
          />
          <div>
            <Button
              type="submit"
              size="md"
              loading={login.isPending}
              loaderProps={{ 'aria-hidden': true }}
            >
              {t('login.submit')}
            </Button>
          </div>
        </Stack>
      </form>
    </Box>
  );
}
