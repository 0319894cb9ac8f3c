/**
 * The words that make a number a target, as data (chrono keeps its locale phrases the same way).
 * Phrases are written in Vietnamese; matching also accepts the same words without diacritics
 * (OCR), but never a different word that folds the same ("đất" is not "đạt", "tư" is not "từ").
 */
import type { Comparator } from '../model';

/**
 * strong: the phrase only ever introduces a threshold, so any number after it is a target.
 * weak: the word has other meanings ("trên địa bàn", "từ ngày", "đạt chuẩn"), so the number must
 * carry a measuring unit (%, ngày, hồ sơ ...) before it counts.
 */
export type Strength = 'strong' | 'weak';

export interface ComparatorPhrase {
  words: string;
  comparator: Comparator;
  strength: Strength;
}

/** The contract's "Target phrases" table, plus "xuống (còn) X" (a reduction to X: at most X). */
export const COMPARATOR_PHRASES: readonly ComparatorPhrase[] = [
  { words: 'không thấp hơn', comparator: '>=', strength: 'strong' },
  { words: 'không dưới', comparator: '>=', strength: 'strong' },
  { words: 'không ít hơn', comparator: '>=', strength: 'strong' },
  { words: 'tối thiểu', comparator: '>=', strength: 'strong' },
  { words: 'ít nhất', comparator: '>=', strength: 'strong' },
  { words: 'đạt', comparator: '>=', strength: 'weak' },
  { words: 'từ', comparator: '>=', strength: 'weak' },
  { words: 'cao hơn', comparator: '>', strength: 'weak' },
  { words: 'nhiều hơn', comparator: '>', strength: 'weak' },
  { words: 'trên', comparator: '>', strength: 'weak' },
  { words: 'vượt', comparator: '>', strength: 'weak' },
  { words: 'thấp hơn', comparator: '<', strength: 'weak' },
  { words: 'dưới', comparator: '<', strength: 'weak' },
  { words: 'không vượt quá', comparator: '<=', strength: 'strong' },
  { words: 'không quá', comparator: '<=', strength: 'strong' },
  { words: 'không vượt', comparator: '<=', strength: 'strong' },
  { words: 'không cao hơn', comparator: '<=', strength: 'strong' },
  { words: 'tối đa', comparator: '<=', strength: 'strong' },
  { words: 'xuống', comparator: '<=', strength: 'weak' },
];

/** Symbols a second plan may use ("≥ 105%", "≤ 3 ngày"). Longest first. */
export const COMPARATOR_SYMBOLS: readonly [string, Comparator][] = [
  ['>=', '>='],
  ['<=', '<='],
  ['≥', '>='],
  ['≤', '<='],
  ['>', '>'],
  ['<', '<'],
  ['=', '='],
];

/** Words that may stand between a comparator and its number: "đạt tỷ lệ tối thiểu tương ứng là 60%". */
export const LEAD_FILLERS: readonly string[] = [
  'tỷ lệ', 'tỉ lệ', 'là', 'tương ứng', 'ở mức', 'mức', 'còn', 'khoảng',
];

/** "phấn đấu đạt 80%" next to a firm target is its stretch. "phần đầu" is the sample's own typo. */
export const STRETCH_WORDS: readonly string[] = ['phấn đấu', 'phần đầu'];

/** After the number: "95% trở lên" reads as at least, "3 ngày trở xuống" as at most. */
export const AT_LEAST_AFTER: readonly string[] = ['trở lên'];
export const AT_MOST_AFTER: readonly string[] = ['trở xuống'];

export interface UnitWord {
  /** As printed after the number; matched case- and accent-insensitively. */
  words: string;
  /** The unit as Target.unit carries it. */
  unit: string;
  /** true: a count of places or people ("10 phường"); counts only after a strong comparator. */
  countOnly?: boolean;
  /** true: never a target ("dưới 18 tuổi" is an age, not a threshold). */
  never?: boolean;
}

