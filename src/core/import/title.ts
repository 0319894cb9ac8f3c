import { clean, key } from '../text';

/** Document types that open a title block, in capitals as Decree 30/2020 prints them. */
const DOC_TYPES = ['KẾ HOẠCH', 'THÔNG BÁO', 'CHƯƠNG TRÌNH', 'QUYẾT ĐỊNH', 'CHỈ THỊ', 'KẾT LUẬN', 'ĐỀ ÁN', 'PHƯƠNG ÁN', 'BÁO CÁO'];
const HEAD_LINES = 40;

/**
 * The title: the document type in capitals and the subject line under it (or glued to it, as a
 * converter joins two bold runs), as a sentence: "Kế hoạch thực hiện công tác ...".
 */
export function findTitle(text: string): string | undefined {
  const lines = text.split('\n').map(clean).filter((l) => l !== '').slice(0, HEAD_LINES);
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] as string).replace(/[*#_]/g, '').trim();
    for (const type of DOC_TYPES) {
      const k = key(type);
      if (!key(line).startsWith(k)) continue;
      const head = line.slice(0, type.length);
      // Only the type in capitals opens a title; "Kế hoạch số 175/KH-UBND ..." in a sentence does not.
      if (head !== head.toUpperCase()) continue;
      let subject = line.slice(type.length).trim();
      if (subject === '' && i + 1 < lines.length) subject = (lines[i + 1] as string).replace(/[*#_]/g, '').trim();
      if (subject === '' || /^số\b/iu.test(subject)) continue;
      const sentenceType = type.charAt(0) + type.slice(1).toLowerCase();
      const lowerFirst = subject === subject.toUpperCase() ? subject.toLowerCase() : subject.charAt(0).toLowerCase() + subject.slice(1);
      return clean(`${sentenceType} ${lowerFirst}`);
    }
  }
  return undefined;
}
