import { Alert, Title } from '@mantine/core';
import type { ReactNode } from 'react';

type TNoticeProps = {
  title: string;
  children?: ReactNode;
  /** `error` is announced at once (role alert); `info` politely (role status). */
  tone?: 'info' | 'error';
};

/** A boxed message with an h2 title. Light variants only: they meet AA contrast. */
export function Notice({ title, children, tone = 'info' }: TNoticeProps) {
  return (
    <Alert
      role={tone === 'error' ? 'alert' : 'status'}
      color={tone === 'error' ? 'red' : 'lots'}
      variant="light"
      title={
        <Title order={2} fz="md" c="inherit">
          {title}
        </Title>
      }
      mb="md"
    >
      {children}
    </Alert>
  );
}
