/**
 * Queued commands and their syncs. Office.js sends everything queued since the last
 * `context.sync()` as ONE request, and Excel on the web refuses a request (or a response) over
 * 5 MB. So the writer queues a whole phase and syncs once, unless the estimated size of what is
 * queued would pass REQUEST_BUDGET: then it syncs first. The number of syncs is therefore
 * constant for every layout whose phases each stay under the budget, and grows by one per
 * REQUEST_BUDGET of data beyond (it follows the size of the data, never the count of tasks).
 */

/** Excel on the web's limit for one request or response. */
export const REQUEST_LIMIT = 5 * 1024 * 1024;
/** What one request may hold by our estimate: a margin under the limit for what the estimate misses. */
export const REQUEST_BUDGET = 4 * 1024 * 1024;
/**
 * Per queued command: the action and the object path Office.js serialises around the arguments
 * (ids, types, names, the parent path): about 150-250 bytes; we count more.
 */
export const COMMAND_OVERHEAD = 300;

/** UTF-8 byte length of a string (Vietnamese letters take 2-3 bytes). */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** Estimated request bytes of a command carrying these arguments. */
export function commandBytes(...args: unknown[]): number {
  return COMMAND_OVERHEAD + utf8Length(JSON.stringify(args));
}

/** A sync that failed, with the phase it ended (kept in the failure's `where`). */
export class PhaseError extends Error {
  constructor(
    readonly phase: string,
    readonly original: unknown,
  ) {
    super(original instanceof Error ? original.message : String(original));
    this.name = 'PhaseError';
  }
}

export interface Syncable {
  sync(): Promise<unknown>;
}

export class Batch {
  private pending = 0;
  private queued = 0;
  private phaseName = '';
  /** Syncs made through this batch. */
  syncs = 0;
  /** Largest estimated request sent, in bytes. */
  largest = 0;

  constructor(
    private readonly context: Syncable,
    private readonly budget = REQUEST_BUDGET,
  ) {}

  get phase(): string {
    return this.phaseName;
  }

  begin(phase: string): void {
    this.phaseName = phase;
  }

  /**
   * Queues a command of about `bytes`: when it would take what is queued past the budget, what
   * is queued is sent first. A single command over the budget is the caller's bug: values are
   * split into row slices well under it (values.ts).
   */
  async add(bytes: number, queue: () => void): Promise<void> {
    if (this.queued > 0 && this.pending + bytes > this.budget) await this.sync();
    queue();
    this.pending += bytes;
    this.queued++;
  }

  /** Sends what is queued, if anything: the end of a phase. */
  async flush(): Promise<void> {
    if (this.queued > 0) await this.sync();
  }

  /** Sends now even when nothing was counted (after loads, whose results the caller needs). */
  async sync(): Promise<void> {
    try {
      await this.context.sync();
    } catch (e) {
      throw new PhaseError(this.phaseName, e);
    }
    this.largest = Math.max(this.largest, this.pending);
    this.pending = 0;
    this.queued = 0;
    this.syncs++;
  }
}
