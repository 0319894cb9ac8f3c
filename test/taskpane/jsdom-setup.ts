/**
 * What jsdom lacks and the core needs in the page (TextEncoder/TextDecoder, structuredClone).
 * Imported first by the UI tests, which run under `@jest-environment jsdom`.
 */
import { TextDecoder, TextEncoder } from 'util';
import { deserialize, serialize } from 'v8';

const g = globalThis as unknown as Record<string, unknown>;
if (!g.TextEncoder) g.TextEncoder = TextEncoder;
if (!g.TextDecoder) g.TextDecoder = TextDecoder;
if (!g.structuredClone) g.structuredClone = <T>(value: T): T => deserialize(serialize(value)) as T;

/** Fluent's MessageBar measures itself with ResizeObserver, which every Office webview has and jsdom lacks. */
if (!g.ResizeObserver) {
  g.ResizeObserver = class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
}
