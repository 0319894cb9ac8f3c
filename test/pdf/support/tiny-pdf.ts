/**
 * Minimal PDFs written byte by byte for the bad-file tests: blank pages, pages that each show
 * one shared small gray image (a scan's shape at no cost), a document with no pages.
 */
export function tinyPdf(pages: ('blank' | 'image')[]): Uint8Array {
  const objects: string[] = ['', ''];
  // A 16 x 16 gray image shared by every image page.
  const pixels = 'ff'.repeat(16 * 16);
  objects.push(`<< /Type /XObject /Subtype /Image /Width 16 /Height 16 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /ASCIIHexDecode /Length ${pixels.length + 1} >>\nstream\n${pixels}>\nendstream`);
  const imageId = objects.length;
  const draw = 'q 595 0 0 842 0 0 cm /Im0 Do Q';
  objects.push(`<< /Length ${draw.length} >>\nstream\n${draw}\nendstream`);
  const drawId = objects.length;
  objects.push('<< /Length 0 >>\nstream\n\nendstream');
  const blankId = objects.length;
  const kids: number[] = [];
  for (const p of pages) {
    const contents = p === 'image' ? drawId : blankId;
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im0 ${imageId} 0 R >> >> /Contents ${contents} 0 R >>`);
    kids.push(objects.length);
  }
  objects[0] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}
