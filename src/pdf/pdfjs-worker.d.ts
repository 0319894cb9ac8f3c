/** pdf.js's worker module, imported for its side effect (globalThis.pdfjsWorker): no exports used. */
declare module 'pdfjs-dist/build/pdf.worker.mjs';
