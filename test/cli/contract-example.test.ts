/** The contract's Plan example says what the parser gives: its deadline is read again here. */
import { readFileSync } from 'fs';
import { join } from 'path';
import { parseDeadline } from '../../src/core/deadline';

describe("docs/contract.md's Plan example", () => {
  const doc = readFileSync(join(__dirname, '..', '..', 'docs', 'contract.md'), 'utf8');
  const block = /"deadline": \{([\s\S]*?)\n {6}\},/.exec(doc)?.[1] ?? '';

  it('its deadline is what parseDeadline gives for its text', () => {
    const field = (name: string) => new RegExp(`"${name}": (?:"([^"]*)"|(\\w+))`).exec(block);
    const text = field('text')?.[1] as string;
    expect(text).toMatch(/Quý I/);
    const { deadline } = parseDeadline(text, { year: 2024 });
    expect(field('due')?.[1]).toBe(deadline.due);
    expect(field('kind')?.[1]).toBe(deadline.kind);
    expect(field('yearImplied')?.[2]).toBe(String(deadline.yearImplied));
    const milestones = [...block.matchAll(/\{ "text": "([^"]*)", "due": "([^"]*)" \}/g)].map((m) => ({ text: m[1], due: m[2] }));
    expect(milestones).toEqual(deadline.milestones);
  });
});
