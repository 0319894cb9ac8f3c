import { DEFAULT_UNIT_DIRECTORY, parseDirectory, resolveUnit } from '../../../src/core/units';

describe('parseDirectory', () => {
  it('accepts the default directory as JSON, without warnings', () => {
    const r = parseDirectory(JSON.parse(JSON.stringify(DEFAULT_UNIT_DIRECTORY)));
    expect(r.ok && r.warnings).toEqual([]);
    expect(r.ok && r.value).toEqual(DEFAULT_UNIT_DIRECTORY);
  });

  it('cleans names, fills missing aliases and accepts a bare list', () => {
    const r = parseDirectory([{ name: '  Phòng\u00a0Nội vụ ' }, { name: 'Thanh tra', aliases: ['Thanh tra  quận'], kind: 'agency' }]);
    expect(r.ok && r.value).toEqual({
      units: [
        { name: 'Phòng Nội vụ', aliases: [] },
        { name: 'Thanh tra', aliases: ['Thanh tra quận'], kind: 'agency' },
      ],
    });
  });

  it('gives a directory resolveUnit can use, with the user\'s abbreviations', () => {
    const r = parseDirectory({ units: [{ name: 'Trung tâm Phục vụ hành chính công', aliases: [] }], abbreviations: { PVHCC: 'Phục vụ hành chính công' } });
    if (!r.ok) throw new Error(r.error.message);
    expect(resolveUnit('TT PVHCC phường', r.value)).toMatchObject({ canonical: 'Trung tâm Phục vụ hành chính công', known: true });
  });

  // Hard mistakes: the message names the entry (1-based, with its name) and the field.
  const failures: [input: unknown, where: string, message: RegExp][] = [
    ['Phòng Nội vụ', '$', /"units"/],
    [null, '$', /đối tượng JSON/],
    [{ unit: [] }, 'units', /Thiếu trường "units"/],
    [{ units: {} }, 'units', /không phải là danh sách/],
    [{ units: ['Phòng Nội vụ'] }, 'units[0]', /Đơn vị thứ 1 phải là một đối tượng/],
    [{ units: [{ name: 'A' }, { aliases: ['B'] }] }, 'units[1].name', /Đơn vị thứ 2 thiếu tên/],
    [{ units: [{ name: '  ' }] }, 'units[0].name', /thiếu tên/],
    [{ units: [{ name: 'Phòng Y tế', aliases: 'Y tế' }] }, 'units[0].aliases', /Đơn vị thứ 1 \("Phòng Y tế"\): "aliases" phải là danh sách chuỗi/],
    [{ units: [{ name: 'Phòng Y tế', aliases: ['Y tế', 3] }] }, 'units[0].aliases[1]', /tên gọi khác thứ 2 phải là chuỗi/],
    [{ units: [{ name: 'Phòng Y tế', aliases: [], kind: 'office' }] }, 'units[0].kind', /"kind" phải là một trong "agency", "leader", "group"/],
    [{ units: [], abbreviations: ['VP'] }, 'abbreviations', /"abbreviations" phải là một đối tượng/],
    [{ units: [], abbreviations: { VP: 1 } }, 'abbreviations.VP', /Chữ viết tắt "VP"/],
  ];
  test.each(failures)('fails on %j at %s', (input, where, message) => {
    const r = parseDirectory(input);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('unit-directory-invalid');
    expect(r.error.where).toBe(where);
    expect(r.error.message).toMatch(message);
  });

  it('warns about soft mistakes and keeps going', () => {
    const r = parseDirectory({
      units: [
        { name: 'Văn phòng HĐND và UBND', aliases: ['VP UBND', ''], note: 'x' },
        { name: 'Văn phòng UBND quận', aliases: ['Văn phòng Ủy ban nhân dân'] },
      ],
    });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.warnings.map((w) => w.code)).toEqual(['unit-alias-empty', 'unit-field-unknown', 'unit-alias-duplicate']);
    expect(r.warnings[2]?.message).toMatch(/"Văn phòng Ủy ban nhân dân" trùng với Đơn vị thứ 1/);
    expect(r.value.units[0]?.aliases).toEqual(['VP UBND']);
  });

  it('warns when the directory is empty', () => {
    const r = parseDirectory({ units: [] });
    expect(r.ok && r.warnings.map((w) => w.code)).toEqual(['unit-directory-empty']);
  });
});
