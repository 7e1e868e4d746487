import type { ReactNode } from 'react';

/**
 * A wide table's horizontal scroll box. It takes keyboard focus (WCAG 2.1.1: a
 * scrollable region must be reachable without a mouse) and is named by the table's
 * caption, so the focus stop is announced.
 */
export function ScrollTable({
  label,
  minWidth,
  children,
}: {
  label: string;
  minWidth: number;
  children: ReactNode;
}) {
  return (
    <div className="lots-socio-scroll" role="region" aria-label={label} tabIndex={0}>
      <div style={{ minWidth }}>{children}</div>
    </div>
  );
}
