// Which API methods only read. A workbook opened read-only answers these and
// refuses every other method before it runs (no write is attempted). A method
// missing here is treated as a write: the safe side.
const READ_VERBS =
  /\.(list|get|info|packs|history|results|compare|threshold|checklistWork|forUnit|municipality|exportXlsx|previewImport|export|preview)$/;

export const isReadMethod = (method: string): boolean => READ_VERBS.test(method);
