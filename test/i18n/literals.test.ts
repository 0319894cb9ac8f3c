/**
 * No sentence a user sees is written outside the catalog (src/i18n/messages.ts): warnings and
 * failures are built with warning() / failure(), the command line says things through msg().
 */
import { readdirSync, readFileSync } from 'fs';
import { join, relative } from 'path';
import ts from 'typescript';

const SRC = join(__dirname, '..', '..', 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(e.name) ? [p] : [];
  });
}

/** `message: '...'` (a warning or error worded in place) and Result's fail(), which takes a worded message. */
const WORDED_IN_PLACE = [/\bmessage:\s*['"`]/, /(?<![.\w])fail\(/];

function wordedInPlace(file: string): string[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line, i) => `${i + 1}: ${line.trim()}`)
    .filter((line) => WORDED_IN_PLACE.some((re) => re.test(line)));
}

const scanned = ['core', 'cli', 'workbook', 'xlsx', 'excel']
  .flatMap((d) => sourceFiles(join(SRC, d)))
  .map((f) => relative(SRC, f).split('\\').join('/'))
  .filter((f) => f !== 'core/result.ts'); // where fail() is defined

describe('warnings and errors are worded only in the catalog', () => {
  it.each(scanned)('%s', (file) => {
    expect(wordedInPlace(join(SRC, file))).toEqual([]);
  });
});

/** The command-line files converted to the catalog: no string in them reads as words of a sentence. */
const CLI_CONVERTED = ['cli/args.ts', 'cli/io.ts', 'cli/main.ts', 'cli/parse-command.ts', 'cli/summary.ts'];

function sentenceLiterals(file: string): string[] {
  return sentencesIn(readFileSync(file, 'utf8'));
}

function sentencesIn(code: string): string[] {
  const source = ts.createSourceFile('scanned.ts', code, ts.ScriptTarget.ES2022, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    const isText =
      ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node);
    const isModuleName = node.parent !== undefined && (ts.isImportDeclaration(node.parent) || ts.isExportDeclaration(node.parent));
    if (isText && !isModuleName) {
      const text = (node as ts.LiteralLikeNode).text;
      // Two words in a row, in any script; usage lines are command syntax, the same in every language.
      if (/\p{L}{2,}[\s,;:]+\p{L}|\p{L}[\s,;:]+\p{L}{2,}/u.test(text) && !text.startsWith('plan-tracker ')) found.push(text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('the converted command-line files hold no sentence of their own', () => {
  it.each(CLI_CONVERTED)('%s', (file) => {
    expect(sentenceLiterals(join(SRC, file))).toEqual([]);
  });

  it('the scan sees sentences where there are some, and only those', () => {
    const code = [
      "import { x } from '../core/some module';",
      "io.err(`plan-tracker: ${name} is a folder`);",
      "const vi = 'Không tìm thấy tệp';",
      "const usage = 'plan-tracker parse <input> [--year YYYY]';",
      "const flag = '--json'; const re = /no such file/;",
    ].join('\n');
    expect(sentencesIn(code)).toEqual([' is a folder', 'Không tìm thấy tệp']);
  });
});

