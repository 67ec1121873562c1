import type { ReactNode } from 'react';

/** What a section shows when there is nothing to show yet, rather than a blank space. */
export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="empty-state">
      <p className="empty-state-title">{title}</p>
      {children}
    </div>
  );
}
