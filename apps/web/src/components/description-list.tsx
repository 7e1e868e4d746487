import type { ReactNode } from 'react';

export type TDescriptionItem = { term: string; value: ReactNode };

/** A term–value list (`<dl>`), two columns on wide screens. */
export function DescriptionList({ items }: { items: readonly TDescriptionItem[] }) {
  return (
    <dl className="lots-dl">
      {items.map((item) => (
        <div key={item.term} style={{ display: 'contents' }}>
          <dt>{item.term}</dt>
          <dd>{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}
