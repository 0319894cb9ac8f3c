/**
 * PDFs printed the way offices make them, read with pdf.js for real: the 92-task appendix
 * rendered to .docx and printed by LibreOffice (30 pages, rows and merged cells cut by page
 * breaks), the second plan printed by Chromium, a notice printed by Chromium. Each must give
 * what its source gives.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { buildPlan, parsePlan } from '../../src/core/import';
import { readPages } from '../../src/core/import/readers/pdf/read';
import type { Plan, Task } from '../../src/core/model';
import { FIXTURES } from '../support/fixtures';
import { pdfPages } from './support/child';

const PDF = join(FIXTURES, 'pdf');

function planOf(file: string): Plan {
  const r = buildPlan(readPages(pdfPages(join(PDF, file)), 'pdf'), file);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

function reference(path: string): Plan {
  const r = parsePlan({ name: path, bytes: new Uint8Array(readFileSync(path)) });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

/** A task's fields as a person checks them; origin (page/row vs none) and `continued` differ by nature. */
const fields = (t: Task) => {
  const { origin: _o, ...rest } = t as Task & { continued?: boolean };
  delete rest.continued;
  return rest;
};

describe('the 92-task appendix printed to PDF by LibreOffice', () => {
  const pdf = planOf('ke-hoach-04-appendix.pdf');
  const docx = reference(join(PDF, 'ke-hoach-04-appendix.docx'));

  it('gives the same tasks, sections and deadlines as its .docx', () => {
    expect(pdf.tasks.map((t) => t.id)).toEqual(docx.tasks.map((t) => t.id));
    expect(pdf.sections).toEqual(docx.sections);
    expect(pdf.tasks.map((t) => t.deadline)).toEqual(docx.tasks.map((t) => t.deadline));
    expect(pdf.title).toBe(docx.title);
    expect(pdf.year).toBe(docx.year);
  });

  it('gives every field of almost every task exactly as the .docx does', () => {
    const exact = pdf.tasks.filter((t, i) => JSON.stringify(fields(t)) === JSON.stringify(fields(docx.tasks[i] as Task)));
    // Every task, also those whose merged lead's own text runs past a page break, whose word is
    // cut by the break ("Trưởn" / "g", "NĐ-" / "CP"), or whose line wraps before capitals.
    expect(exact.length).toBe(92);
    expect(pdf.tasks.map(fields)).toEqual(docx.tasks.map(fields));
  });

  it('says which rows it joined over page breaks, with their page', () => {
    const merged = pdf.warnings.filter((w) => w.code === 'continuation-merged');
    expect(merged.length).toBeGreaterThan(10);
    // A lead merged down over rows on both sides of a break is carried, and said so.
    expect(pdf.warnings.filter((w) => w.code === 'pdf-span-carried').length).toBeGreaterThan(0);
  });
});

describe('the second plan printed by Chromium', () => {
  it('gives the same tasks as its HTML', () => {
    const pdf = planOf('ke-hoach-12-KH-PVH-2025.pdf');
    const html = reference(join(FIXTURES, 'ke-hoach-12-KH-PVH-2025.html'));
    expect(pdf.tasks.map((t) => t.id)).toEqual(html.tasks.map((t) => t.id));
    expect(pdf.targets).toEqual(html.targets);
    const same = pdf.tasks.filter((t, i) => JSON.stringify(fields(t)) === JSON.stringify(fields(html.tasks[i] as Task)));
    expect(same.length).toBeGreaterThanOrEqual(5);
    expect(pdf.tasks.map((t) => [t.lead, t.deadline])).toEqual(html.tasks.map((t) => [t.lead, t.deadline]));
    // Every task's text as written: a line that wrapped before "100%" is no paragraph break ("=;").
    expect(pdf.tasks.map((t) => t.task)).toEqual(html.tasks.map((t) => t.task));
    expect(pdf.tasks.map((t) => t.targets)).toEqual(html.tasks.map((t) => t.targets));
  });
});

describe('a notice printed by Chromium', () => {
  const paragraphs = readPages(pdfPages(join(PDF, 'thong-bao-ket-luan.pdf')), 'pdf').text.split('\n');

  it('gives its body paragraphs one a line, as written', () => {
    const html = readFileSync(join(PDF, 'thong-bao-ket-luan.html'), 'utf8');
    const body = [...html.matchAll(/<p>([^<]*)<\/p>/g)].map((m) => (m[1] as string).trim());
    expect(body.length).toBeGreaterThan(8);
    for (const p of body) expect(paragraphs).toContain(p);
  });

  it('gives the same tasks, leads and deadlines as its text', () => {
    const pdf = planOf('thong-bao-ket-luan.pdf');
    const text = reference(join(PDF, 'thong-bao-ket-luan.txt'));
    expect(pdf.tasks.length).toBe(5);
    expect(pdf.tasks.map(fields)).toEqual(text.tasks.map(fields));
  });

  it('keeps the letterhead columns of one line together and no page furniture', () => {
    expect(paragraphs[0]).toMatch(/^ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA/);
    expect(paragraphs).toContain('Số: 57/TB-VP Hòa Bình, ngày 12 tháng 3 năm 2025');
  });
});
