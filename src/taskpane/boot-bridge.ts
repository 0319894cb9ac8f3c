/**
 * The page taskpane.html shows before (or instead of) the app: "runs inside Excel" with install
 * steps, "office.js could not load", "this Office is too old". The inline boot script in
 * taskpane.html draws it from src/i18n/ui.ts's `boot` strings, even when this bundle cannot run
 * at all; the bundle tells it what happened through window.__planTrackerBoot.
 */
export type BootKind = 'waiting' | 'outside' | 'offline' | 'old' | 'failed';

export interface BootPage {
  show(kind: BootKind, detail?: string): void;
  /** The app is on screen: hide the boot page for good. */
  started(): void;
}

declare global {
  interface Window {
    __planTrackerBoot?: BootPage;
  }
}

/** The boot page, or a stand-in that does nothing when the page has none (unit tests). */
export function bootPage(): BootPage {
  return window.__planTrackerBoot ?? { show: () => undefined, started: () => undefined };
}
