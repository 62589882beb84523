// Screenshots of the main screens at projector sizes, for looking at by eye:
//   npm run build && npx tsx tests/screenshots.ts [outdir]
import fs from 'node:fs';
import path from 'node:path';
import { launchChromium } from './support/browser';
import { startServer, tempDir } from './support/server';
import { makeRespondents, msFormsXlsx } from './support/forms';
import type { StatementSetContent } from '../shared/analysis/types';

const out = path.resolve(process.argv[2] ?? 'test-results/screenshots');
fs.mkdirSync(out, { recursive: true });
const server = await startServer(path.join(tempDir(), 'workbook.omni.sqlite'));
const api = async (method: string, input: unknown) => {
  const r = await fetch(`${server.url}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(input),
  });
  const body = (await r.json()) as { ok: boolean; value: { id: string } };
  return body.value;
};
// A realistic workbook: two municipalities with units and sessions.
const beiarn = await api('municipalities.create', {
  name: 'Beiarn',
  county: 'Nordland',
  note: 'Implementeringsplan 2025–2028. Styringsgruppa møtes to ganger i halvåret.',
});
await api('municipalities.create', { name: 'Fauske', county: 'Nordland' });
await api('municipalities.create', { name: 'Sørfold', county: 'Nordland' });
const school = await api('units.create', {
  municipalityId: beiarn.id,
  name: 'Beiarn skole',
  kind: 'school',
  staffCount: '34',
  contactRole: 'rektor',
});
const kg = await api('units.create', {
  municipalityId: beiarn.id,
  name: 'Moldjord barnehage',
  kind: 'kindergarten',
  staffCount: '12',
  contactRole: 'styrer',
});
await api('units.create', { municipalityId: beiarn.id, name: 'Beiarn IL', kind: 'leisure', contactRole: 'leder' });
const session = await api('sessions.create', {
  municipalityId: beiarn.id,
  date: '14.08.2026',
  kind: 'planning_day',
  title: 'Oppstart: Omni-perspektivet og Omni-trappa',
  participantCount: '46',
  unitIds: [school.id, kg.id],
  notes: 'Gruppearbeid ved bordene.\nTa med Omni-trappa til neste personalmøte.',
});
await api('sessions.create', {
  municipalityId: beiarn.id,
  date: '2026-09-22',
  kind: 'steering_group',
  title: 'Styringsgruppemøte høst',
  participantCount: '8',
});
const content = (await api('content.choose', { municipalityId: beiarn.id, packId: 'omni-fauske' })) as unknown as {
  content: { components: { items: { id: string }[] }[]; lawChecklists: { items: { id: string }[] }[] };
};
// Some progress: the school further along than the kindergarten.
const statuses = ['in_place', 'in_place', 'in_progress', 'not_started', 'in_place', 'in_progress'];
for (const [ci, comp] of content.content.components.entries()) {
  for (const [ii, item] of comp.items.entries()) {
    if (ci < 5)
      await api('checklists.set', {
        unitId: school.id,
        itemId: item.id,
        status: statuses[(ci + ii) % statuses.length],
        sessionId: session.id,
      });
    if (ci < 2 && ii < 3)
      await api('checklists.set', { unitId: kg.id, itemId: item.id, status: ii === 0 ? 'in_place' : 'in_progress' });
  }
}

// A status analysis: a baseline with 30 imported answers and a follow-up.
const sets = (await api('statementSets.list', {})) as unknown as { id: string; origin: string }[];
const schoolSet = sets.find((x) => x.origin === 'statements-school')!;
const csv = fs.readFileSync(path.join(import.meta.dirname, 'fixtures', 'import', 'school-30.csv')).toString('base64');
await api('units.update', { id: school.id, name: 'Fauske skole' });
const baseline = await api('rounds.create', {
  municipalityId: beiarn.id,
  setId: schoolSet.id,
  title: 'Nullpunkt høsten 2026',
  date: '01.09.2026',
  kind: 'baseline',
  unitIds: [school.id],
});
await api('rounds.import', { roundId: baseline.id, fileName: 'svar.csv', dataBase64: csv });
await api('rounds.setConsensus', { roundId: baseline.id, target: 'area:law', value: 2 });
await api('rounds.setConsensus', { roundId: baseline.id, target: 'area:mindset', value: 3 });
await api('rounds.reveal', { id: baseline.id, revealed: true });
const follow = await api('rounds.create', {
  municipalityId: beiarn.id,
  setId: schoolSet.id,
  title: 'Oppfølging våren 2027',
  date: '01.03.2027',
  kind: 'follow_up',
  unitIds: [school.id],
});
const shifted = Buffer.from(csv, 'base64').toString('utf8').replace(/;1;/g, ';2;').replace(/;2;/g, ';3;');
await api('rounds.import', {
  roundId: follow.id,
  fileName: 'svar.csv',
  dataBase64: Buffer.from(shifted).toString('base64'),
});
await api('rounds.reveal', { id: follow.id, revealed: true });

// An Omni-trappa board with 20 cards.
const board = await api('boards.create', { sessionId: session.id, title: 'Omni-trappa – bord 1' });
const cardTexts = [
  'Elever tester grensene i friminuttet',
  'En gruppe jenter holder en elev utenfor leken',
  'Banning i garderoben har blitt vanlig',
  'Noen ler hver gang én elev svarer i timen',
  'Klassen sier «det er bare tull» når noen blir plaget',
  'Foreldre snakker om eleven på Facebook',
  'En ansatt sa at eleven «får skylde seg selv»',
  'Trusler på Snapchat etter skoletid',
  'Alle blir med på fotball i storefri',
  'Tydelige voksne i gangen om morgenen',
  'Elever sier hei til hverandre',
  'Nye elever får fadder',
  'Lærer griper inn med en gang',
  'Gjengen på 7. trinn bestemmer hvem som får være med',
  'Kommentarer om klær og utseende',
  'En elev har mye fravær på mandager',
  'Foreldregruppa har bestemt seg for hvem som er problemet',
  'Voksne ser andre veien i friminuttene',
  'Elevene lager egne regler i bussen',
  'Noen elever sier at de gruer seg til skolen',
];
const steps = [2, 4, 3, 3, 4, 5, 6, 7, 1, 1, 1, 1, 1, 4, 3, 7, 5, 2, 2, null];
for (const [i, text] of cardTexts.entries()) {
  const id = `kort-${i}`;
  await api('boards.apply', {
    boardId: board.id,
    command: {
      type: 'add',
      card: { id, text, group: `Bord ${1 + (i % 4)}`, color: ['yellow', 'blue', 'green', 'pink'][i % 4] },
    },
  });
  if (steps[i] !== null)
    await api('boards.apply', { boardId: board.id, command: { type: 'move', id, step: steps[i], position: 99 } });
  if (i % 3 === 0) await api('boards.apply', { boardId: board.id, command: { type: 'vote', id, delta: 1 + (i % 4) } });
}
await api('actions.create', {
  sessionId: session.id,
  cardId: 'kort-1',
  category: 'prevent',
  what: 'Voksne i alle friminutt, fast plan',
  who: 'rektor',
  due: '01.10.2026',
});
await api('actions.create', {
  sessionId: session.id,
  cardId: 'kort-7',
  category: 'stop',
  what: 'Melde til politiet og følge opp eleven',
  who: 'rektor',
});

const schoolContent = (schoolSet as unknown as { content: StatementSetContent }).content;
const msFormsFile = path.join(tempDir(), 'Ståstedsanalyse(1-24).xlsx');
const formPeople = Array.from({ length: 24 }, (_, i) => ({
  role: ['Lærer', 'Kontaktlærer', 'Rektor', 'Miljøarbeider', 'Spesialpedagog', 'Assistent'][i % 6],
  unit: 'Fauske skole',
}));
fs.writeFileSync(
  msFormsFile,
  await msFormsXlsx(schoolContent, makeRespondents(schoolContent, formPeople, 4), {
    instructionsFirst: true,
    headerEdits: { T2: schoolContent.statements[1].text.replace('kjenner', 'kjener') },
  }),
);
// An implementation plan from the Beiarn template, some of it carried out.
const plan = (await api('plans.create', {
  municipalityId: beiarn.id,
  templateId: 'beiarn',
  startMonth: '2025-08',
})) as unknown as { id: string; activities: Record<string, unknown>[] };
for (const a of plan.activities.slice(0, 4))
  await api('plans.saveActivity', { ...a, planId: plan.id, status: 'done', sessionId: session.id });
await api('plans.saveActivity', { ...plan.activities[4], planId: plan.id, status: 'postponed' });

const browser = await launchChromium();
for (const [w, h] of [
  [1920, 1080],
  [1280, 720],
] as const) {
  const page = await browser.newPage({ viewport: { width: w, height: h } });
  const shots: [string, string][] = [
    ['municipalities', '#/'],
    ['municipality', `#/kommune/${beiarn.id}`],
    ['session', `#/okt/${session.id}`],
    ['checklists', `#/kommune/${beiarn.id}/sjekklister?enhet=${school.id}&okt=${session.id}`],
    ['law', `#/kommune/${beiarn.id}/sjekklister?enhet=${school.id}&vis=lov`],
    ['progress', `#/kommune/${beiarn.id}/fremdrift`],
    ['content', `#/kommune/${beiarn.id}/innhold`],
    ['entry', `#/runde/${baseline.id}/registrering`],
    ['import', `#/runde/${baseline.id}/import`],
    ['results', `#/runde/${baseline.id}/resultater`],
    ['compare', `#/runde/${follow.id}/sammenligning`],
    ['board', `#/tavle/${board.id}`],
    ['plan', `#/kommune/${beiarn.id}/plan`],
    ['plan-report', `#/kommune/${beiarn.id}/plan/rapport`],
    ['summary', `#/okt/${session.id}/oppsummering`],
    ['control', `#/okt/${session.id}/styring`],
    ['backups', '#/sikkerhetskopier'],
    ['sets', `#/pastandssett?fra=${beiarn.id}`],
    ['set', `#/pastandssett/${schoolSet.id}`],
  ];
  for (const [name, hash] of shots) {
    await page.goto(`${server.url}/${hash}`);
    await page.waitForSelector('h1');
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(out, `${name}-${w}x${h}.png`) });
    if (['progress', 'municipality', 'results', 'compare', 'board', 'session', 'plan'].includes(name))
      await page.screenshot({ path: path.join(out, `${name}-${w}x${h}-full.png`), fullPage: true });
  }
  // The import preview with rejected cells, and the consensus tab.
  await page.goto(`${server.url}/#/runde/${follow.id}/import`);
  await page
    .locator('#import-file')
    .setInputFiles(path.join(import.meta.dirname, 'fixtures', 'import', 'out-of-range.csv'));
  await page.waitForSelector('.import__preview');
  await page.screenshot({ path: path.join(out, `import-preview-${w}x${h}.png`) });
  // A Microsoft Forms export: column readings with a near match, role words staff use.
  await page.goto(`${server.url}/#/runde/${follow.id}/import`);
  await page.locator('#import-file').setInputFiles(msFormsFile);
  await page.waitForSelector('.import__columns');
  await page.screenshot({ path: path.join(out, `import-msforms-${w}x${h}.png`) });
  await page.screenshot({ path: path.join(out, `import-msforms-${w}x${h}-full.png`), fullPage: true });
  // The export dialog with the personal-data warning.
  await page.goto(`${server.url}/#/runde/${baseline.id}/resultater`);
  await page.getByRole('button', { name: 'Last ned Excel' }).click();
  await page.getByLabel('Ta med svarene per person (arket «Svar»)').check();
  await page.screenshot({ path: path.join(out, `export-dialog-${w}x${h}.png`) });
  await page.goto(`${server.url}/#/runde/${baseline.id}/konsensus`);
  await page.waitForSelector('.consensus');
  await page.screenshot({ path: path.join(out, `consensus-${w}x${h}.png`) });

  await page.goto(`${server.url}/#/kommune/${beiarn.id}`);
  await page.getByRole('button', { name: '+ Ny enhet' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Lagre' }).click();
  await page.waitForSelector('.field__error');
  await page.screenshot({ path: path.join(out, `unit-form-error-${w}x${h}.png`) });
  await page.close();
}
await browser.close();
await server.stop();
console.log(`screenshots in ${out}`);
