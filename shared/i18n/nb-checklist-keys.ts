// Key help lines for the checklist grid (its keys are handled by the focused list and tabs).
export const nbChecklistKeys = {
  'keys.checklist.move': 'flytt mellom punktene (i lista)',
  'keys.checklist.status': 'ikke startet / i gang / på plass (i lista)',
  'keys.checklist.next': 'neste status (i lista)',
  'keys.checklist.details': 'detaljer for punktet (i lista)',
  'keys.checklist.units': 'neste / forrige enhet (i enhetsfanene)',
} as const;
