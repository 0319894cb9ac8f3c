/**
 * Which document assigned a task, in one place: its identity in a register ("sổ theo dõi") that
 * holds many documents, and the label people read in the "Văn bản giao" column.
 *
 * Identity (contract.md, "One register, many documents"): the printed number when both sides have
 * one (numbers decide: another number is another document, the same number a revision); without
 * a number, the same kind and issuer with most tasks alike, or the same title, or the same file
 * name (what identifies a document whose letterhead was not read).
 */
import type { DocumentKind, Plan } from '../core/model';
import { key } from '../core/text';

export interface RegisterDocument {
  /** Unique in a register: written in every row of the document ("57/TB-UBND 03/04/2024"). */
  label: string;
  kind?: DocumentKind;
  number?: string;
  /** ISO date of the document. */
  date?: string;
  issuer?: string;
  /** The subject line or the title. */
  title?: string;
  /** The file name it was read from, without folders. */
  file?: string;
}

/** Share of a document's tasks that must be alike for a document without a number to be a revision. */
export const MOST_TASKS_ALIKE = 0.5;

function ddmmyyyy(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

export function fileBase(path: string): string {
  return path.replace(/^.*[\\/]/, '');
}

function stem(file: string): string {
  return fileBase(file).replace(/\.[A-Za-z0-9]{1,5}$/, '');
}

/** Long titles are cut in the label (the section row of the document shows them whole). */
const TITLE_IN_LABEL = 60;

/** "57/TB-UBND 03/04/2024"; without a number, the title (or the file name) and the date. */
export function documentLabel(d: Omit<RegisterDocument, 'label'>): string {
  const date = d.date ? ` ${ddmmyyyy(d.date)}` : '';
  if (d.number) return d.number + date;
  const title = (d.title ?? '').replace(/\s+/g, ' ').trim();
  const name = title ? (title.length > TITLE_IN_LABEL ? `${title.slice(0, TITLE_IN_LABEL - 1).trimEnd()}…` : title) : stem(d.file ?? '') || 'Văn bản';
  return name + date;
}

/** The document a Plan comes from, labelled. */
export function planDocument(plan: Plan): RegisterDocument {
  const s = plan.source;
  const d: Omit<RegisterDocument, 'label'> = {};
  if (s.kind) d.kind = s.kind;
  if (s.number) d.number = s.number.replace(/\s+/g, '');
  const date = s.date ?? plan.date;
  if (date) d.date = date;
  if (s.issuer) d.issuer = s.issuer;
  const title = s.subject ?? plan.title;
  if (title) d.title = title;
  if (s.file) d.file = fileBase(s.file);
  return { label: documentLabel(d), ...d };
}

/** A label not yet taken in the register: "… (2)" when two documents would read alike. */
export function freeLabel(wanted: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map(key));
  if (!used.has(key(wanted))) return wanted;
  for (let i = 2; ; i++) if (!used.has(key(`${wanted} (${i})`))) return `${wanted} (${i})`;
}

const same = (a: string | undefined, b: string | undefined): boolean => !!a && !!b && key(a) === key(b);
/** Unknown on either side says nothing against. */
const compatible = (a: string | undefined, b: string | undefined): boolean => !a || !b || key(a) === key(b);

export type Sameness = 'number' | 'kind-issuer' | 'title' | 'file' | 'tasks' | null;

/**
 * Whether `doc` (from a Plan) is a version of `there` (in the register), and by what.
 * `alike` is the share of the plan's tasks that `there` holds too (asked only when needed).
 */
export function sameDocument(doc: RegisterDocument, there: RegisterDocument, alike: () => number): Sameness {
  if (doc.number && there.number) return key(doc.number) === key(there.number) ? 'number' : null;
  if (!compatible(doc.kind, there.kind)) return null;
  if (doc.kind && doc.issuer && same(doc.kind, there.kind) && same(doc.issuer, there.issuer) && alike() >= MOST_TASKS_ALIKE) return 'kind-issuer';
  if (!compatible(doc.issuer, there.issuer)) return null;
  // The same subject on another date is another meeting's notice, not a revision.
  if (same(doc.title, there.title) && compatible(doc.date, there.date)) return 'title';
  if (same(doc.file, there.file)) return 'file';
  // A register of one document written before documents were named knows only its file: its
  // tasks tell (a revision saved under another name is still that document).
  if (!there.number && !there.kind && !there.title && alike() >= MOST_TASKS_ALIKE) return 'tasks';
  return null;
}

/** How a register row stores a document (the marker sheet: one row per document, as JSON). */
export function encodeDocument(d: RegisterDocument): string {
  return JSON.stringify(d);
}

export function decodeDocument(s: string): RegisterDocument | null {
  try {
    const v = JSON.parse(s) as Partial<RegisterDocument>;
    if (typeof v.label !== 'string' || v.label.trim() === '') return null;
    const out: RegisterDocument = { label: v.label };
    for (const k of ['number', 'date', 'issuer', 'title', 'file'] as const) if (typeof v[k] === 'string' && v[k]) out[k] = v[k];
    if (v.kind === 'plan' || v.kind === 'notice' || v.kind === 'letter' || v.kind === 'appendix') out.kind = v.kind;
    return out;
  } catch {
    return null;
  }
}

const KIND_NAMES: Record<DocumentKind, string> = {
  plan: 'Kế hoạch',
  notice: 'Thông báo',
  letter: 'Công văn',
  appendix: 'Phụ lục',
};

/** The text of a document's section row in the task table: what it is, its number and date, its subject. */
export function documentHeading(d: RegisterDocument): string {
  const what = d.kind ? KIND_NAMES[d.kind] : 'Văn bản';
  const num = d.number ? ` số ${d.number}` : '';
  const date = d.date ? ` ngày ${ddmmyyyy(d.date)}` : '';
  const title = d.title ? `: ${d.title}` : !d.number && d.file ? ` (${d.file})` : '';
  return `${what}${num}${date}${title}`;
}
