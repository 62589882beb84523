import type { ReactNode } from 'react';
import { Breadcrumbs, type Crumb } from './Breadcrumbs';

/**
 * The head of a page: the way back (breadcrumbs), the page's only h1, a lead line, anything that belongs under
 * the lead (a note, a usage line), and the page's main actions on the right.
 */
export function PageHeader({
  title,
  lead,
  leadClassName,
  crumbs,
  actions,
  actionsLabel,
  tight = false,
  children,
}: {
  title: ReactNode;
  lead?: ReactNode;
  /** An extra class for the lead paragraph. */
  leadClassName?: string;
  /** The parent pages, outermost first; the page itself is added as the current one. */
  crumbs?: Crumb[];
  actions?: ReactNode;
  /** Names the actions as a group, when they belong together (e.g. «save as»). */
  actionsLabel?: string;
  /** Less space below: for tool pages where the work starts right under the head. */
  tight?: boolean;
  children?: ReactNode;
}) {
  return (
    <>
      {crumbs && <Breadcrumbs trail={crumbs} current={title} />}
      <div className={tight ? 'page-head page-head--tight' : 'page-head'}>
        <div>
          <h1 className="page-title">{title}</h1>
          {lead != null && lead !== false && lead !== '' && (
            <p className={leadClassName ? `page-lead ${leadClassName}` : 'page-lead'}>{lead}</p>
          )}
          {children}
        </div>
        {actions && (
          <div className="actions actions--head" role={actionsLabel ? 'group' : undefined} aria-label={actionsLabel}>
            {actions}
          </div>
        )}
      </div>
    </>
  );
}
