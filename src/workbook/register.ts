/**
 * A register ("sổ theo dõi"): one task table holding the tasks of many documents, each row naming
 * its document in the "Văn bản giao" column. A build brings one document in: a new one comes as a
 * block at the end, under its own section row; a revision updates its own rows only. Every other
 * document's rows are carried exactly as they are.
 *
 * Rows belong to the document their "Văn bản giao" cell names; a row without one (inserted by a
 * person, or a workbook of one plan built before registers) belongs to the document of the row
 * above it, the first document when nothing is above.
 */
import { key } from '../core/text';
import { documentLabel, fileBase, freeLabel, sameDocument, type RegisterDocument, type Sameness } from './document-id';
import { likeness, EDITED_LIKENESS } from './match-rows';
import { cellText } from './snapshot';
import type { ExistingRow } from './table-region';

/** The id cell of a document's section row (a section for every reader: it starts with "§"). */
export const DOCUMENT_ROW_ID = '§§';

export interface DocumentGroup {
  doc: RegisterDocument;
  /** The document's section row, when the register has one. */
  header: ExistingRow | null;
  /** Its rows (sections, tasks, rows kept or added by hand), in sheet order. */
  rows: ExistingRow[];
}

/** What the register knew before this build: its documents in order, and the one a row without a label belongs to. */
export interface RegisterState {
  known: RegisterDocument[];
  /** For a workbook of one plan built before registers: its document, from the marker's source file. */
  fallback: RegisterDocument;
  /**
   * The workbook is no register (a department's template, a table kept by hand: no marker): rows
   * without a document are the plan's own, matched as update in place always matched them.
   */
  adopt?: boolean;
}

export function legacyDocument(sourceFile: string): RegisterDocument {
  const file = fileBase(sourceFile);
  return file ? { label: documentLabel({ file }), file } : { label: documentLabel({}) };
}

/** Rows by document, in the register's order (documents named in rows but not known come after, in sheet order). */
export function groupByDocument(
  rows: ExistingRow[],
  state: RegisterState,
  col: { document?: number | undefined; id?: number | undefined },
): DocumentGroup[] {
  const byKey = new Map<string, DocumentGroup>();
  const order: DocumentGroup[] = [];
  const groupOf = (label: string): DocumentGroup => {
    const k = key(label);
    let g = byKey.get(k);
    if (!g) {
      const doc = state.known.find((d) => key(d.label) === k) ?? (key(state.fallback.label) === k ? state.fallback : { label });
      g = { doc, header: null, rows: [] };
      byKey.set(k, g);
      order.push(g);
    }
    return g;
  };
  let current: DocumentGroup | null = null;
  for (const row of rows) {
    const label = col.document !== undefined ? cellText(row.cells[col.document]).trim() : '';
    const g: DocumentGroup = label ? groupOf(label) : (current ?? groupOf((state.known[0] ?? state.fallback).label));
    current = g;
    const id = col.id !== undefined ? cellText(row.cells[col.id]).trim() : '';
    if (id === DOCUMENT_ROW_ID) {
      if (!g.header) g.header = row;
    } else g.rows.push(row);
  }
  const rank = (g: DocumentGroup): number => {
    const i = state.known.findIndex((d) => key(d.label) === key(g.doc.label));
    return i < 0 ? state.known.length : i;
  };
  // Stable: known documents in their order, the others where they were met.
  return order.map((g, i) => ({ g, i })).sort((a, b) => rank(a.g) - rank(b.g) || a.i - b.i).map(({ g }) => g);
}

/** Share of the plan's tasks a group holds: the same text, or the same id with a text alike. */
export function tasksAlike(
  planTasks: { id: string; textKey: string }[],
  group: DocumentGroup,
  col: { task?: number | undefined; id?: number | undefined },
): number {
  if (planTasks.length === 0) return 0;
  const texts = new Set<string>();
  const byId = new Map<string, string>();
  for (const row of group.rows) {
    const t = col.task !== undefined ? key(cellText(row.cells[col.task])) : '';
    if (t) texts.add(t);
    const id = col.id !== undefined ? cellText(row.cells[col.id]).trim() : '';
    if (id) byId.set(id, t);
  }
  let n = 0;
  for (const p of planTasks) {
    if (texts.has(p.textKey)) n++;
    else {
      const there = byId.get(p.id);
      if (there !== undefined && likeness(there, p.textKey) >= EDITED_LIKENESS) n++;
    }
  }
  return n / planTasks.length;
}

export interface Resolution {
  /** The register's documents after this build, in order (the plan's included). */
  documents: RegisterDocument[];
  /** The plan's document as the register names it now. */
  current: RegisterDocument;
  status: 'new' | 'revision';
  /** What told it was a revision. */
  by: Sameness;
  /** The group the plan's document revises (its rows are matched), or null for a new document. */
  group: DocumentGroup | null;
  /** The label its rows bore before this build (a revision may change the date, so the label). */
  previousLabel: string | null;
}

/**
 * Which document of the register the plan is a version of, if any: numbers first (decisive), then
 * kind and issuer with most tasks alike, title, file name; among several, the one with most tasks alike.
 */
export function resolveDocument(
  planDoc: RegisterDocument,
  groups: DocumentGroup[],
  alike: (g: DocumentGroup) => number,
  adopt: RegisterDocument | null = null,
): Resolution {
  const adopted = adopt ? groups.find((g) => g.doc === adopt) : undefined;
  if (adopted) {
    const current = { ...planDoc, label: freeLabel(planDoc.label, groups.filter((g) => g !== adopted).map((g) => g.doc.label)) };
    const documents = groups.map((x) => (x === adopted ? current : x.doc));
    return { documents, current, status: 'new', by: null, group: adopted, previousLabel: adopted.doc.label };
  }
  let best: { g: DocumentGroup; by: Sameness; share: number } | null = null;
  for (const g of groups) {
    let share: number | null = null;
    const share1 = (): number => (share ??= alike(g));
    const by = sameDocument(planDoc, g.doc, share1);
    if (!by) continue;
    if (by === 'number') {
      best = { g, by, share: 1 };
      break;
    }
    if (!best || share1() > best.share) best = { g, by, share: share1() };
  }
  const others = (except: DocumentGroup | null): string[] => groups.filter((g) => g !== except).map((g) => g.doc.label);
  if (!best) {
    const current = { ...planDoc, label: freeLabel(planDoc.label, others(null)) };
    return { documents: [...groups.map((g) => g.doc), current], current, status: 'new', by: null, group: null, previousLabel: null };
  }
  const g = best.g;
  // What the new version says wins; what only the register knew is kept.
  const merged: RegisterDocument = { ...g.doc, ...planDoc };
  const { label: _old, ...rest } = merged;
  void _old;
  const current = { ...merged, label: freeLabel(documentLabel(rest), others(g)) };
  return {
    documents: groups.map((x) => (x === g ? current : x.doc)),
    current,
    status: 'revision',
    by: best.by,
    group: g,
    previousLabel: g.doc.label,
  };
}
