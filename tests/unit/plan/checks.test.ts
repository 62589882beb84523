// Each plan check with a plan that triggers it and one that does not; the Beiarn template as shipped.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  activitiesOutsidePhase,
  activitiesWithoutResponsible,
  checkPlan,
  componentsNeverIntroduced,
  evaluationsNotHeld,
  overdueActivities,
  phasesWithoutActivities,
} from '../../../shared/plan/checks';
import type { Plan, PlanActivity } from '../../../shared/plan/model';
import { instantiate, PlanTemplate } from '../../../shared/plan/template';
import { timelineSvg } from '../../../shared/plan/timeline';
import beiarnJson from '../../../resources/plans/beiarn.json';

/** The seed the template is written from (a verbatim copy of the shared seed named in the template). */
const SEED = new URL('../../fixtures/seed-000_dd466b272ec893a1.txt', import.meta.url);

const COMPONENTS = [
  { id: 'mindset', title: 'Omni-perspektivet' },
  { id: 'law', title: 'Regelverkskompetanse' },
];

function activity(over: Partial<PlanActivity> = {}): PlanActivity {
  return {
    id: 'a1',
    phaseId: 'p1',
    month: '2026-09',
    text: 'Personaldag',
    roleIds: ['r1'],
    componentId: 'mindset',
    status: 'planned',
    sessionId: null,
    ...over,
  };
}
/** A small coherent plan: one phase Aug–Dec 2026, activities for both components, one routine held. */
function plan(over: Partial<Plan> = {}): Plan {
  return {
    id: 'plan',
    municipalityId: 'm',
    title: 'Plan',
    templateId: null,
    startMonth: '2026-08',
    endMonth: '2027-07',
    introduction: '',
    overallGoal: '',
    subGoals: [],
    evaluationNote: '',
    roles: [{ id: 'r1', name: 'Prosjektleder', responsibility: '', members: [] }],
    phases: [{ id: 'p1', name: 'Oppstart', goal: '', fromMonth: '2026-08', toMonth: '2026-12' }],
    activities: [
      activity({ status: 'done' }),
      activity({ id: 'a2', month: '2026-12', text: 'Regelverk', componentId: 'law' }),
    ],
    routines: [{ id: 'e1', title: 'Halvårlig evaluering', intervalMonths: 6, firstMonth: '2026-09', roleId: 'r1' }],
    evaluations: [{ id: 'h1', routineId: 'e1', month: '2026-10', note: '', roundId: null }],
    createdAt: '',
    updatedAt: '',
    ...over,
  };
}
const TODAY = '2026-11-23';

