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

export function ConsensusView({ detail }: { detail: RoundDetail }) {
  const { set, round, consensus } = detail;
  const save = useApiMutation('rounds.setConsensus');
  const [showStatements, setShowStatements] = useState(false);
  const [local, setLocal] = useState<Record<string, string>>({});
  const [invalid, setInvalid] = useState<string | null>(null);
  const max = set.content.scale.max;

  const valueOf = (target: string) => local[target] ?? (consensus[target] !== undefined ? formatNumber(consensus[target]) : '');
  const commit = (target: string) => {
    const text = local[target];
    if (text === undefined) return;
    const v = parseScore(text);
    if (v === 'invalid' || (v !== null && (v < 1 || v > max))) {
      setInvalid(t('analysis.consensus.invalid', { max }));
      return;
    }
    setInvalid(null);
    save.mutate({ roundId: round.id, target, value: v }, { onSuccess: () => setLocal((l) => Object.fromEntries(Object.entries(l).filter(([k]) => k !== target))) });
  };
  const input = (target: string, label: string) => (
    <input
      className="input input--score"
      inputMode="decimal"
      aria-label={label}
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
  );

  return (
    <div className="consensus">
      <p className="panel__lead">{t('analysis.consensus.lead', { max })}</p>
      <ErrorNotice error={invalid ? new Error(invalid) : save.error} />
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
      <button type="button" className="button" aria-pressed={showStatements} onClick={() => setShowStatements((s) => !s)}>
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
