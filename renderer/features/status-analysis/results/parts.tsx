// Small shared pieces of the results screens: the chart/table toggle, the
// scale legend and a row of choice buttons.
import type { ReactNode } from 'react';
import type { Scale } from '../../../../shared/analysis/types';
import { t } from '../../../../shared/i18n';
import { DONT_KNOW_FILL, scaleColours } from './numbers';

/** "Tabell": a real toggle button; pressed shows the exact numbers instead of the chart. */
export function TableToggle({ on, onChange }: { on: boolean; onChange: (on: boolean) => void }) {
  return (
    <button
      type="button"
      className={on ? 'button button--small res-toggle res-toggle--on' : 'button button--small res-toggle'}
      aria-pressed={on}
      onClick={() => onChange(!on)}
    >
      <span className="res-toggle__box" aria-hidden="true">
        {on ? '✓' : ''}
      </span>
      {t('results.table')}
    </button>
  );
}

/** A figure with a title row (title and its own controls), a lead and a body. */
export function ResultFigure({
  title,
  lead,
  controls,
  children,
}: {
  title: string;
  lead?: ReactNode;
  controls?: ReactNode;
  children: ReactNode;
}) {
  return (
    <section className="res-figure" aria-label={title}>
      <div className="res-figure__head">
        <h3 className="res-figure__title">{title}</h3>
        {controls && <div className="res-figure__controls">{controls}</div>}
      </div>
      {lead && <p className="res-figure__lead">{lead}</p>}
      {children}
    </section>
  );
}

/** What the numbers 1..max mean: "1 = I svært liten grad" and so on. */
export function ScaleKey({ scale }: { scale: Scale }) {
  return (
    <p className="res-scale-key">
      <span className="res-scale-key__label">{t('results.scale')}</span>
      {scale.labels.map((label, i) => (
        <span key={i} className="res-scale-key__item">
          <strong>{i + 1}</strong> = {label}
        </span>
      ))}
    </p>
  );
}

/** Colour legend for the distribution: one swatch per scale value, then "don't know". */
export function DistributionLegend({ scale }: { scale: Scale }) {
  const colours = scaleColours(scale.max);
  return (
    <ul className="res-legend" aria-label={t('results.legend')}>
      {scale.labels.map((label, i) => (
        <li key={i} className="res-legend__item">
          <span className="res-legend__swatch" style={{ background: colours[i] }} aria-hidden="true" />
          <strong>{i + 1}</strong>&nbsp;{label}
        </li>
      ))}
      <li className="res-legend__item">
        <span
          className="res-legend__swatch res-legend__swatch--dk"
          style={{ background: DONT_KNOW_FILL }}
          aria-hidden="true"
        />
        {scale.dontKnowLabel}
      </li>
    </ul>
  );
}

/** A row of buttons where exactly one is chosen (aria-pressed), reachable with Tab and Enter/Space. */
export function ChoiceButtons<T extends string>({
  label,
  options,
  value,
  onChange,
}: {
  label: string;
  options: { value: T; label: ReactNode }[];
  value: T;
  onChange: (value: T) => void;
}) {
  return (
    <div className="res-choices" role="group" aria-label={label}>
      {options.map((o) => (
        <button
          key={o.value}
          type="button"
          className={o.value === value ? 'tab tab--on' : 'tab'}
          aria-pressed={o.value === value}
          onClick={() => onChange(o.value)}
        >
          {o.label}
        </button>
      ))}
    </div>
  );
}