describe('plan checks', () => {
  it('a coherent plan gives no warning at all', () => {
    expect(checkPlan(plan(), COMPONENTS, TODAY)).toEqual([]);
  });

  it('an activity outside its phase period', () => {
    expect(activitiesOutsidePhase(plan())).toEqual([]);
    const w = activitiesOutsidePhase(plan({ activities: [activity({ month: '2027-03' })] }));
    expect(w).toHaveLength(1);
    expect(w[0]).toMatchObject({ kind: 'outsidePhase', target: { type: 'activity', id: 'a1' } });
    expect(w[0].message).toBe('«Personaldag» (mars 2027) ligger utenfor fasen «Oppstart» (aug. 2026–des. 2026).');
    // The phase's first and last months are inside.
    expect(
      activitiesOutsidePhase(
        plan({ activities: [activity({ month: '2026-08' }), activity({ id: 'a2', month: '2026-12' })] }),
      ),
    ).toEqual([]);
  });

  it('a phase without activities', () => {
    expect(phasesWithoutActivities(plan())).toEqual([]);
    const phases = [
      ...plan().phases,
      { id: 'p2', name: 'Konsolidering', goal: '', fromMonth: '2027-01', toMonth: '2027-06' },
    ];
    expect(phasesWithoutActivities(plan({ phases }))).toEqual([
      {
        kind: 'emptyPhase',
        target: { type: 'phase', id: 'p2' },
        message: 'Fasen «Konsolidering» har ingen aktiviteter.',
      },
    ]);
  });

  it('an activity without a responsible (a cancelled one does not count)', () => {
    expect(activitiesWithoutResponsible(plan())).toEqual([]);
    expect(
      activitiesWithoutResponsible(plan({ activities: [activity({ roleIds: [], status: 'cancelled' })] })),
    ).toEqual([]);
    const w = activitiesWithoutResponsible(plan({ activities: [activity({ roleIds: [] })] }));
    expect(w.map((x) => [x.kind, x.target.id, x.message])).toEqual([
      ['noResponsible', 'a1', '«Personaldag» har ingen ansvarlig.'],
    ]);
  });

  it('a core component never introduced (only by a cancelled activity is never)', () => {
    expect(componentsNeverIntroduced(plan(), COMPONENTS)).toEqual([]);
    const cancelled = plan({
      activities: [activity(), activity({ id: 'a2', componentId: 'law', status: 'cancelled' })],
    });
    expect(componentsNeverIntroduced(cancelled, COMPONENTS)).toEqual([
      {
        kind: 'componentMissing',
        target: { type: 'component', id: 'law' },
        message: 'Kjernekomponenten «Regelverkskompetanse» innføres ikke i noen aktivitet.',
      },
    ]);
  });

  it('overdue activities not marked done, relative to the given today', () => {
    const p = plan({
      activities: [
        activity({ month: '2026-09' }),
        activity({ id: 'a2', month: '2026-11' }),
        activity({ id: 'a3', month: '2026-10', status: 'done' }),
      ],
    });
    expect(overdueActivities(p, '2026-09-30')).toEqual([]);
    expect(overdueActivities(p, TODAY).map((w) => w.target.id)).toEqual(['a1']);
    expect(overdueActivities(p, '2026-12-01').map((w) => w.target.id)).toEqual(['a1', 'a2']);
    expect(overdueActivities(plan({ activities: [activity({ status: 'postponed' })] }), TODAY)[0].message).toBe(
      '«Personaldag» skulle vært gjennomført sep. 2026, men er ikke markert som gjennomført.',
    );
    expect(overdueActivities(plan({ activities: [activity({ status: 'cancelled' })] }), TODAY)).toEqual([]);
  });

  it('evaluations not held: each past occurrence needs a record within its interval', () => {
    expect(evaluationsNotHeld(plan(), TODAY)).toEqual([]);
    // Occurrences Sept 2026 and March 2027: by April 2027 the second is missing.
    expect(evaluationsNotHeld(plan(), '2027-04-02').map((w) => w.message)).toEqual([
      '«Halvårlig evaluering» for mars 2027 er ikke registrert som holdt.',
    ]);
    const none = evaluationsNotHeld(plan({ evaluations: [] }), TODAY);
    expect(none).toEqual([
      {
        kind: 'evaluationMissing',
        target: { type: 'routine', id: 'e1' },
        message: '«Halvårlig evaluering» for sep. 2026 er ikke registrert som holdt.',
      },
    ]);
    // A record for another routine, or before the occurrence, does not count.
    expect(
      evaluationsNotHeld(
        plan({ evaluations: [{ id: 'h', routineId: 'other', month: '2026-10', note: '', roundId: null }] }),
        TODAY,
      ),
    ).toHaveLength(1);
    expect(
      evaluationsNotHeld(
        plan({ evaluations: [{ id: 'h', routineId: 'e1', month: '2026-08', note: '', roundId: null }] }),
        TODAY,
      ),
    ).toHaveLength(1);
  });
});

