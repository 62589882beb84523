// Status analysis (issue 10): privacy of results, frozen reveals, the export's
// sheets, and importing files as Microsoft Forms and Google Forms export them.
export const nbAnalysisPrivacy = {
  'error.compareHidden': 'Resultatene for «{title}» er skjult. Vis dem før du sammenligner.',
  'error.compareTooFew': 'For få har svart i «{title}» til at resultatene kan vises.',
  'error.exportHidden': 'Resultatene er skjult. Vis resultatene før du laster ned Excel-filen.',
  'error.exportTooFew': 'Færre enn {threshold} har svart, så resultatene kan ikke vises eller lastes ned.',
  'error.exportChanged': '{count} skjemaer er endret eller kommet til etter at resultatene ble vist. Vis resultatene på nytt før du laster ned svarene per person.',
  'error.bodyTooLarge': 'Filen er for stor. Største tillatte filstørrelse er {limit} MB. Del svarene på flere filer.',

  'results.tooFew.title': 'For få svar til å vise resultater',
  'results.tooFew.lead': '{count} har svart. Resultatene vises først når minst {threshold} har svart, så ingen enkeltpersoners svar kan leses ut.',
  'results.changed': '{count} skjemaer er endret eller kommet til etter at resultatene ble vist. De er ikke med før du viser resultatene på nytt.',
  'results.changedFew': 'Obs: Færre enn {threshold} nye eller endrede skjemaer. Den som så resultatene før, kan regne ut svarene deres ved å sammenligne.',
  'results.revealAgain': 'Vis oppdaterte resultater',
  'results.breakdown.hidden': 'Skjult for å verne små grupper',
  'results.breakdown.privacyLead': 'Snitt per område for hver gruppe. En gruppe vises bare når ingen gruppe med færre enn {threshold} personer kan regnes ut ved å legge sammen eller trekke fra andre grupper, også på tvers av rolle og enhet.',

  'export.choose.title': 'Last ned Excel',
  'export.choose.lead': 'Filen har sammendrag per påstand, per område og per gruppe, med de samme tallene som på skjermen.',
  'export.choose.withRows': 'Ta med svarene per person (arket «Svar»)',
  'export.choose.warning': 'Svarene per person er personopplysninger. Del dem bare med dem som skal behandle dem, og slett filen når den ikke trengs. Rolle og enhet står bare der gruppen kan vises.',
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
} as const;
