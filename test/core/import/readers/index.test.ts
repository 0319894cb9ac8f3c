import * as readers from '../../../../src/core/import/readers';

describe('the readers module', () => {
  it('exports exactly the readers, the sniffer and readInput', () => {
    expect(Object.keys(readers).sort()).toEqual(['readDelimited', 'readDocx', 'readHtml', 'readInput', 'readMarkdown', 'readText', 'sniffFormat']);
  });
});
