import type { ReactNode } from 'react';
import { t } from '../../shared/i18n';

/** One step back up the trail: where it leads and what it says. */
export type Crumb = { href: string; label: ReactNode };

/**
 * The way back from a page: its trail of parent pages (outermost first), the first one marked «←», then the
 * page itself, marked as the current page for screen readers (it is the h1 right below, so it is not shown
 * twice on the projector).
 */
export function Breadcrumbs({ trail, current }: { trail: Crumb[]; current?: ReactNode }) {
  return (
    <nav className="crumbs" aria-label={t('common.crumbs')}>
      <ol className="crumbs__list">
        {trail.map((c, i) => (
          <li key={i} className="crumbs__item">
            <a href={c.href}>
              {i === 0 && '← '}
              {c.label}
            </a>
          </li>
        ))}
        {current !== undefined && (
          <li className="crumbs__item sr-only" aria-current="page">
            {current}
          </li>
        )}
      </ol>
    </nav>
  );
}
