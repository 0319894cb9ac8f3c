/**
 * A tiny Excel evaluator: just what the timeliness formula may use (IF, AND, OR, NOT, ISNUMBER,
 * INT, TRIM, comparisons, + - &), for tests that check a formula gives what the core computes.
 * Models the Excel behaviour that matters here: IF is lazy, AND/OR evaluate every argument and
 * pass errors on, INT of text is #VALUE!, a blank cell is 0 or "", text compares case-insensitively.
 * A function outside that list is an error, so a formula that grows beyond it is noticed.
 */
export type XError = { error: string };
export type XValue = number | string | boolean | null | XError;
export type Env = Record<string, XValue>;

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

/** The formula (without "=") evaluated over cells given by their references. */
export function evalFormula(formula: string, env: Env): XValue {
  return evaluate(parse(formula), env);
}
