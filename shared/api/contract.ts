// The whole main-process surface: method name -> input schema -> result schema.
// Both transports (Electron IPC and loopback HTTP) serve exactly this map.
import { z } from 'zod';
import * as d from '../domain';
import * as c from '../checklists';
import * as pack from '../content/pack';
import * as edit from '../content/edit';
import * as an from '../analysis/api';
import * as tr from '../trappa/api';
import * as omni from '../transfer';
import * as bk from '../backups';

/** What a deletion takes with it (rows that would go, by kind). */
export const DeletionPreview = z.object({
  units: z.number().int(),
  sessions: z.number().int(),
  rounds: z.number().int(),
  respondents: z.number().int(),
  boards: z.number().int(),
  cards: z.number().int(),
  actions: z.number().int(),
});
export type DeletionPreview = z.infer<typeof DeletionPreview>;
import * as rp from '../report/session';
import * as pl from '../plan/model';
import { SavedReport } from '../report/document';
import * as pr from '../presenter/api';

const method = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output });

export const contract = {
  'workbook.info': method(d.Empty, d.WorkbookInfo),

  'municipalities.list': method(d.Empty, z.array(d.Municipality)),
  'municipalities.get': method(d.IdInput, d.Municipality),
  'municipalities.create': method(d.MunicipalityFields, d.Municipality),
  'municipalities.update': method(d.MunicipalityUpdate, d.Municipality),
  'municipalities.delete': method(d.IdInput, d.TrashEntry),

  'units.list': method(z.object({ municipalityId: d.Id }), z.array(d.Unit)),
  'units.create': method(d.UnitCreate, d.Unit),
  'units.update': method(d.UnitUpdate, d.Unit),
  'units.delete': method(d.IdInput, d.TrashEntry),

  'sessions.list': method(z.object({ municipalityId: d.Id }), z.array(d.Session)),
  'sessions.get': method(d.IdInput, d.Session),
  'sessions.create': method(d.SessionCreate, d.Session),
  'sessions.update': method(d.SessionUpdate, d.Session),
  'sessions.delete': method(d.IdInput, d.TrashEntry),

  'content.packs': method(d.Empty, z.array(pack.PackSummary)),
  'content.get': method(z.object({ municipalityId: d.Id }), pack.MunicipalityContent.nullable()),
  'content.choose': method(edit.ContentChoose, pack.MunicipalityContent),
  'content.reset': method(z.object({ municipalityId: d.Id }), pack.MunicipalityContent),
  'content.updateList': method(edit.ContentListUpdate, pack.MunicipalityContent),
  'content.updateStep': method(edit.ContentStepUpdate, pack.MunicipalityContent),
  // Content revisions (issue 14): take or decline the new shipped text of an edited item.
  'content.acceptNotice': method(edit.ContentNotice, pack.MunicipalityContent),
  'content.dismissNotice': method(edit.ContentNotice, pack.MunicipalityContent),

  'checklists.get': method(z.object({ unitId: d.Id }), c.UnitChecklist),
  'checklists.set': method(c.ChecklistSet, c.ItemStatus),
  'checklists.history': method(z.object({ unitId: d.Id, itemId: d.Id }), z.array(c.LogEntry)),
  'progress.municipality': method(z.object({ municipalityId: d.Id }), c.Progress),
  'sessions.checklistWork': method(d.IdInput, c.SessionWork),

  'statementSets.list': method(d.Empty, z.array(an.StatementSetInfo)),
  'statementSets.copy': method(an.StatementSetCopy, an.StatementSetInfo),
  'statementSets.save': method(an.StatementSetSave, an.StatementSetInfo),

  'rounds.list': method(z.object({ municipalityId: d.Id }), z.array(an.Round)),
  'rounds.get': method(d.IdInput, an.RoundDetail),
  'rounds.create': method(an.RoundCreate, an.Round),
  'rounds.delete': method(d.IdInput, d.TrashEntry),
  'rounds.reveal': method(z.object({ id: d.Id, revealed: z.boolean() }), an.Round),
  'rounds.saveRespondent': method(an.RespondentSave, an.RespondentOut),
  'rounds.deleteRespondent': method(
    z.object({ roundId: d.Id, number: z.number().int().min(1) }),
    z.object({ number: z.number() }),
  ),
  'rounds.previewImport': method(an.ImportFile, an.ImportPreviewOut),
  'rounds.import': method(an.ImportFile, an.ImportResult),
  'rounds.setConsensus': method(an.ConsensusSet, z.record(z.string(), z.number())),
  'rounds.results': method(d.IdInput, an.RoundResults),
  'rounds.compare': method(z.object({ a: d.Id, b: d.Id }), an.RoundComparison),
  'rounds.exportXlsx': method(an.ExportRequest, an.ExportFile),
  'analysis.threshold': method(d.Empty, an.Threshold),
  'analysis.setThreshold': method(an.Threshold, an.Threshold),

  'boards.list': method(z.object({ sessionId: d.Id }), z.array(tr.Board)),
  'boards.create': method(tr.BoardCreate, tr.Board),
  'boards.get': method(d.IdInput, tr.BoardDetail),
  'boards.rename': method(tr.BoardRename, tr.Board),
  'boards.delete': method(d.IdInput, d.TrashEntry),
  'boards.apply': method(tr.BoardApply, z.object({ changed: z.number() })),
  'boards.setTimer': method(tr.BoardTimer, tr.Timer),
  'sessions.close': method(d.IdInput, d.Session),
  'sessions.reopen': method(d.IdInput, d.Session),
  'actions.list': method(z.object({ sessionId: d.Id }), z.array(tr.Action)),
  'actions.forUnit': method(z.object({ unitId: d.Id }), z.array(tr.Action)),
  'actions.create': method(tr.ActionCreate, tr.Action),
  'actions.update': method(tr.ActionUpdate, tr.Action),

  // Workbook safety (issue 13): moving a municipality between workbooks (.omni).
  'omni.export': method(omni.OmniExport, z.object({ fileName: z.string(), dataBase64: z.string() })),
  'omni.preview': method(omni.OmniPreviewInput, omni.OmniPreview),
  'omni.import': method(omni.OmniImportInput, omni.ImportOutcome),
  // Workbook safety (issue 13): backups the guide can see.
  'backups.list': method(d.Empty, z.array(bk.BackupEntry)),
  'backups.create': method(d.Empty, bk.BackupEntry),
  'backups.restore': method(bk.BackupName, bk.RestoreOut),
  'backups.openFolder': method(d.Empty, z.object({ opened: z.boolean(), dir: z.string() })),
  // Reports (issue 9): the session summary as a document (Word and PDF are written from it
  // in the renderer), as Excel, and the guide's profile shown in every summary.
  'reports.session': method(rp.SessionReportInput, rp.SessionReportOut),
  'reports.sessionXlsx': method(rp.SessionReportInput, an.ExportFile),
  'guide.get': method(d.Empty, rp.GuideProfile),
  'guide.set': method(rp.GuideProfile, rp.GuideProfile),
  // Implementation plan (issue 12): one plan per municipality, every write returns the whole plan.
  'plans.templates': method(d.Empty, z.array(pl.TemplateInfo)),
  'plans.get': method(z.object({ municipalityId: d.Id }), pl.PlanDetail),
  'plans.create': method(pl.PlanCreate, pl.Plan),
  'plans.update': method(pl.PlanUpdate, pl.Plan),
  'plans.saveRole': method(pl.RoleSave, pl.Plan),
  'plans.savePhase': method(pl.PhaseSave, pl.Plan),
  'plans.saveActivity': method(pl.ActivitySave, pl.Plan),
  'plans.saveRoutine': method(pl.RoutineSave, pl.Plan),
  'plans.saveEvaluation': method(pl.EvaluationSave, pl.Plan),
  'plans.deleteItem': method(pl.PlanItemDelete, d.TrashEntry),
  'plans.delete': method(d.IdInput, d.TrashEntry),
  'plans.report': method(pl.PlanReportInput, SavedReport),
  // The room's view (issue #11): a session's agenda with planned and actual times,
  // and the presentation state the room view follows.
  'agenda.get': method(z.object({ sessionId: d.Id }), pr.Agenda),
  'agenda.setStart': method(pr.AgendaStart, pr.Agenda),
  'agenda.add': method(pr.AgendaItemCreate, pr.Agenda),
  'agenda.update': method(pr.AgendaItemUpdate, pr.Agenda),
  'agenda.move': method(pr.AgendaItemMove, pr.Agenda),
  'agenda.delete': method(d.IdInput, d.TrashEntry),
  'presenter.state': method(d.Empty, pr.Presentation),
  'presenter.set': method(pr.PresentationSet, pr.Presentation),

  'trash.list': method(d.Empty, z.array(d.TrashEntry)),
  'trash.restore': method(d.IdInput, d.Restored),

  // Issue 8 (delete confirmations name everything that goes): what a deletion would take, counted.
  'trash.preview': method(z.object({ kind: z.enum(d.TRASH_KINDS), id: d.Id }), DeletionPreview),
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
/** What a caller sends (before defaults and trimming). */
export type Input<K extends MethodName> = z.input<Contract[K]['input']>;
/** What a handler receives (validated, defaults applied). */
export type ParsedInput<K extends MethodName> = z.output<Contract[K]['input']>;
export type Output<K extends MethodName> = z.output<Contract[K]['output']>;

export type Handlers = { [K in MethodName]: (input: ParsedInput<K>) => Output<K> | Promise<Output<K>> };

export const methodNames = Object.keys(contract) as MethodName[];
export const isMethodName = (name: string): name is MethodName => Object.hasOwn(contract, name);