export const UNITS: readonly UnitWord[] = [
  { words: 'phần trăm', unit: '%' },
  { words: 'điểm phần trăm', unit: 'điểm %' },
  { words: 'điểm', unit: 'điểm' },
  { words: 'hạng', unit: 'hạng' },
  { words: 'bậc', unit: 'bậc' },
  { words: 'hồ sơ', unit: 'hồ sơ' },
  { words: 'ngày làm việc', unit: 'ngày làm việc' },
  { words: 'ngày', unit: 'ngày' },
  { words: 'giờ', unit: 'giờ' },
  { words: 'phút', unit: 'phút' },
  { words: 'lượt', unit: 'lượt' },
  { words: 'bài viết', unit: 'bài viết' },
  { words: 'tin bài', unit: 'tin bài' },
  { words: 'bài', unit: 'bài' },
  { words: 'tin', unit: 'tin' },
  { words: 'sản phẩm', unit: 'sản phẩm' },
  { words: 'mô hình', unit: 'mô hình' },
  { words: 'sáng kiến', unit: 'sáng kiến' },
  { words: 'giải pháp', unit: 'giải pháp' },
  { words: 'lần', unit: 'lần' },
  { words: 'cuộc', unit: 'cuộc' },
  { words: 'buổi', unit: 'buổi' },
  { words: 'lớp', unit: 'lớp' },
  { words: 'văn bản', unit: 'văn bản' },
  { words: 'thủ tục', unit: 'thủ tục' },
  { words: 'dịch vụ', unit: 'dịch vụ' },
  { words: 'tiêu chí', unit: 'tiêu chí' },
  { words: 'nghìn tỷ đồng', unit: 'nghìn tỷ đồng' },
  { words: 'tỷ đồng', unit: 'tỷ đồng' },
  { words: 'triệu đồng', unit: 'triệu đồng' },
  { words: 'đồng', unit: 'đồng' },
  { words: 'đơn vị', unit: 'đơn vị', countOnly: true },
  { words: 'cơ quan', unit: 'cơ quan', countOnly: true },
  { words: 'phường', unit: 'phường', countOnly: true },
  { words: 'xã', unit: 'xã', countOnly: true },
  { words: 'người', unit: 'người', countOnly: true },
  { words: 'cá nhân', unit: 'cá nhân', countOnly: true },
  { words: 'tập thể', unit: 'tập thể', countOnly: true },
  { words: 'doanh nghiệp', unit: 'doanh nghiệp', countOnly: true },
  { words: 'năm', unit: 'năm', countOnly: true },
  { words: 'tháng', unit: 'tháng', countOnly: true },
  { words: 'quý', unit: 'quý', countOnly: true },
  { words: 'tuần', unit: 'tuần', countOnly: true },
  { words: 'tuổi', unit: 'tuổi', never: true },
];

/** "100% vốn nhà nước" names a kind of company, not a target. */
export const NOT_AFTER_HUNDRED: readonly string[] = ['vốn'];

/**
 * What is bad to have more of. A bare "0% hồ sơ trễ hạn" is a target (at most 0, lower better);
 * "giải quyết khiếu nại đạt 95%" is not bad (the rate of complaints handled), so "khiếu nại" is
 * deliberately absent.
 */
export const BAD_WORDS: readonly string[] = [
  'trễ hạn', 'quá hạn', 'trễ hẹn', 'tồn đọng', 'sai sót', 'sai phạm', 'vi phạm', 'chậm trễ',
  'phải bổ sung', 'bị trả lại', 'tai nạn',
];

