import { readFileSync } from 'fs';
import { join } from 'path';
import { DEFAULT_UNIT_DIRECTORY, resolveUnits } from '../../../src/core/units';

// Every lead and coordinator item of the sample plan's appendix, as the hand-written expected
// output lists them, through the default directory.
const expected = JSON.parse(readFileSync(join(__dirname, '../../fixtures/ke-hoach-04.expected.json'), 'utf8')) as {
  tasks: { id: string; lead: string[]; coordinators: string[] }[];
};
const items = [...new Set(expected.tasks.flatMap((t) => [...t.lead, ...t.coordinators]))];

// Not units of a district People's Committee's directory: a local bulletin, and a city-level
// phrase quoted in the plan. They stay as written.
const UNKNOWN = ['Trung tâm Văn hóa, Bản tin Quận 1', 'Bản tin Quận 1', 'Thủ trưởng sở, ban, ngành'];

describe('sample plan ke-hoach-04: lead and coordinator units', () => {
  it('has items to check', () => {
    expect(items.length).toBeGreaterThan(40);
  });

  test.each(items)('%s', (item) => {
    const units = resolveUnits(item, DEFAULT_UNIT_DIRECTORY);
    expect(units.length).toBeGreaterThan(0);
    for (const u of units) {
      expect({ written: u.written, known: u.known }).toEqual({ written: u.written, known: !UNKNOWN.includes(u.written) });
      expect(u.fuzzy).toBeUndefined(); // clean text needs no OCR tolerance
    }
  });

  it('finds the units the appendix names most', () => {
    const leads = expected.tasks.flatMap((t) => t.lead.flatMap((l) => resolveUnits(l, DEFAULT_UNIT_DIRECTORY).map((u) => u.canonical)));
    const count = (name: string) => leads.filter((c) => c === name).length;
    expect(count('Văn phòng HĐND và UBND')).toBeGreaterThan(10);
    expect(count('Phòng Nội vụ')).toBeGreaterThan(10);
    expect(count('Thủ trưởng cơ quan, đơn vị')).toBeGreaterThan(10);
    expect(count('UBND các phường')).toBeGreaterThan(10);
    expect(count('Lãnh đạo UBND')).toBe(1); // 3.3: "Chủ tịch UBND Quận 1", not the wards' chairs
  });
});
