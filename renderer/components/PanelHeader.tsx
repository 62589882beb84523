import type { ReactNode } from 'react';

/**
 * The head of a panel: its heading (h2 unless the panel sits under another panel's heading), an optional count
 * or short fact after the title, and the panel's actions on the right. `id` is what the panel's
 * `aria-labelledby` points at.
 */
export function PanelHeader({
  id,
  title,
  level = 2,
  meta,
  alert = false,
  actions,
}: {
  id?: string;
  title: ReactNode;
  level?: 2 | 3 | 4;
  /** A count or short fact, part of the heading. */
  meta?: ReactNode;
  /** The meta is a problem to look at (e.g. warnings). */
  alert?: boolean;
  actions?: ReactNode;
}) {
  const Heading = `h${level}` as const;
  const heading = (
    <Heading id={id} className="panel__title">
      {title}
      {meta !== undefined && meta !== null && meta !== '' && (
        <>
          {' '}
          <span className={alert ? 'panel__meta panel__meta--alert' : 'panel__meta'}>{meta}</span>
        </>
      )}
    </Heading>
  );
  if (!actions) return heading;
  return (
    <div className="panel__head">
      {heading}
      <div className="actions actions--inline">{actions}</div>
    </div>
  );
}
