/**
 * Every user-visible string lives in src/i18n/ui.ts: both locales hold the same keys and the same
 * placeholders, and no component carries a sentence of its own (JSX text, or a literal given to
 * an attribute people read).
 */
import { readdirSync, readFileSync, statSync } from 'fs';
import { join, relative } from 'path';
import * as ts from 'typescript';
import { UI } from '../../src/i18n/ui';

type Tree = { [k: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of leaves(v, key)) out.set(kk, vv);
  }
  return out;
}

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('ui.ts', () => {
  const vi = leaves(UI.vi as unknown as Tree);
  const en = leaves(UI.en as unknown as Tree);

  it('both locales have every key', () => {
    expect([...en.keys()].sort()).toEqual([...vi.keys()].sort());
  });

  it('both locales use the same placeholders in each string', () => {
    const differ = [...vi.keys()].filter((k) => JSON.stringify(placeholders(vi.get(k) ?? '')) !== JSON.stringify(placeholders(en.get(k) ?? '')));
    expect(differ).toEqual([]);
  });

  it('no string is empty in one language only, and English is not left in Vietnamese', () => {
    const oneEmpty = [...vi.keys()].filter((k) => (vi.get(k) === '') !== (en.get(k) === ''));
    expect(oneEmpty).toEqual([]);
    const vietnameseInEnglish = [...en.entries()].filter(([k, v]) => !k.startsWith('errors.') && /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i.test(v) && !/Nhiệm vụ|Trước ngày|NĐ-CP|chủ trì/.test(v));
    expect(vietnameseInEnglish).toEqual([]);
  });
});

/** Attributes whose value people read or hear. */
const READ_ATTRIBUTES = new Set(['label', 'placeholder', 'title', 'aria-label', 'alt', 'hint', 'validationMessage', 'aria-description']);
const LETTER = /\p{L}{2,}/u;

function tsxFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return tsxFiles(p);
    return p.endsWith('.tsx') ? [p] : [];
  });
}

function literalTextIn(file: string, text = readFileSync(file, 'utf8')): string[] {
  const src = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const where = (n: ts.Node) => `${relative(process.cwd(), file)}:${src.getLineAndCharacterOfPosition(n.getStart()).line + 1}`;
  const visit = (n: ts.Node): void => {
    if (ts.isJsxText(n) && LETTER.test(n.text)) found.push(`${where(n)} text "${n.text.trim()}"`);
    if (ts.isJsxAttribute(n) && READ_ATTRIBUTES.has(n.name.getText(src)) && n.initializer && ts.isStringLiteral(n.initializer) && LETTER.test(n.initializer.text)) {
      found.push(`${where(n)} ${n.name.getText(src)}="${n.initializer.text}"`);
    }
    if (ts.isJsxExpression(n) && n.expression) {
      const e = n.expression;
      if ((ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) && LETTER.test(e.text)) found.push(`${where(n)} {"${e.text}"}`);
      if (ts.isTemplateExpression(e)) {
        const parts = [e.head.text, ...e.templateSpans.map((s) => s.literal.text)].join(' ');
        if (LETTER.test(parts)) found.push(`${where(n)} template "${parts}"`);
      }
    }
    ts.forEachChild(n, visit);
  };
  visit(src);
  return found;
}

describe('components', () => {
  const files = tsxFiles(join(__dirname, '..', '..', 'src', 'taskpane'));

  it('are found', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it('hold no literal sentence: every visible string comes from ui.ts', () => {
    expect(files.flatMap((f) => literalTextIn(f))).toEqual([]);
  });

  it.each([
    ['<p>Đang tải</p>', 1],
    ['<Field label="Năm" />', 1],
    ["<p>{'Loading…'}</p>", 1],
    ['<p>{`${n} tasks`}</p>', 1],
    ['<p>{s.app.title}</p>', 0],
    ['<p>{`${a} (${b})`}</p>', 0],
    ['<p className="root">{x}</p>', 0],
  ])('the check itself: %s gives %i finding(s)', (jsx, count) => {
    expect(literalTextIn('probe.tsx', `const a = ${jsx};`)).toHaveLength(count as number);
  });
});
