/**
 * The few cell styles the layout uses, by name. Writers resolve a key (plus an optional emphasis)
 * to a full CellStyle; a small fixed set keeps the workbook's style table small (Excel slows
 * down and eventually refuses files with tens of thousands of distinct styles).
 * Decree 30/2020: Times New Roman throughout.
 */

export const FONT = 'Times New Roman';

export const COLORS = {
  /** Excel's "light red fill with dark red text". */
  redFill: 'FFC7CE',
  redText: '9C0006',
  orangeFill: 'FFD8A8',
  orangeText: '833C0B',
  greenFill: 'C6EFCE',
  greenText: '006100',
  greyFill: 'EDEDED',
  greyText: '7F7F7F',
  sectionFill: 'DDEBF7',
  headerFill: 'D9D9D9',
  /** Text given back from OCR damage: check it against the note before printing. */
  reviewFill: 'FFF2CC',
} as const;

export type StyleKey =
  | 'letterhead'
  | 'letterheadBold'
  | 'motto'
  | 'title'
  | 'subtitle'
  | 'header'
  | 'colNumber'
  | 'text'
  | 'textCenter'
  | 'date'
  | 'number'
  | 'percent'
  | 'integer'
  | 'computed'
  | 'id'
  | 'label'
  | 'note'
  | 'dateLabel'
  | 'swatchRed'
  | 'swatchOrange'
  | 'swatchGreen'
  | 'swatchGrey'
  | 'swatchSection'
  | 'swatchReview'
  | 'marker';

/** Section rows stand out; rows that left the plan are greyed; OCR-restored text is to review. */
export type Emphasis = 'section' | 'dropped' | 'review';

export interface CellStyle {
  font: { name: string; size: number; bold?: boolean; italic?: boolean; underline?: boolean; color?: string };
  /** RRGGBB solid fill. */
  fill?: string;
  border: boolean;
  align: { horizontal?: 'left' | 'center' | 'right'; vertical?: 'top' | 'center' | 'bottom'; wrap?: boolean };
  /** Excel number format code. '@' is text: Excel keeps what is typed there as typed. */
  numFmt: string;
}

export const DATE_FORMAT = 'dd/mm/yyyy';

const base = (size = 12): CellStyle['font'] => ({ name: FONT, size });
const cellText: CellStyle = {
  font: base(),
  border: true,
  align: { horizontal: 'left', vertical: 'top', wrap: true },
  numFmt: '@',
};
const swatch = (fill: string, color: string): CellStyle => ({
  font: { ...base(), color },
  fill,
  border: true,
  align: { horizontal: 'center', vertical: 'center' },
  numFmt: '@',
});

export const STYLES: Record<StyleKey, CellStyle> = {
  letterhead: { font: base(13), border: false, align: { horizontal: 'center' }, numFmt: '@' },
  letterheadBold: { font: { ...base(13), bold: true }, border: false, align: { horizontal: 'center' }, numFmt: '@' },
  motto: { font: { ...base(13), bold: true, underline: true }, border: false, align: { horizontal: 'center' }, numFmt: '@' },
  title: { font: { ...base(14), bold: true }, border: false, align: { horizontal: 'center', vertical: 'center', wrap: true }, numFmt: '@' },
  subtitle: { font: { ...base(13), italic: true }, border: false, align: { horizontal: 'center', wrap: true }, numFmt: '@' },
  header: {
    font: { ...base(), bold: true },
    fill: COLORS.headerFill,
    border: true,
    align: { horizontal: 'center', vertical: 'center', wrap: true },
    numFmt: '@',
  },
  colNumber: { font: { ...base(), italic: true }, border: true, align: { horizontal: 'center' }, numFmt: '@' },
  text: cellText,
  textCenter: { ...cellText, align: { horizontal: 'center', vertical: 'top', wrap: true } },
  date: { font: base(), border: true, align: { horizontal: 'center', vertical: 'top' }, numFmt: DATE_FORMAT },
  number: { font: base(), border: true, align: { horizontal: 'right', vertical: 'top' }, numFmt: 'General' },
  percent: { font: base(), border: true, align: { horizontal: 'right', vertical: 'top' }, numFmt: '0.0%' },
  integer: { font: base(), border: true, align: { horizontal: 'right', vertical: 'top' }, numFmt: '0' },
  computed: { font: base(), border: true, align: { horizontal: 'center', vertical: 'top', wrap: true }, numFmt: 'General' },
  id: { font: { ...base(10), color: COLORS.greyText }, border: true, align: { horizontal: 'left', vertical: 'top' }, numFmt: '@' },
  label: { font: { ...base(), bold: true, italic: true }, border: false, align: { horizontal: 'left' }, numFmt: '@' },
  note: { font: { ...base(), italic: true }, border: false, align: { horizontal: 'left', vertical: 'top' }, numFmt: '@' },
  dateLabel: { font: { ...base(), bold: true }, border: true, align: { horizontal: 'center' }, numFmt: DATE_FORMAT },
  swatchRed: swatch(COLORS.redFill, COLORS.redText),
  swatchOrange: swatch(COLORS.orangeFill, COLORS.orangeText),
  swatchGreen: swatch(COLORS.greenFill, COLORS.greenText),
  swatchGrey: swatch(COLORS.greyFill, COLORS.greyText),
  swatchSection: { ...swatch(COLORS.sectionFill, '000000'), font: { ...base(), bold: true } },
  swatchReview: swatch(COLORS.reviewFill, '000000'),
  marker: { font: { name: 'Calibri', size: 11 }, border: false, align: {}, numFmt: '@' },
};

/** The style a writer applies: the key's style with the row's emphasis on top. */
export function resolveStyle(key: StyleKey, emphasis?: Emphasis): CellStyle {
  const s = STYLES[key];
  if (emphasis === 'section') {
    return { ...s, font: { ...s.font, bold: true }, fill: COLORS.sectionFill };
  }
  if (emphasis === 'review') return { ...s, fill: COLORS.reviewFill };
  if (emphasis === 'dropped') {
    return { ...s, font: { ...s.font, italic: true, color: COLORS.greyText }, fill: COLORS.greyFill };
  }
  return s;
}
