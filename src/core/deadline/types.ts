/** What the caller knows about the plan when reading one deadline phrase. */
export interface DeadlineContext {
  /** The plan's year (--year or inferred); null when unknown. */
  year: number | null;
  /** The plan's year was itself inferred from the document; carried for the caller's messages. */
  yearImplied?: boolean;
  /** "Trước ngày d/m/y": 'inclusive' (default) = by that day; 'exclusive' = the day before. */
  beforeDay?: 'inclusive' | 'exclusive';
  /** The plan's own date (ISO): deadlines before it get 'deadline-before-plan'. */
  planDate?: string;
  /** Task id for the warnings. */
  taskId?: string;
}

/** A day of a year whose year is not known yet; `day: 'end'` is the month's last day. */
export interface MonthDay {
  month: number;
  day: number | 'end';
}

/** One date or period a phrase names (chrono's "component"), before a year is given to it. */
export interface Mention {
  /** Offset in the folded part: orders mentions and finds "trước" in front. */
  index: number;
  /** Names a day ("31/12/2025"), not a period ("Quý I"). */
  exact: boolean;
  /** The year the phrase states for it; null = to be implied. */
  year: number | null;
  from: MonthDay;
  to: MonthDay;
  /** The year was written with two digits ("15/10/24"). */
  twoDigitYear?: boolean;
  /** Introduced by "trước" (before). */
  before?: boolean;
}
