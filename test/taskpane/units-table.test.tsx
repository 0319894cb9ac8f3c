/** @jest-environment jsdom */
import './jsdom-setup';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { DEFAULT_UNIT_DIRECTORY } from '../../src/core/units/default-directory';
import type { UnitDirectory } from '../../src/core/units/types';
import { UI } from '../../src/i18n/ui';
import { App } from '../../src/taskpane/App';
import { fill } from '../../src/taskpane/format';
import { DEFAULT_SETTINGS } from '../../src/taskpane/operations';
import { jsonErrorPlace } from '../../src/taskpane/units-rows';
import { callsOf, fakeOperations } from './fake-operations';

const vi = UI.vi.settings;

async function openSettings(unitsDirectory = '') {
  const ops = fakeOperations({ loadSettings: async () => ({ ...DEFAULT_SETTINGS, unitsDirectory }) });
  render(<App operations={ops} strings={UI.vi} locale="vi" />);
  fireEvent.click(screen.getByRole('tab', { name: UI.vi.app.tabSettings }));
  await screen.findByRole('heading', { name: vi.unitsHeading });
  return ops;
}

const rows = () => document.querySelectorAll('tr[data-unit-row]');
const nameOf = (n: number) => screen.getByLabelText(fill(vi.unitsName, { n })) as HTMLInputElement;
const aliasesOf = (n: number) => screen.getByLabelText(fill(vi.unitsAliases, { n })) as HTMLInputElement;
const kindOf = (n: number) => screen.getByLabelText(fill(vi.unitsKind, { n })) as HTMLSelectElement;

async function saved(ops: ReturnType<typeof fakeOperations>): Promise<string> {
  fireEvent.click(screen.getByRole('button', { name: vi.save }));
  await screen.findByText(vi.saved);
  const calls = callsOf(ops, 'saveSettings');
  return (calls[calls.length - 1]?.[0] as { unitsDirectory: string }).unitsDirectory;
}

function pickFile(text: string, name = 'don-vi.json') {
  const input = screen.getByTestId('units-file');
  fireEvent.change(input, { target: { files: [new File([text], name, { type: 'application/json' })] } });
}

