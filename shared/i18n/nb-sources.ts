// Strings for content revisions, sources of the model and the law, and SFO units (issue 14).
export const nbSources = {
  'revision.title': 'En ny versjon av innholdet finnes',
  'revision.lead':
    'Appen har fått rettet innhold (revisjon {revision}). Tekst dere ikke har endret, er oppdatert. Der dere har endret teksten selv, står deres tekst til dere velger.',
  'revision.where': 'Gjelder: {where}',
  'revision.mine': 'Deres tekst',
  'revision.shipped': 'Ny tekst',
  'revision.accept': 'Bruk ny tekst',
  'revision.keep': 'Behold vår tekst',
  'revision.accepted': 'Den nye teksten er tatt i bruk.',
  'revision.kept': 'Deres tekst er beholdt.',
  'revision.pending': 'En ny versjon av innholdet finnes: {count} tekster å se gjennom.',
  'revision.review': 'Se gjennom',
  'error.noticeNotFound': 'Denne endringen er allerede behandlet.',
  'source.label': 'Kilde: {source}',
  'source.unconfirmed': 'Ikke bekreftet av en kilde',
  'content.toolbox': 'Verktøykassa i Omnimodellen',
  'units.field.sfo': 'SFO eller leksehjelp (opplæringslova kapittel 12 gjelder)',
  'units.sfo': 'SFO / leksehjelp',
} as const;
