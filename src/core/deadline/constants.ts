/**
 * Vocabulary of Vietnamese deadline phrases, as data (the way chrono keeps a locale's words in
 * constants.ts). Every pattern matches FOLDED text (text.ts `fold`: lower case, no diacritics,
 * đ -> d), so "Quý", "QUY" and OCR's "Quy" meet. OCR variants seen in the sample notice
 * ("nim 2025", "ndm 2025", "ngdy") are part of the vocabulary.
 */

/** Left and right word boundaries: `\b` does not know Vietnamese letters, `\p{L}` does. */
export const L = '(?<![\\p{L}\\d])';
export const R = '(?![\\p{L}\\d])';

/** "năm" and OCR's "nim", "ndm", "niam", "ndam". Only ever used in front of a number. */
export const YEAR_WORD = 'n[a-z]{1,2}m';
/** "tháng" and OCR's "thdng", "thdang", "thang". Only ever used in front of a number. */
export const MONTH_WORD = 'th[a-z]{1,3}ng';
/** "ngày" and OCR's "ngdy". */
export const DAY_WORD = 'ng[a-z]y';
/** "quý" and the older spelling "quí". */
export const QUARTER_WORD = 'qu[yi]';
/** A four-digit year a plan can mean. */
export const YEAR_NUM = '((?:19|20)\\d{2})(?!\\d)';
/** What joins a period to its year: "năm 2024", "/2024", "-2024", ".2024", ", 2024", " 2024". */
export const YEAR_JOIN = `\\s*,?\\s*(?:${YEAR_WORD}\\s*|[/\\-.–]\\s*|\\s)\\s*`;
export const YEAR_SUFFIX = `(?:${YEAR_JOIN}${YEAR_NUM})?`;
/** What joins the items of a list: "Quý I, II", "quý II và quý III", "tháng 3 đến tháng 6". */
export const LIST_JOIN = '\\s*(?:,|&|va|-|–|den)\\s*';

/** Where in a period: "đầu tháng", "giữa quý", "cuối năm", "hết năm". */
export type PeriodPart = 'early' | 'mid' | 'end';
export const PERIOD_PARTS: Record<string, PeriodPart> = { dau: 'early', giua: 'mid', cuoi: 'end', het: 'end' };
export const PERIOD_PART = `(?:(${Object.keys(PERIOD_PARTS).join('|')})\\s+)?`;

/**
 * "đầu tháng" / "giữa tháng" read as the first and second ten days (thượng tuần, trung tuần),
 * the way offices split a month; "cuối tháng" is the month itself.
 */
export const MONTH_PART_DAYS: Record<PeriodPart, [number, number | 'end']> = {
  early: [1, 10],
  mid: [11, 20],
  end: [1, 'end'],
};

/**
 * Quarter numerals: Roman (folded to lower case; OCR reads I as l, and "III" as "HI" or "IH",
 * two strokes taken for an H) and Arabic.
 */
export const QUARTER_NUM = '(iv|hi|ih|[il]{1,3}|[1-4])';
export const QUARTER_VALUES: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, hi: 3, ih: 3, '1': 1, '2': 2, '3': 3, '4': 4 };

/** Number words in "sáu tháng đầu năm", "chín tháng". */
export const NUMBER_WORDS: Record<string, number> = {
  mot: 1, hai: 2, ba: 3, bon: 4, sau: 6, bay: 7, tam: 8, chin: 9, muoi: 10,
};

/** Words in front of a bare year that make it a deadline ("đến 2025"), not a count. */
export const BARE_YEAR_LEADS = ['den het', 'den', 'het', 'trong', 'tu', 'cuoi', 'truoc'];

/** Year-long periods named without a number: "trong năm", "tổng kết năm", "năm nay". */
export const YEAR_NO_NUMBER = ['trong suot', 'trong', 'ca', 'tong ket', 'so ket', 'cuoi', 'het', 'dau', 'giua'];

/** "trước ngày ...": the phrase that switches on the before-reading. */
export const BEFORE = `truoc(?:\\s+(?:${DAY_WORD}|thoi han|han))?\\s*:?\\s*$`;

/** Recurrence: the period word after "hằng/hàng", "mỗi", "từng", "định kỳ (hàng)". */
export const RECURRENCE_PERIODS: Record<string, string> = {
  ngay: 'day', tuan: 'week', thang: 'month', quy: 'quarter', qui: 'quarter', nam: 'year',
};
export const RECURRENCE_LEADS = ['dinh ky hang', 'dinh ky', 'hang', 'moi', 'theo tung', 'tung'];
/** "định kỳ 6 tháng", "3 tháng/lần": months between occurrences. */
export const RECURRENCE_BY_MONTHS: Record<number, string> = { 1: 'month', 3: 'quarter', 6: 'half-year', 12: 'year' };
/** Finest first: a phrase with several periods recurs at the finest. */
export const RECURRENCE_ORDER = ['day', 'week', 'month', 'quarter', 'half-year', 'year', 'periodic'];

/** Phrases bound to an event, not a date (contract: due null). Matched anywhere in a part; the
 * bare "khi" / "theo" only at its start (EVENT_PREFIXES): "các năm tiếp theo" is no event. */
export const EVENT_MARKERS = [
  'thuong xuyen', 'lien tuc', 'kip thoi', 'phat sinh', 'khi co', 'khi duoc', 'sau khi', 'ngay khi',
  'truoc khi', 'den khi', 'tuy theo', 'co yeu cau', 'theo yeu cau', 'theo huong dan', 'theo chi dao',
  'ke tu', // "30 ngày kể từ ngày ký": a span after an event
];
/**
 * Event phrases that take an object ("Sau khi Thành phố công bố Chỉ số CCHC năm 2023"): the
 * object names the event, so its years and dates are not deadlines. Masked up to the next comma.
 */
export const EVENT_PREFIXES = ['ngay sau khi', 'sau khi', 'truoc khi', 'ngay khi', 'den khi', 'khi', 'theo', 'tuy theo'];
/** ... except when followed by these ("theo từng quý", "theo định kỳ"): recurrences, not events. */
export const EVENT_PREFIX_EXCEPTIONS = ['tung', 'dinh ky', 'hang'];
/** Deadline words that end an event's object ("Khi có yêu cầu, chậm nhất ngày ..."). */
export const DEADLINE_WORDS = ['cham nhat', 'truoc ngay', 'den het', 'han chot', 'hoan thanh'];