describe('the Beiarn template', () => {
  const tpl = PlanTemplate.parse(beiarnJson);
  let n = 0;
  const ids = () => `id${++n}`;

  it('validates, cites the seed, and laid on its own start month gives the seed dates', () => {
    expect(SEED.pathname.endsWith(tpl.source.file.replace('seeds/', 'seed-'))).toBe(true);
    const seed = fs.readFileSync(SEED, 'utf8');
    expect(seed).toContain('Tentativ modell for Beiarn kommune');
    const p = instantiate(tpl, tpl.sourceStartMonth, ids);
    expect(p.subGoals).toHaveLength(5);
    for (const g of p.subGoals) expect(seed).toContain(g);
    expect(seed).toContain(`- Overordnet mål: ${p.overallGoal}`);
    const byText = new Map(p.activities.map((a) => [a.text, a.month]));
    expect(p.activities).toHaveLength(16);
    expect(byText.get('Oppstartsmøte for styringsgruppen')).toBe('2026-03');
    expect(byText.get('Opplæring i regelverkskompetanse')).toBe('2026-09');
    expect(byText.get('Foreldreundersøkelse om barnas trivsel')).toBe('2027-01');
    expect(byText.get('Avsluttende evaluering og rapport til kommunen')).toBe('2028-06');
    // Every activity as written in the seed's table, with the seed's responsible column.
    for (const phase of tpl.phases)
      for (const a of phase.activities) expect(seed).toContain(`| ${a.text} | ${a.sourceResponsible} |`);
    expect(p.phases.map((ph) => [ph.name, ph.fromMonth, ph.toMonth])).toEqual([
      ['Oppstartsfase', '2025-01', '2025-06'],
      ['Implementeringsfase 1', '2025-08', '2025-12'],
      ['Implementeringsfase 2', '2026-01', '2026-06'],
      ['Konsolidering og videreutvikling', '2026-08', '2028-06'],
    ]);
    expect(p.endMonth).toBe('2028-12');
    // The phase headings as the seed writes them, period label first.
    for (const phase of tpl.phases) expect(seed).toContain(`${phase.sourceLabel}: ${phase.name}\nMål: ${phase.goal}`);
  });

  it('dates shift with the start month', () => {
    const p = instantiate(tpl, '2026-08', ids);
    expect(p.startMonth).toBe('2026-08');
    expect(p.phases[0]).toMatchObject({ fromMonth: '2026-08', toMonth: '2027-01' });
    expect(p.activities[0].month).toBe('2027-10');
    expect(p.routines.map((r) => r.firstMonth)).toEqual(['2028-06', '2027-11']);
  });

  it('loaded as is, produces the phase-period warning (and only for the three mislabelled phases)', () => {
    const p = instantiate(tpl, '2026-08', ids);
    const warnings = checkPlan(p, COMPONENTS, '2026-08-15');
    const outside = warnings.filter((w) => w.kind === 'outsidePhase');
    expect(outside).toHaveLength(12);
    expect(outside[0].message).toBe(
      '«Oppstartsmøte for styringsgruppen» (okt. 2027) ligger utenfor fasen «Oppstartsfase» (aug. 2026–jan. 2027).',
    );
    const lastPhase = p.phases[3].id;
    expect(outside.some((w) => p.activities.find((a) => a.id === w.target.id)!.phaseId === lastPhase)).toBe(false);
    expect(warnings.filter((w) => w.kind !== 'outsidePhase')).toEqual([]);
  });

  it('the timeline draws every activity with its status and today line', () => {
    const p = instantiate(tpl, '2026-08', ids);
    const { svg, alt } = timelineSvg(p, '2026-11-23');
    expect(svg.match(/data-activity-id=/g)).toHaveLength(16);
    expect(svg).toContain('data-today="2026-11-23"');
    expect(svg).toContain('0 av 16 aktiviteter gjennomført');
    expect(alt).toContain('12 aktiviteter ligger utenfor fasens periode');
    const later = timelineSvg(
      { ...p, activities: p.activities.map((a, i) => (i === 0 ? { ...a, status: 'done' } : a)) },
      '2026-11-23',
    );
    expect(later.svg).toContain('1 av 16 aktiviteter gjennomført');
    expect(later.svg.match(/data-status="done"/g)).toHaveLength(1);
  });
});
