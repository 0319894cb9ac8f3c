/**
 * The words a prose document's structure is recognised by, as patterns over `foldOcr` text
 * (lower case, no diacritics, the usual OCR slips folded), so "Đề nghị", "De nghi", "pé nghi"
 * and "Bé nghi" meet. OCR reads Đ as P, B or D and drops or doubles a vowel: the patterns allow
 * what an English-model OCR was seen to produce, and no more than a letter's slack.
 */

/** "Đề nghị" (P/B/D for Đ). */
export const DE_NGHI = '[dpb][ea]\\s*ngh[a-z]{0,2}';
/** "Yêu cầu". */
export const YEU_CAU = 'y[eéa]u\\s+c[a-z]{1,2}u';
export const GIAO = 'giao';
/** "Về" at a topic heading's start ("V&", "Vé", "V6" once folded). */
export const VE = 've';

/** The verb that assigns, at a sentence's start: "Giao", "Đề nghị", "Yêu cầu" (with "đồng chí"). */
export const ASSIGN_VERB = new RegExp(`^(?:${GIAO}|${DE_NGHI}|${YEU_CAU})\\s+`);

/**
 * Words a unit phrase starts with (folded): offices, bodies, heads' titles, collectives. A list
 * of kinds, not of names: "Phòng ...", "Ủy ban ...", "Thủ trưởng ...", "các cơ quan ...".
 */
export const UNIT_START =
  /^(?:ph[a-z]{1,2}ng|v[a-z]{1,2}n ph[a-z]{1,2}ng|uy ban|ubnd|hoi dong|th[a-z]{0,2} tr[a-z]{1,3}[nm]g|ch[a-z]{0,2} tich|ph[a-z] ch[a-z]{0,2} tich|tr[a-z]{1,2}ng t[a-z]{1,2}m|tram|doi(?!\s+(?:voi|moi|chieu|thoai))|ban(?!\s+hanh)|so(?!\s*(?:\d|:|hoa\b|ket\b|bo\b|luong\b|lieu\b))|c[a-z]ng an|chi cuc|kho bac|bao hiem|thanh tra|c[a-z]?c|dong chi|(?:pho )?gi[a-z]{1,2}m d[a-z]{1,3}c[a-z]?|truong(?!\s+hop)|pho truong|chanh|doan|hoi|mat tran|benh vien|chi nhanh|quan uy|huyen uy|thi uy|dang uy|toa an|lien doan|cuc|tong cuc|nguoi dung dau|lanh dao|thuong truc|bch|bql|ttcntt|ubmttq|mttq)(?=[\s,.:;()]|$)/;

/**
 * Verbs a task starts with once its unit is named: where a unit phrase inside a sentence ends
 * ("Giao Phòng Nội vụ | tham mưu ...", "Phòng Tư pháp | chủ trì, phối hợp ..."). Folded.
 */
const WORD_VERBS = [
  'ch[a-z]{1,2} tri', 'ph[a-z]{1,2}i h[a-z]{1,2}p', 'tham m[a-z]{1,2}', 'to chuc', 'tong hop', 'co trach nhiem', 'day manh', 'xay dung', 'th[a-z]{1,2}c hi[a-z]n',
  'ra soat', 'khan truong', 'nghiem tuc', 'tap trung', 'kip thoi', 'can doi', 'hoan thanh', 'bo tri', 'kien toan',
  'trien khai', 'tang cuong', 'theo doi', 'don doc', 'huong dan', 'kiem tra', 'cap nhat', 'bao cao', 'nghien cuu',
  'quan tam', 'tiep tuc', 'chu dong', 'de xuat', 'ban hanh', 'cung cap', 'gui', 'xu ly',
  't[a-z]{0,2} k[a-z]{0,3}m tr[a-z]{0,3}', 'nang cao', 'nang cap', 'van dong', 'giam sat', 'bien soan', 'tuyen truyen', 'lam viec', 'niem yet',
  'sap xep', 'phu trach', 'chua', 'can', 'phai', 'se', 'thuong xuyen', 'quyet liet', 'nhanh chong', 'dam bao', 'uu tien', 'tham gia', 'khac phuc', 'duy tri',
  'tiep nhan', 'xac dinh', 'phan cong', 'chan chinh', 'xem xet', 'sua doi',
  'bao dam', 'chuan bi', 'huy dong', 'dua', 'lap phuong an', 'dang tai', 'so tan', 'day nhanh',
];

