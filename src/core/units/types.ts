/**
 * The units directory: data the user edits (agency names change with reorganisations, such as
 * the 2025 one that removed the district level), never constants in code.
 */

/** agency: an office or body; leader: a person's post; group: a collective ("Thủ trưởng cơ quan, đơn vị"). */
export type UnitKind = 'agency' | 'leader' | 'group';

export const UNIT_KINDS: readonly UnitKind[] = ['agency', 'leader', 'group'];

export interface UnitEntry {
  /** The canonical name shown in summaries. */
  name: string;
  /** Other ways the unit is written: older names, abbreviations, a head's title. */
  aliases: string[];
  kind?: UnitKind;
}

export interface UnitDirectory {
  units: UnitEntry[];
  /**
   * Extra abbreviations, folded text to its expansion ("vhxh": "van hoa xa hoi"), on top of the
   * built-in ones. Optional; keys may hold several words ("tc kh").
   */
  abbreviations?: Record<string, string>;
}

export interface ResolvedUnit {
  /** The phrase as written (whitespace cleaned). */
  written: string;
  /** The directory's name when known; else the written phrase without bullets and role clauses. */
  canonical: string;
  known: boolean;
  kind?: UnitKind;
  /** True when only an OCR-tolerant comparison (one letter off in a word) found the unit. */
  fuzzy?: boolean;
}