/** Scope ("% + noun") ends at these words: the verb or relation that follows the noun phrase. */
export const SCOPE_STOP_WORDS: readonly string[] = [
  'được', 'phải', 'khi', 'giữa', 'trực thuộc', 'thuộc', 'tại', 'trong', 'về', 'của', 'với',
  'công khai', 'sử dụng', 'áp dụng', 'ứng dụng', 'tham gia', 'xây dựng', 'đạt', 'có', 'đang',
  'đã', 'không', 'theo', 'trên', 'để', 'nhằm', 'đảm bảo', 'bảo đảm', 'thực hiện', 'trao đổi',
  'tiếp nhận', 'cập nhật', 'triển khai', 'xuống', 'đúng hạn', 'trễ hạn', 'là', 'từ', 'dưới',
  'tỷ lệ', 'tỉ lệ', 'tối thiểu', 'ít nhất', 'tối đa', 'không quá', 'trở lên', 'tương ứng',
  'phấn đấu', 'phần đầu', 'và', 'hoặc', 'đều', 'cung cấp', 'kết nối', 'riêng',
];

/** "lĩnh vực đất đai, xây dựng, đầu tư đạt ...": a field's name runs to the comparator or a verb. */
export const FIELD_STOP_WORDS: readonly string[] = [
  'đạt', 'xuống', 'đúng hạn', 'trễ hạn', 'trễ hẹn', 'quá hạn', 'tỷ lệ', 'tỉ lệ', 'là', 'từ', 'dưới',
  'trên', 'tối thiểu', 'ít nhất', 'tối đa', 'không', 'được', 'phải', 'của', 'thuộc', 'tại',
  'trong', 'theo', 'đảm bảo', 'bảo đảm', 'riêng', 'có', 'với', 'và', 'khi', 'để', 'nhằm',
];

/** Where an organisation's name starts a clause ("Chi nhánh Văn phòng đăng ký đất đai Quận 1 ..."). */
export const ORG_HEADS: readonly string[] = [
  'chi nhánh', 'văn phòng', 'phòng', 'trung tâm', 'ủy ban nhân dân', 'uỷ ban nhân dân', 'ubnd', 'sở',
  'bệnh viện', 'công an', 'kho bạc', 'chi cục', 'thanh tra', 'bảo hiểm xã hội',
];

/** An organisation's name ends at its first verb. */
export const ORG_STOP_WORDS: readonly string[] = [
  'giải quyết', 'đảm bảo', 'bảo đảm', 'thực hiện', 'triển khai', 'tiếp nhận', 'có', 'phải',
  'đạt', 'sử dụng', 'ứng dụng', 'xây dựng', 'duy trì', 'hoàn thành',
];

/**
 * Group nouns a target may apply to, found before it ("cấp quận đạt ..., 10 phường đạt ...").
 * Regex sources over lower-case text; the longest match wins where they overlap.
 */
export const SCOPE_NOUNS: readonly string[] = [
  '(?:cấp )?quận(?: \\d+)? và (?:\\d+ )?(?:phường|xã)',
  'cấp (?:quận|phường|xã|huyện|tỉnh|thành phố)',
  '(?:\\d+ )?(?:phường|xã)',
  'quận(?: \\d+)?',
];

/** Rank targets: "nằm trong nhóm 05 đơn vị dẫn đầu" = rank 5 or better (at most 5, lower better). */
export const RANK_PATTERNS: readonly RegExp[] = [
  /* folded text */
  /\b(?:nam |thuoc |vao )?(?:trong )?(?:nhom|top) (\d{1,3})(?: [a-z ]{0,40}?)? dan dau\b/g,
  /\b(?:nam |thuoc |vao )?(?:trong )?top (\d{1,3})\b/g,
  /\bxep (?:hang |thu |hang thu )(\d{1,3})(?: tro len)?\b/g,
];

/** Words that link two targets of one sentence; dropped from the start of a target's text and scope. */
export const LINK_WORDS: readonly string[] = ['và', 'trong đó', 'đồng thời', 'hoặc'];

/** "đạt tỷ lệ 100% trong từng lĩnh vực": a place or field named after the number. */
export const WHERE_WORDS: readonly string[] = ['trong', 'tại', 'ở'];

/** Words that open a noun phrase without adding to it ("100% các cơ quan" -> "cơ quan"). */
export const DETERMINERS: readonly string[] = ['các', 'những', 'toàn bộ', 'tất cả'];
