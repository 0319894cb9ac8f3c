import { PROGRESS, isoToDay, parseProgress, timeliness, timelinessFormula, type Progress } from '../../../src/core/status';

/* ---------- A tiny Excel evaluator: just what the timeliness formula may use ---------- */
// Models the Excel behaviour that matters here: IF is lazy, AND/OR evaluate every argument and
// pass errors on, INT of text is #VALUE!, a blank cell is 0 or "", text compares case-insensitively.

type XError = { error: string };
type XValue = number | string | boolean | null | XError;
type Env = Record<string, XValue>;

const isError = (v: XValue): v is XError => typeof v === 'object' && v !== null;
const VALUE: XError = { error: '#VALUE!' };

type Node =
  | { t: 'lit'; v: XValue }
  | { t: 'ref'; name: string }
  | { t: 'call'; fn: string; args: Node[] }
  | { t: 'bin'; op: string; a: Node; b: Node }
  | { t: 'neg'; a: Node };

function tokenize(src: string): string[] {
  const re = /\s*("(?:[^"]|"")*"|\d+(?:\.\d+)?|<=|>=|<>|[=<>+\-*/&(),]|'[^']+'!\$?[A-Z]+\$?\d+|\$?[A-Za-z_][\w.]*!?\$?[A-Za-z]*\$?\d*)/y;
  const out: string[] = [];
  let m: RegExpExecArray | null;
  while (re.lastIndex < src.length && (m = re.exec(src))) out.push(m[1] as string);
  if (re.lastIndex < src.length && src.slice(re.lastIndex).trim()) throw new Error(`cannot read formula at ${src.slice(re.lastIndex)}`);
  return out;
}

function parse(src: string): Node {
  const toks = tokenize(src);
  let i = 0;
  const peek = () => toks[i];
  const take = (want?: string) => {
    const t = toks[i++];
    if (t === undefined || (want !== undefined && t !== want)) throw new Error(`expected ${want ?? 'token'} at ${i}, got ${t}`);
    return t;
  };
  const compare = (): Node => {
    let a = additive();
    while (['=', '<>', '<', '>', '<=', '>='].includes(peek() ?? '')) a = { t: 'bin', op: take(), a, b: additive() };
    return a;
  };
  const additive = (): Node => {
    let a = unary();
    while (['+', '-', '&'].includes(peek() ?? '')) a = { t: 'bin', op: take(), a, b: unary() };
    return a;
  };
  const unary = (): Node => (peek() === '-' ? (take(), { t: 'neg', a: unary() }) : primary());
  const primary = (): Node => {
    const tok = take();
    if (tok === '(') {
      const e = compare();
      take(')');
      return e;
    }
    if (tok.startsWith('"')) return { t: 'lit', v: tok.slice(1, -1).replace(/""/g, '"') };
    if (/^\d/.test(tok)) return { t: 'lit', v: Number(tok) };
    if (peek() === '(') {
      take('(');
      const args: Node[] = [];
      if (peek() !== ')') {
        args.push(compare());
        while (peek() === ',') {
          take(',');
          args.push(compare());
        }
      }
      take(')');
      return { t: 'call', fn: tok.toUpperCase(), args };
    }
    return { t: 'ref', name: tok };
  };
  const e = compare();
  if (i !== toks.length) throw new Error(`unexpected ${toks[i]}`);
  return e;
}

function toNumber(v: XValue): number | XError {
  if (isError(v)) return v;
  if (v === null) return 0;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'number') return v;
  return v.trim() !== '' && Number.isFinite(Number(v)) ? Number(v) : VALUE;
}

function toBool(v: XValue): boolean | XError {
  if (isError(v)) return v;
  if (typeof v === 'string') return VALUE;
  return v === null ? false : typeof v === 'boolean' ? v : v !== 0;
}

