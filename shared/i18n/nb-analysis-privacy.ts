// Status analysis (issue 10): privacy of results, frozen reveals, the export's
// sheets, and importing files as Microsoft Forms and Google Forms export them.
export const nbAnalysisPrivacy = {
  'error.compareHidden': 'Resultatene for «{title}» er skjult. Vis dem før du sammenligner.',
  'error.compareTooFew': 'For få har svart i «{title}» til at resultatene kan vises.',
  'error.exportHidden': 'Resultatene er skjult. Vis resultatene før du laster ned Excel-filen.',
  'error.exportTooFew': 'Færre enn {threshold} har svart, så resultatene kan ikke vises eller lastes ned.',
  'error.exportChanged':
    'Skjemaer er endret eller kommet til etter at resultatene ble vist ({count}). Vis resultatene på nytt før du laster ned svarene per person.',
  'count.forms.one': '{count} skjema',
  'count.forms.other': '{count} skjemaer',
  'error.bodyTooLarge': 'Filen er for stor. Største tillatte filstørrelse er {limit} MB. Del svarene på flere filer.',
  'error.requestTooLarge':
    'Forespørselen er for stor (over {limit} MB), så den ble ikke lest. Ingenting ble endret. En fil som skal importeres kan være høyst {fileLimit} MB; del svarene på flere filer.',
  'import.fileTooLarge':
    '«{fileName}» er {size} MB. Største tillatte filstørrelse er {limit} MB. Del svarene på flere filer, eller lagre dem som CSV.',

  'results.tooFew.title': 'For få svar til å vise resultater',
  'results.tooFew.lead':
    '{count} har svart. Resultatene vises først når minst {threshold} har svart, så ingen enkeltpersoners svar kan leses ut.',
  'results.changed':
    '{forms} er endret eller kommet til etter at resultatene ble vist. Tallene under er slik de ble vist; de nye er ikke med før du viser resultatene på nytt.',
  'results.changedFew':
    'Obs: Færre enn {threshold} nye eller endrede skjemaer. Den som så resultatene før, kan regne ut svarene deres ved å sammenligne.',
  'results.revealAgain': 'Vis oppdaterte resultater',
  'results.breakdown.hidden': 'Skjult for å verne små grupper',
  'results.breakdown.privacyLead':
    'Snitt per område for hver gruppe. En gruppe vises bare når ingen gruppe med færre enn {threshold} personer kan regnes ut ved å legge sammen eller trekke fra andre grupper, også på tvers av rolle og enhet.',

  'export.choose.title': 'Last ned Excel',
  'export.choose.lead':
    'Filen har sammendrag per påstand, per område og per gruppe, med de samme tallene som på skjermen.',
  'export.choose.withRows': 'Ta med svarene per person (arket «Svar»)',
  'export.choose.warning':
    'Svarene per person er personopplysninger. Del dem bare med dem som skal behandle dem, og slett filen når den ikke trengs. Rolle og enhet står bare der gruppen kan vises.',
  'export.choose.download': 'Last ned',
  'export.sheet.areas': 'Områder',
  'export.sheet.groups': 'Grupper',
  'export.header.missing': 'Ubesvart',
  'export.header.statements': 'Påstander',
  'export.header.dimension': 'Inndeling',
  'export.header.group': 'Gruppe',
  'export.header.respondents': 'Respondenter',
  'export.group.all': 'Alle',
  'export.group.none': 'Ikke oppgitt',
  'export.group.hidden': 'Skjult',

  'import.lead':
    'Velg en Excel- eller CSV-fil slik Microsoft Forms, Google Forms eller Excel lagrer den, med én rad per person. Kolonnene kan ha påstandskoden eller påstandsteksten som overskrift. Navn og e-post leses aldri inn.',
  'import.sheet': 'Ark i arbeidsboken',
  'import.headerRow': 'Overskriftene står på rad {row}.',
  'import.columns.title': 'Kolonner',
  'import.columns.lead': 'Slik leses kolonnene. Sjekk treffene som ikke er eksakte, og endre om noe er feil.',
  'import.columns.letter': 'Kolonne',
  'import.columns.header': 'Overskrift i filen',
  'import.columns.readAs': 'Leses som',
  'import.columns.match': 'Treff',
  'import.choice.pick': 'Velg …',
  'import.choice.ignore': 'Leses ikke',
  'import.choice.role': 'Rolle',
  'import.choice.unit': 'Enhet',
  'import.choice.statement': '{code} – {text}',
  'import.match.code': 'Påstandskode',
  'import.match.metadata': 'Skjemadata – leses ikke',
  'import.match.header': 'Kolonnenavn',
  'import.match.text': 'Samme tekst',
  'import.match.similar': 'Nesten samme tekst ({percent} % likt) – sjekk',
  'import.match.guide': 'Valgt av deg',
  'import.match.none': 'Ukjent – velg hva kolonnen er',
  'import.roles.title': 'Roller i filen',
  'import.roles.lead':
    'Velg hvilken rolle hvert ord i rollekolonnen skal telle som. Ingen ord blir borte: de uten rolle telles som «Ikke oppgitt».',
  'import.roles.word': 'I filen',
  'import.roles.count': 'Antall',
  'import.roles.role': 'Telles som',
  'import.roles.how': 'Hvorfor',
  'import.roles.none': 'Ikke oppgitt',
  'import.roles.how.known': 'Kjent rolle',
  'import.roles.how.suggested': 'Forslag – sjekk',
  'import.roles.how.guide': 'Valgt av deg',
  'import.roles.how.unknown': 'Ukjent – velg rolle',
} as const;
