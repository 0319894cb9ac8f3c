import { runCases } from './case';
import { HELD_OUT } from './held-out.cases';

describe('parseDeadline: held-out phrases (written before the parser)', () => {
  it('holds at least 40 phrases', () => expect(HELD_OUT.length).toBeGreaterThanOrEqual(40));
  runCases(HELD_OUT);
});
