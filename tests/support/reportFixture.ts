// A session worth summarising, made through the real API: a municipality with
// Norwegian letters, a follow-up round held in the session (with a baseline round
// before it for the same school), a board of cards, FFSS actions (one carried
// from an earlier session), checklist and law work, notes and a next session.
// The three leaders answer 1 everywhere: a group under the threshold whose
// numbers must never reach a summary.

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- untyped API answers
type Call = <T = any>(method: string, input: unknown) => Promise<T>;

export interface ReportFixture {
  municipalityId: string;
  sessionId: string;
  roundId: string;
  baselineId: string;
  boardId: string;
  unitName: string;
  /** What the fixture put there, for the assertions. */
  cards: string[];
  actions: string[];
  carriedAction: string;
}

export async function seedReportSession(
  call: Call,
  size = { respondents: 30, baseline: 25, cards: 20 },
): Promise<ReportFixture> {
  const m = await call<{ id: string }>('municipalities.create', { name: 'Sørfold kommune', county: 'Nordland' });
  const school = await call<{ id: string; name: string }>('units.create', {
    municipalityId: m.id,
    name: 'Straumen skole',
    kind: 'school',
    staffCount: 34,
  });
  const other = await call<{ id: string }>('units.create', {
    municipalityId: m.id,
    name: 'Røsvik skole',
    kind: 'school',
  });
  await call('guide.set', { name: 'Åse Øvergård', title: 'Omniveileder', contact: 'ase.overgard@example.no' });
  const content = await call<{
    content: {
      components: { id: string; items: { id: string }[] }[];
      lawChecklists: { id: string; items: { id: string }[] }[];
    };
  }>('content.choose', { municipalityId: m.id, packId: 'omni-fauske' });

  const earlier = await call<{ id: string }>('sessions.create', {
    municipalityId: m.id,
    date: '2026-01-15',
    kind: 'staff_day',
    title: 'Oppstart våren',
    unitIds: [school.id],
  });
  const session = await call<{ id: string }>('sessions.create', {
    municipalityId: m.id,
    date: '2026-08-14',
    kind: 'planning_day',
    title: 'Planleggingsdag høst',
    participantCount: 32,
    unitIds: [school.id, other.id],
    notes: 'Personalet ønsket mer tid til Omni-trappa.\n\nLedelsen følger opp dørstokkreglene før jul.',
  });
  await call('sessions.create', {
    municipalityId: m.id,
    date: '2026-10-20',
    kind: 'steering_group',
    title: 'Styringsgruppemøte oktober',
  });

  // Checklist work in the session: two items of the first component, one law item.
  const component = content.content.components[0];
  const law = content.content.lawChecklists[0];
  await call('checklists.set', {
    unitId: school.id,
    itemId: component.items[0].id,
    status: 'in_place',
    sessionId: session.id,
  });
  await call('checklists.set', {
    unitId: school.id,
    itemId: component.items[1].id,
    status: 'in_progress',
    sessionId: session.id,
  });
  await call('checklists.set', {
    unitId: school.id,
    itemId: law.items[0].id,
    status: 'in_place',
    sessionId: session.id,
  });

  // Status analysis: baseline in January, follow-up in the session.
  const sets = await call<
    { id: string; origin: string; content: { statements: { code: string }[]; areas: { id: string }[] } }[]
  >('statementSets.list', {});
  const set = sets.find((s) => s.origin === 'statements-school')!;
  const codes = set.content.statements.map((s) => s.code);
  const baseline = await call<{ id: string }>('rounds.create', {
    municipalityId: m.id,
    setId: set.id,
    title: 'Nullpunkt',
    date: '2026-01-15',
    kind: 'baseline',
    unitIds: [school.id],
    sessionId: earlier.id,
  });
  for (let i = 0; i < size.baseline; i++) {
    const answers = Object.fromEntries(codes.map((c, k) => [c, 2 + ((i + k) % 2)]));
    await call('rounds.saveRespondent', {
      roundId: baseline.id,
      role: i % 5 === 0 ? 'assistant' : 'teacher',
      unitId: school.id,
      answers,
    });
  }
  // The baseline was shown to the staff at its own session, so it is there to compare with.
  await call('rounds.reveal', { id: baseline.id, revealed: true });
  const round = await call<{ id: string }>('rounds.create', {
    municipalityId: m.id,
    setId: set.id,
    title: 'Oppfølging høst',
    date: '2026-08-14',
    kind: 'follow_up',
    unitIds: [school.id],
    sessionId: session.id,
  });
  const leaders = 3;
  const assistants = Math.round(size.respondents * 0.23);
  for (let i = 0; i < size.respondents; i++) {
    const role = i < leaders ? 'leader' : i < leaders + assistants ? 'assistant' : 'teacher';
    const answers = Object.fromEntries(
      codes.map((c, k) => [
        c,
        role === 'leader'
          ? 1
          : role === 'assistant'
            ? 2 + ((i + k) % 2)
            : (i + k) % 7 === 0
              ? 'dont_know'
              : 3 + ((i + k) % 2),
      ]),
    );
    await call('rounds.saveRespondent', { roundId: round.id, role, unitId: school.id, answers });
  }
  await call('rounds.setConsensus', { roundId: round.id, target: `area:${set.content.areas[0].id}`, value: 3 });
  await call('rounds.reveal', { id: round.id, revealed: true });

  // The board: cards over the steps and the inbox, with votes.
  const board = await call<{ id: string }>('boards.create', {
    sessionId: session.id,
    title: 'Friminuttet',
    unitId: school.id,
  });
  const cards: string[] = [];
  for (let i = 0; i < size.cards; i++) {
    const text = `Kort ${i + 1}: elever holder en medelev utenfor på fotballbanen`;
    cards.push(text);
    await call('boards.apply', {
      boardId: board.id,
      command: {
        type: 'add',
        card: { id: `k${i}`, text, step: i % 8 === 7 ? null : 1 + (i % 7), group: `Bord ${1 + (i % 4)}`, votes: i % 5 },
      },
    });
  }

  const carriedAction = 'Revidere dørstokkreglene med elevrådet';
  await call('actions.create', {
    sessionId: earlier.id,
    unitId: school.id,
    category: 'prevent',
    what: carriedAction,
    who: 'Rektor',
    due: '2026-06-01',
  });
  const actions = [
    'Voksne i friminuttet på fotballbanen hver dag',
    'Felles språk om trinnene i personalmøter',
    'Samtale med elevene det gjelder samme dag',
  ];
  await call('actions.create', {
    sessionId: session.id,
    unitId: school.id,
    category: 'promote',
    what: actions[0],
    who: 'Inspektør',
    due: '2026-09-01',
  });
  await call('actions.create', {
    sessionId: session.id,
    category: 'prevent',
    what: actions[1],
    who: 'Teamledere',
    due: '2026-10-01',
  });
  await call('actions.create', { sessionId: session.id, category: 'stop', what: actions[2], who: 'Kontaktlærer' });

  return {
    municipalityId: m.id,
    sessionId: session.id,
    roundId: round.id,
    baselineId: baseline.id,
    boardId: board.id,
    unitName: school.name,
    cards,
    actions,
    carriedAction,
  };
}
