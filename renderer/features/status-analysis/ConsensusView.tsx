// After the group talk: one agreed score per area (and, if wanted, per
// statement), stored beside the individual answers.
import { useState } from 'react';
import type { RoundDetail } from '../../../shared/analysis/api';
import { formatNumber } from '../../../shared/format';
import { t } from '../../../shared/i18n';
import { useApiMutation } from '../../api/hooks';
import { ErrorNotice } from '../../components/ErrorNotice';

const parseScore = (text: string): number | null | 'invalid' => {
  const s = text.trim().replace(',', '.');
  if (s === '') return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : 'invalid';
};

const without = <T,>(m: Record<string, T>, key: string) =>
  Object.fromEntries(Object.entries(m).filter(([k]) => k !== key));

export function ConsensusView({ detail }: { detail: RoundDetail }) {
  const { set, round, consensus } = detail;
  const save = useApiMutation('rounds.setConsensus');
  const [showStatements, setShowStatements] = useState(false);
  const [local, setLocal] = useState<Record<string, string>>({});
  /** Input errors per field: shown on the field, and what was typed stays. */
  const [invalid, setInvalid] = useState<Record<string, string>>({});
  const max = set.content.scale.max;

  const valueOf = (target: string) =>
    local[target] ?? (consensus[target] !== undefined ? formatNumber(consensus[target]) : '');
  const commit = (target: string) => {
    const text = local[target];
    if (text === undefined) return;
    const v = parseScore(text);
    if (v === 'invalid' || (v !== null && (v < 1 || v > max))) {
      setInvalid((m) => ({ ...m, [target]: t('analysis.consensus.invalidField', { max }) }));
      return;
    }
    setInvalid((m) => without(m, target));
    save.mutate(
      { roundId: round.id, target, value: v },
      {
        onSuccess: () => setLocal((l) => without(l, target)),
        // A value the workbook refuses is an input error too: on the field, with the text kept.
        onError: (err) => {
          if (err.code === 'invalid_input')
            setInvalid((m) => ({ ...m, [target]: Object.values(err.fields)[0] ?? err.message }));
        },
      },
    );
  };
  const input = (target: string, label: string) => (
    <>
      <input
        className="input input--score"
        inputMode="decimal"
        aria-label={label}
        aria-invalid={invalid[target] ? true : undefined}
        aria-describedby={invalid[target] ? `err-${target}` : undefined}
        value={valueOf(target)}
        onChange={(e) => setLocal((l) => ({ ...l, [target]: e.target.value }))}
        onBlur={() => commit(target)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            commit(target);
          }
        }}
      />
      {invalid[target] && (
        <p id={`err-${target}`} className="field__error" role="alert">
          {invalid[target]}
        </p>
      )}
    </>
  );

  return (
    <div className="consensus">
      <p className="panel__lead">{t('analysis.consensus.lead', { max })}</p>
      <ErrorNotice error={save.error && save.error.code !== 'invalid_input' ? save.error : null} />
      <table className="data-table data-table--wide">
        <thead>
          <tr>
            <th scope="col">{t('analysis.consensus.area')}</th>
            <th scope="col">{t('analysis.consensus.score', { max })}</th>
          </tr>
        </thead>
        <tbody>
          {set.content.areas.map((a) => (
            <tr key={a.id}>
              <th scope="row">{a.title}</th>
              <td>{input(`area:${a.id}`, t('analysis.consensus.for', { name: a.title }))}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button
        type="button"
        className="button"
        aria-pressed={showStatements}
        onClick={() => setShowStatements((s) => !s)}
      >
        {t(showStatements ? 'analysis.consensus.hideStatements' : 'analysis.consensus.showStatements')}
      </button>
      {showStatements && (
        <table className="data-table data-table--wide">
          <tbody>
            {set.content.statements.map((s) => (
              <tr key={s.code}>
                <th scope="row">
                  {s.code} {s.text}
                </th>
                <td>{input(`statement:${s.code}`, t('analysis.consensus.for', { name: s.code }))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
