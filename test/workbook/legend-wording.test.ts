/**
 * The printed legend says in full what the contract's short label "Không hạn" means (issue 14:
 * natural wording for no fixed deadline and event-bound deadlines), while the labels the
 * timeliness column writes stay the contract's, since other tools read them.
 */
import { TIMELINESS } from '../../src/core/status/timeliness';
import { TASK_LEGEND } from '../../src/workbook/legend';

describe('task legend wording', () => {
  it('explains "Không hạn": no fixed deadline, recurring or when something arises', () => {
    const line = TASK_LEGEND.find((e) => e.meaning.startsWith('Không hạn:'));
    expect(line?.swatch).toBeNull();
    expect(line?.meaning).toMatch(/không có thời hạn cố định/);
    expect(line?.meaning).toMatch(/định kỳ/);
    expect(line?.meaning).toMatch(/phát sinh/);
  });

  it('keeps the contract status labels unchanged', () => {
    expect(TIMELINESS).toEqual(['Hoàn thành đúng hạn', 'Hoàn thành quá hạn', 'Trong hạn', 'Sắp đến hạn', 'Quá hạn', 'Không hạn']);
  });

  it('no sign, English word or formula text on paper', () => {
    for (const e of TASK_LEGEND) expect(e.meaning).not.toMatch(/>=|<=|=[A-Z]|\bsheet\b|\bnone\b|\bevent\b/i);
  });
});