/**
 * Each verb of two words and more as its consonant skeleton, vowels free (OCR damages vowels
 * first: "t6ng hgp", "thc hién", "bdo cdo"); one-word verbs stay exact, they are too short.
 */
export const TASK_VERBS = WORD_VERBS.map((v) =>
  v.includes(' ') && !v.includes('[') && /^[^aeiouy]/.test(v) ? v.replace(/[aeiouy]+/g, '[a-z]{0,3}') : v,
);

/** "các" and OCR's "cdc", "céc", "cc". */
export const CAC = /^c[a-z]?c$/;

/** "phối hợp (với)": who follows coordinates. Folded; OCR: "phdi hop", "ph6i h¢p", "phoi hdp vGi", "vi". */
export const COORDINATE = /(?<![a-z])ph[a-z]{1,2}i\s+h[a-z]{1,2}p(?:\s+v[a-z]{0,2}i)?\s+/g;
/** "X chủ trì" (OCR: "chu tri", "chti tri", "chi tri"). */
export const LEADS = /(?<![a-z])ch[a-z]{1,2}\s+tri(?![a-z])/;

/** Opening words of a preamble: grounds and purpose, never a task. */
export const PREAMBLE = /^(?:can cu|thuc hien|nham|theo|ngay\s+\d|tham du|sau khi|de\s|tiep theo|qua\s)/;
/** "Kính gửi:" opens the recipients. */
export const DEAR = /^k[a-z]{2,3}h\s+g[a-z]{1,2}i\b/;
/** "Nơi nhận:" opens the distribution list; what follows is no task. */
export const DISTRIBUTION = /^n[a-z]{1,2}i\s+nh[a-z]{1,3}n?\s*:/;
/**
 * Closing formulas: "<Văn phòng> thông báo ... để ... biết", "Trong quá trình triển khai, nếu có
 * khó khăn ...", "Trên đây là ...", "Rất mong ...", "Trân trọng ...".
 */
export const CLOSING = [
  /th[a-z]{1,2}ng\s+b[a-z]{1,2}o\b.{0,160}\b(?:de|den)\b.{0,120}\bbiet\b/,
  /^trong\s+qu[a-z]\s+tr[a-z]nh\s+(?:trien khai|thuc hien|to chuc)/,
  /^tren\s+day\s+la\b/,
  /^(?:rat\s+mong|tran\s+trong)\b/,
];
/** A paragraph that ends the way a letter's last sentence ends ("./."). */
export const LAST_SENTENCE = /\.?\s*\/\s*\.?\s*$/;

/** Signature block lines: "KT. CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN", "PHÓ CHÁNH VĂN PHÒNG". */
export const SIGNATURE = /^(?:kt|tm|tl|tuq)\s*\.|^(?:pho\s+)?(?:chu tich|chanh van phong|giam doc|truong phong)$/;

/** "... như sau:" ends the sentence that opens the instructions. */
export const OPENS_BODY = /(?:nh[a-z]{1,2}\s+sau|sau\s+day|\ssau\s*:)\s*:?\s*$/;

/** The sentence of a task that states when ("Thời gian thực hiện trong tháng 9 năm 2023"). */
export const DUE_SENTENCE =
  /(?:th[a-z]{1,2}i\s+g[a-z]{1,2}n|th[a-z]{1,2}i\s+h[a-z]n)(?:\s+(?:hoan thanh|thuc hien|to chuc thuc hien|thuc hien xong|bao cao))?\s*:?\s*/;
/**
 * Deadline words inside a sentence: "hoàn thành trước ngày ...", "chậm nhất ...", "trước ngày ...".
 * OCR: "tru'6c ngay", "truéc ngay".
 */
export const DUE_INLINE = /(?:(?:hoan thanh|bao cao[^.;]{0,80}?)\s+)?(?:tr[a-z'’0-9]{1,4}c\s+ng[a-z]y|cham\s+nhat|trong\s+(?:cac\s+)?(?:thang|quy|nam|6 thang)|trong\s+ng[a-z]y(?=\s+\d)|den\s+het)\s/;