describe('units directory table in Settings', () => {
  it('shows the built-in list, says so, and saving untouched keeps it built-in ("")', async () => {
    const ops = await openSettings();
    expect(rows()).toHaveLength(DEFAULT_UNIT_DIRECTORY.units.length);
    expect(nameOf(1).value).toBe(DEFAULT_UNIT_DIRECTORY.units[0]?.name);
    expect(aliasesOf(1).value).toContain(DEFAULT_UNIT_DIRECTORY.units[0]?.aliases[1]);
    expect(kindOf(1).value).toBe('agency');
    expect(screen.getByText(vi.unitsBuiltIn)).toBeTruthy();
    expect(await saved(ops)).toBe('');
  });

  it('edits, adds and removes rows; the saved directory is what the table shows', async () => {
    const ops = await openSettings(JSON.stringify({ units: [{ name: 'Phòng A', aliases: ['PA'] }, { name: 'Phòng B', aliases: [] }, { name: 'Phòng C', aliases: [] }] }));
    expect(rows()).toHaveLength(3);
    fireEvent.change(nameOf(1), { target: { value: 'Phòng A mới' } });
    fireEvent.change(aliasesOf(1), { target: { value: 'PA; Phòng A cũ, khối 2 ;' } });
    fireEvent.click(screen.getByRole('button', { name: fill(vi.unitsRemove, { n: 2 }) }));
    fireEvent.click(screen.getByRole('button', { name: vi.unitsAdd }));
    expect(rows()).toHaveLength(3);
    fireEvent.change(nameOf(3), { target: { value: 'Chủ tịch UBND phường' } });
    fireEvent.change(kindOf(3), { target: { value: 'leader' } });
    const dir = JSON.parse(await saved(ops)) as UnitDirectory;
    expect(dir.units).toEqual([
      { name: 'Phòng A mới', aliases: ['PA', 'Phòng A cũ, khối 2'] },
      { name: 'Phòng C', aliases: [] },
      { name: 'Chủ tịch UBND phường', kind: 'leader', aliases: [] },
    ]);
  });

  it('a row without a name is refused in Vietnamese naming its row; Save waits', async () => {
    await openSettings(JSON.stringify({ units: [{ name: 'Phòng A', aliases: [] }] }));
    fireEvent.click(screen.getByRole('button', { name: vi.unitsAdd }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(vi.unitsProblemTitle);
    expect(alert.textContent).toContain('Đơn vị thứ 2 thiếu tên');
    expect((screen.getByRole('button', { name: vi.save }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(nameOf(2), { target: { value: 'Phòng B' } });
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect((screen.getByRole('button', { name: vi.save }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('a spelling two units claim is pointed out (the first keeps it)', async () => {
    await openSettings(JSON.stringify({ units: [{ name: 'Phòng A', aliases: ['PA'] }, { name: 'Phòng B', aliases: [] }] }));
    fireEvent.change(aliasesOf(2), { target: { value: 'PA' } });
    expect((await screen.findByText(vi.unitsCheckTitle)).closest('[class]')?.textContent ?? '').toBeTruthy();
    expect(document.body.textContent).toContain('"PA" trùng với Đơn vị thứ 1');
  });

  it('imports a JSON file: its units replace the rows, abbreviations kept, Save stores them', async () => {
    const ops = await openSettings();
    pickFile(JSON.stringify({ units: [{ name: 'Phòng X', kind: 'agency', aliases: ['PX'] }], abbreviations: { px: 'phong x' } }));
    await screen.findByText(fill(vi.unitsImported, { n: 1, file: 'don-vi.json' }));
    expect(rows()).toHaveLength(1);
    expect(nameOf(1).value).toBe('Phòng X');
    expect(JSON.parse(await saved(ops))).toEqual({ units: [{ name: 'Phòng X', kind: 'agency', aliases: ['PX'] }], abbreviations: { px: 'phong x' } });
  });

  it.each([
    ['a syntax error, with its line and column', '{\n  "units": [\n    { "name": "A" \n  ]\n}', /dòng 4, cột 3/],
    ['a unit without a name, with its row', JSON.stringify({ units: [{ name: 'A', aliases: [] }, { aliases: ['B'] }] }), /Đơn vị thứ 2 thiếu tên/],
    ['a kind not known', JSON.stringify({ units: [{ name: 'A', kind: 'office', aliases: [] }] }), /Đơn vị thứ 1 \("A"\)/],
  ])('a file with %s is refused in Vietnamese; the rows stay', async (_what, text, said) => {
    await openSettings();
    pickFile(text, 'sai.json');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(fill(vi.unitsImportFailed, { file: 'sai.json' }));
    expect(alert.textContent).toMatch(said);
    expect(alert.textContent).not.toMatch(/Unexpected|Expected|JSON at position/);
    expect(rows()).toHaveLength(DEFAULT_UNIT_DIRECTORY.units.length);
  });

  it('exports the table as a JSON file the import reads back', async () => {
    await openSettings(JSON.stringify({ units: [{ name: 'Phòng A', aliases: ['PA'] }] }));
    const blobs: Blob[] = [];
    const url = URL as unknown as { createObjectURL: (b: Blob) => string; revokeObjectURL: (u: string) => void };
    url.createObjectURL = (b: Blob) => {
      blobs.push(b);
      return 'blob:units';
    };
    url.revokeObjectURL = () => undefined;
    const clicked: string[] = [];
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
    fireEvent.click(screen.getByRole('button', { name: vi.unitsExport }));
    click.mockRestore();
    expect(clicked).toEqual([vi.unitsFileName]);
    const text = await new Promise<string>((resolve) => {
      const r = new FileReader();
      r.onload = () => resolve(String(r.result));
      r.readAsText(blobs[0] as Blob);
    });
    expect(JSON.parse(text)).toEqual({ units: [{ name: 'Phòng A', aliases: ['PA'] }] });
  });

  it('"use the built-in directory again" saves "" after a custom one', async () => {
    const ops = await openSettings(JSON.stringify({ units: [{ name: 'Phòng A', aliases: [] }] }));
    expect(rows()).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: vi.unitsRestore }));
    expect(rows()).toHaveLength(DEFAULT_UNIT_DIRECTORY.units.length);
    expect(await saved(ops)).toBe('');
  });

  it('a stored directory that is broken: said with its line, built-in shown, the stored text kept on save', async () => {
    const broken = '{\n  "units": [\n';
    const ops = await openSettings(broken);
    const bar = screen.getByText(vi.unitsStoredInvalid).parentElement as HTMLElement;
    expect(within(bar).getByText(/dòng 3/)).toBeTruthy();
    expect(rows()).toHaveLength(DEFAULT_UNIT_DIRECTORY.units.length);
    expect(await saved(ops)).toBe(broken);
  });
});

describe('jsonErrorPlace', () => {
  it.each([
    ['{\n "a": 1,\n}', 3],
    ['[1, 2', 1],
    ['{\n "a": 1\n "b": 2}', 3],
    // Some engines name no position for an unexpected letter: no place rather than a wrong one.
    ['\n\n  x', null],
  ])('%j fails on line %p', (text, line) => {
    let error: unknown;
    try {
      JSON.parse(text);
    } catch (e) {
      error = e;
    }
    const place = jsonErrorPlace(text, error);
    if (line === null) expect(place === null || place.line === 3).toBe(true);
    else expect(place?.line).toBe(line);
  });
});
