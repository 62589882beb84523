// A planning day ready to present, made through the real API: a municipality
// with four units and the Fauske model, a board with 30 cards placed, two
// rounds of the school set (30 answers each, revealed) and an agenda with an
// item of every kind. Used by the room view's end-to-end test and screenshots.
import fs from 'node:fs';
import path from 'node:path';

type Api = <T>(method: string, input?: unknown) => Promise<T>;
interface Id {
  id: string;
}

export const BOARD_CARDS = [
  'Elever tester grensene i friminuttet',
  'En gruppe jenter holder en elev utenfor leken',
  'Banning i garderoben er blitt vanlig',
  'Noen ler når én elev svarer',
  'Klassen sier «det er bare tull»',
  'Foreldre snakker om eleven på nett',
  'En ansatt sa «hun får skylde seg selv»',
  'Trusler på Snapchat etter skoletid',
  'Alle er med på fotball i storefri',
  'Tydelige voksne i gangen',
  'Elever sier hei til hverandre',
  'Nye elever får fadder',
  'Lærer griper inn med en gang',
  'Gjengen bestemmer hvem som er med',
  'Kommentarer om klær',
  'Mye fravær på mandager',
  'Foreldre har bestemt hvem som er problemet',
  'Voksne ser bort i friminuttet',
  'Egne regler på bussen',
  'Noen gruer seg til skolen',
  'Dytting i køen til kantina',
  'Stygge ord i klassechatten',
  'Faste plasser i garderoben',
  'Utestengt fra bursdager',
  'Rektor vet ikke om det',
  'Vakter står sammen og prater',
  'Elev truet med kniv',
  'Elevrådet lager trivselsregler',
  'Vennebenk i skolegården',
  'Rykter om en lærer',
];
export const BOARD_STEPS = [2, 4, 3, 3, 4, 5, 6, 7, 1, 1, 1, 1, 1, 4, 3, 7, 5, 2, 2, 2, 3, 4, 2, 4, 6, 2, 7, 1, 1, 6];

export interface RoomFixture {
  municipalityId: string;
  sessionId: string;
  boardId: string;
  roundId: string;
  followId: string;
  /** Agenda item ids in order: welcome, slide, board, round, checklist, break. */
  items: string[];
}

export async function buildRoomFixture(api: Api): Promise<RoomFixture> {
  const m = await api<Id>('municipalities.create', { name: 'Fauske', county: 'Nordland' });
  const names = ['Fauske skole', 'Vestmyra skole', 'Erikstad skole', 'Sulitjelma skole'];
  const units: string[] = [];
  for (const name of names)
    units.push((await api<Id>('units.create', { municipalityId: m.id, name, kind: 'school', staffCount: '30' })).id);
  const session = await api<Id>('sessions.create', {
    municipalityId: m.id,
    date: '14.08.2026',
    kind: 'planning_day',
    title: 'Planleggingsdag: Omni-trappa',
    participantCount: '46',
    unitIds: units,
    notes: 'Husk: ingen ekte navn på kortene.',
  });
  const content = await api<{ content: { components: { items: { id: string }[] }[] } }>('content.choose', {
    municipalityId: m.id,
    packId: 'omni-fauske',
  });
  const statuses = ['in_place', 'in_progress', 'in_place', 'not_started'];
  for (const [ui, unit] of units.entries()) {
    for (const [ci, comp] of content.content.components.entries()) {
      for (const [ii, item] of comp.items.entries()) {
        if (ci + ui < 6 && ii < 4 - (ui % 3))
          await api('checklists.set', {
            unitId: unit,
            itemId: item.id,
            status: statuses[(ci + ii + ui) % statuses.length],
          });
      }
    }
  }

  const board = await api<Id>('boards.create', { sessionId: session.id, title: 'Friminuttet på mellomtrinnet' });
  for (const [i, text] of BOARD_CARDS.entries()) {
    const id = `kort-${i}`;
    await api('boards.apply', {
      boardId: board.id,
      command: {
        type: 'add',
        card: {
          id,
          text,
          group: `Bord ${1 + (i % 5)}`,
          color: ['yellow', 'blue', 'green', 'pink', 'white'][i % 5],
          step: BOARD_STEPS[i],
        },
      },
    });
    if (i % 4 === 0)
      await api('boards.apply', { boardId: board.id, command: { type: 'vote', id, delta: 1 + (i % 5) } });
  }

  const sets = await api<{ id: string; origin: string }[]>('statementSets.list', {});
  const schoolSet = sets.find((x) => x.origin === 'statements-school')!;
  const csvFile = path.join(import.meta.dirname, '..', 'fixtures', 'import', 'school-30.csv');
  const csv = fs.readFileSync(csvFile).toString('base64');
  const round = await api<Id>('rounds.create', {
    municipalityId: m.id,
    setId: schoolSet.id,
    title: 'Nullpunkt høsten 2026',
    date: '01.09.2026',
    kind: 'baseline',
    unitIds: [units[0]],
  });
  await api('rounds.import', { roundId: round.id, fileName: 'svar.csv', dataBase64: csv });
  await api('rounds.setConsensus', { roundId: round.id, target: 'area:law', value: 2 });
  await api('rounds.setConsensus', { roundId: round.id, target: 'area:mindset', value: 3 });
  const follow = await api<Id>('rounds.create', {
    municipalityId: m.id,
    setId: schoolSet.id,
    title: 'Oppfølging våren 2027',
    date: '01.03.2027',
    kind: 'follow_up',
    unitIds: [units[0]],
  });
  const shifted = fs.readFileSync(csvFile, 'utf8').replace(/;1;/g, ';2;').replace(/;2;/g, ';3;');
  await api('rounds.import', {
    roundId: follow.id,
    fileName: 'svar.csv',
    dataBase64: Buffer.from(shifted).toString('base64'),
  });
  await api('rounds.reveal', { id: follow.id, revealed: true });

  await api('agenda.setStart', { sessionId: session.id, startTime: '08:30' });
  const add = (input: Record<string, unknown>) =>
    api<{ items: Id[] }>('agenda.add', { sessionId: session.id, ...input });
  await add({ kind: 'welcome', title: 'Velkommen til planleggingsdag', plannedMinutes: 10 });
  await add({
    kind: 'slide',
    title: 'Tankesettet',
    plannedMinutes: 20,
    points: [
      'Alle barn skal ha et trygt og godt miljø',
      'Varme og tydelige voksne',
      'Vi ser gruppa, ikke bare enkeltbarnet',
      'Felles språk: Omni-trappa',
    ],
  });
  await add({ kind: 'board', title: 'Omni-trappa i gruppene', plannedMinutes: 45, refId: board.id });
  await add({ kind: 'round', title: 'Ståstedsanalysen', plannedMinutes: 30, refId: round.id });
  await add({ kind: 'checklist', title: 'Hvor langt har vi kommet?', plannedMinutes: 15 });
  const agenda = await add({ kind: 'break', title: 'Lunsj', plannedMinutes: 30 });
  return {
    municipalityId: m.id,
    sessionId: session.id,
    boardId: board.id,
    roundId: round.id,
    followId: follow.id,
    items: agenda.items.map((i) => i.id),
  };
}
