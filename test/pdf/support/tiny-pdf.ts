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

/** A PDF whose pages are the given grayscale images (a scanner's output), Flate-compressed. */
export function scanPdf(images: { width: number; height: number; data: Uint8Array; dpi: number }[], deflate: (b: Uint8Array) => Uint8Array): Uint8Array {
  const enc = new TextEncoder();
  const parts: Uint8Array[] = [];
  const offsets: number[] = [];
  let pos = 0;
  const put = (b: Uint8Array) => {
    parts.push(b);
    pos += b.length;
  };
  put(enc.encode('%PDF-1.4\n'));
  const obj = (id: number, head: string, stream?: Uint8Array) => {
    offsets[id - 1] = pos;
    put(enc.encode(`${id} 0 obj\n${head}${stream ? '\nstream\n' : ''}`));
    if (stream) {
      put(stream);
      put(enc.encode('\nendstream'));
    }
    put(enc.encode('\nendobj\n'));
  };
  const kids: number[] = [];
  images.forEach((img, i) => {
    const base = 3 + i * 3;
    const data = deflate(img.data);
    const w = (img.width * 72) / img.dpi;
    const h = (img.height * 72) / img.dpi;
    obj(base, `<< /Type /XObject /Subtype /Image /Width ${img.width} /Height ${img.height} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /Length ${data.length} >>`, data);
    const draw = enc.encode(`q ${w.toFixed(2)} 0 0 ${h.toFixed(2)} 0 0 cm /Im0 Do Q`);
    obj(base + 1, `<< /Length ${draw.length} >>`, draw);
    obj(base + 2, `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${w.toFixed(2)} ${h.toFixed(2)}] /Resources << /XObject << /Im0 ${base} 0 R >> >> /Contents ${base + 1} 0 R >>`);
    kids.push(base + 2);
  });
  obj(1, '<< /Type /Catalog /Pages 2 0 R >>');
  obj(2, `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`);
  const n = 2 + images.length * 3;
  const xref = pos;
  let tail = `xref\n0 ${n + 1}\n0000000000 65535 f \n`;
  for (let i = 0; i < n; i++) tail += `${String(offsets[i]).padStart(10, '0')} 00000 n \n`;
  tail += `trailer\n<< /Size ${n + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  put(enc.encode(tail));
  const out = new Uint8Array(pos);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
