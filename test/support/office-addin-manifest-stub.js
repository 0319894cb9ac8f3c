// Stand-in for office-addin-manifest under jest: office-addin-mock only needs its OfficeApp enum,
// and the real package pulls Node-only tooling (see jest.config.js moduleNameMapper).
module.exports = {
  OfficeApp: {
    Excel: 'excel',
    OneNote: 'onenote',
    Outlook: 'outlook',
    PowerPoint: 'powerpoint',
    Project: 'project',
    Word: 'word',
  },
};