function compareValues(op: string, a: XValue, b: XValue): XValue {
  if (isError(a)) return a;
  if (isError(b)) return b;
  const rank = (v: XValue) => (typeof v === 'number' ? 0 : typeof v === 'string' ? 1 : 2);
  // A blank cell takes the other side's type.
  if (a === null) a = typeof b === 'string' ? '' : typeof b === 'boolean' ? false : 0;
  if (b === null) b = typeof a === 'string' ? '' : typeof a === 'boolean' ? false : 0;
  let c: number;
  if (rank(a) !== rank(b)) c = rank(a) - rank(b);
  else if (typeof a === 'string') c = a.toLowerCase().localeCompare((b as string).toLowerCase());
  else c = Number(a) - Number(b);
  return { '=': c === 0, '<>': c !== 0, '<': c < 0, '>': c > 0, '<=': c <= 0, '>=': c >= 0 }[op] as boolean;
}

function evaluate(n: Node, env: Env): XValue {
  switch (n.t) {
    case 'lit':
      return n.v;
    case 'ref':
      if (!(n.name in env)) throw new Error(`unknown reference ${n.name}`);
      return env[n.name] as XValue;
    case 'neg': {
      const v = toNumber(evaluate(n.a, env));
      return isError(v) ? v : -v;
    }
    case 'bin': {
      const a = evaluate(n.a, env);
      const b = evaluate(n.b, env);
      if (n.op === '&') return isError(a) ? a : isError(b) ? b : `${a ?? ''}${b ?? ''}`;
      if (n.op === '+' || n.op === '-') {
        const x = toNumber(a);
        const y = toNumber(b);
        if (isError(x)) return x;
        if (isError(y)) return y;
        return n.op === '+' ? x + y : x - y;
      }
      return compareValues(n.op, a, b);
    }
    case 'call':
      return call(n.fn, n.args, env);
  }
}

function call(fn: string, args: Node[], env: Env): XValue {
  const arg = (k: number) => evaluate(args[k] as Node, env);
  switch (fn) {
    case 'IF': {
      const c = toBool(arg(0));
      if (isError(c)) return c;
      return c ? arg(1) : args.length > 2 ? arg(2) : false;
    }
    case 'AND':
    case 'OR': {
      const vals = args.map((_, k) => toBool(arg(k))); // every argument, like Excel
      const err = vals.find(isError);
      if (err) return err;
      return fn === 'AND' ? vals.every(Boolean) : vals.some(Boolean);
    }
    case 'NOT': {
      const c = toBool(arg(0));
      return isError(c) ? c : !c;
    }
    case 'ISNUMBER':
      return typeof arg(0) === 'number';
    case 'INT': {
      const v = toNumber(arg(0));
      return isError(v) ? v : Math.floor(v);
    }
    case 'TRIM': {
      const v = arg(0);
      if (isError(v)) return v;
      return String(v ?? '').trim().replace(/ {2,}/g, ' ');
    }
    default:
      throw new Error(`function ${fn} is not allowed in the timeliness formula`);
  }
}

function evalFormula(formula: string, env: Env): XValue {
  return evaluate(parse(formula), env);
}

/* ---------- The tests ---------- */

const CELLS = { due: 'F5', progress: 'H5', completed: 'I5', asOf: '$C$2' };
const EXCEL_EPOCH = 25569; // serial of 1970-01-01 in the 1900 date system
const serial = (iso: string) => (isoToDay(iso) as number) + EXCEL_EPOCH;

