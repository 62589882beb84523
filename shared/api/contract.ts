// The whole main-process surface: method name -> input schema -> result schema.
// Both transports (Electron IPC and loopback HTTP) serve exactly this map.
import { z } from 'zod';
import * as d from '../domain';
import * as c from '../checklists';
import * as pack from '../content/pack';
import * as edit from '../content/edit';

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

  'checklists.get': method(z.object({ unitId: d.Id }), c.UnitChecklist),
  'checklists.set': method(c.ChecklistSet, c.ItemStatus),
  'checklists.history': method(z.object({ unitId: d.Id, itemId: d.Id }), z.array(c.LogEntry)),
  'progress.municipality': method(z.object({ municipalityId: d.Id }), c.Progress),
  'sessions.checklistWork': method(d.IdInput, c.SessionWork),

  'trash.list': method(d.Empty, z.array(d.TrashEntry)),
  'trash.restore': method(d.IdInput, d.Restored),
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