describe('timelinessFormula', () => {
  it('is an Excel formula without "=", English names, commas, only allowed functions', () => {
    const f = timelinessFormula(CELLS);
    expect(f.startsWith('=')).toBe(false);
    expect(f.startsWith('IF(')).toBe(true);
    expect(f).not.toMatch(/;/);
    const functions = new Set([...f.matchAll(/([A-Z]+)\(/g)].map((m) => m[1]));
    expect([...functions].sort()).toEqual(['AND', 'IF', 'INT', 'ISNUMBER', 'TRIM']);
    expect(f.length).toBeLessThan(8192); // Excel's formula length limit
  });

  // The grid: every due position around the as-of date, every progress, completion around due.
  const asOf = '2024-10-24';
  const dues: (string | null)[] = [null, '2024-09-30', '2024-10-23', '2024-10-24', '2024-10-25', '2024-10-31', '2024-11-01', '2024-12-31'];
  const progresses: (Progress | null)[] = [null, ...PROGRESS];
  const completedOffsets: (number | null)[] = [null, -1, 0, 1, 30];
  const grid: [string | null, Progress | null, number | null][] = [];
  for (const due of dues) for (const p of progresses) for (const off of completedOffsets) grid.push([due, p, off]);

  const addDays = (iso: string, n: number) => new Date(Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10) + n)).toISOString().slice(0, 10);

  test.each(grid)('due %s, progress %s, completed due%+d: same label as timeliness()', (due, progress, off) => {
    const completed = off === null ? null : addDays(due ?? asOf, off);
    const expected = timeliness({ due, progress, completed, asOf });
    const env: Env = {
      F5: due === null ? null : serial(due),
      H5: progress,
      I5: completed === null ? null : serial(completed),
      $C$2: serial(asOf),
    };
    expect(evalFormula(timelinessFormula(CELLS), env)).toBe(expected);
  });

  // What a workbook really holds: text where a date was expected, a time of day, stray spaces.
  const cells: [label: string, env: Env, expected: string][] = [
    ['"Thường xuyên" in the due cell', { F5: 'Thường xuyên', H5: 'Đang thực hiện', I5: null, $C$2: serial(asOf) }, 'Không hạn'],
    ['text in the completion cell of a done task', { F5: serial('2024-03-31'), H5: 'Hoàn thành', I5: 'chưa rõ', $C$2: serial(asOf) }, 'Hoàn thành đúng hạn'],
    ['text due, date completion, done', { F5: 'Thường xuyên', H5: 'Hoàn thành', I5: serial('2024-05-01'), $C$2: serial(asOf) }, 'Hoàn thành đúng hạn'],
    ['as-of from NOW() with a time of day', { F5: serial('2024-10-31'), H5: null, I5: null, $C$2: serial('2024-10-24') + 0.9 }, 'Sắp đến hạn'],
    ['as-of a week before at 23:00, due in 8 days', { F5: serial('2024-11-01'), H5: null, I5: null, $C$2: serial('2024-10-24') + 0.96 }, 'Trong hạn'],
    ['completion with a time on the due day', { F5: serial('2024-10-31'), H5: 'Hoàn thành', I5: serial('2024-10-31') + 0.7, $C$2: serial(asOf) }, 'Hoàn thành đúng hạn'],
    ['progress typed with spaces and lower case', { F5: serial('2024-09-30'), H5: '  hoàn thành ', I5: serial('2024-10-01'), $C$2: serial(asOf) }, 'Hoàn thành quá hạn'],
  ];
  test.each(cells)('%s', (_label, env, expected) => {
    expect(evalFormula(timelinessFormula(CELLS), env)).toBe(expected);
  });

  it('accepts other labels for done (an English list), matching parseProgress', () => {
    const f = timelinessFormula(CELLS, { doneLabels: ['Hoàn thành', 'Done'] });
    for (const typed of ['Done', 'done', 'Hoàn thành']) {
      const env: Env = { F5: serial('2024-09-30'), H5: typed, I5: serial('2024-09-29'), $C$2: serial(asOf) };
      const expected = timeliness({ due: '2024-09-30', progress: parseProgress(typed), completed: '2024-09-29', asOf });
      expect(evalFormula(f, env)).toBe(expected);
    }
  });

  it('quotes a label that holds a double quote', () => {
    expect(timelinessFormula(CELLS, { doneLabels: ['Xong "hẳn"'] })).toContain('TRIM(H5)="Xong ""hẳn"""');
  });

  it('the evaluator models Excel\'s eager AND (why the formula nests IFs)', () => {
    expect(evalFormula('AND(ISNUMBER(X1),INT(X1)>1)', { X1: 'abc' })).toEqual({ error: '#VALUE!' });
    expect(evalFormula('IF(ISNUMBER(X1),INT(X1)>1,FALSE)', { X1: 'abc', FALSE: false })).toBe(false);
  });
});
