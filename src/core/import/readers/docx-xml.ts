import { SaxesParser } from 'saxes';

export type XmlAttrs = Record<string, string>;

export interface XmlHandlers {
  open(local: string, attrs: XmlAttrs): void;
  close(local: string): void;
  text(s: string): void;
}

/** An element's local name: "w:p" -> "p" (WordprocessingML keeps its prefix steady, but not always "w"). */
export function localName(name: string): string {
  const i = name.indexOf(':');
  return i < 0 ? name : name.slice(i + 1);
}

/** An attribute by local name: `w:val`, `val`. */
export function attr(attrs: XmlAttrs, local: string): string | undefined {
  for (const [k, v] of Object.entries(attrs)) if (localName(k) === local) return v;
  return undefined;
}

/** ECMA-376 on/off values: absent val means on; "0", "false", "off" mean off. */
export function isOn(attrs: XmlAttrs): boolean {
  const v = attr(attrs, 'val');
  return v === undefined || !/^(0|false|off)$/i.test(v);
}

/**
 * Streams one XML part through `on` (saxes: fast, no tree). Throws saxes' error, whose message
 * names the part, line and column, when the XML is malformed.
 */
export function walkXml(xml: string, part: string, on: XmlHandlers): void {
  const parser = new SaxesParser({ fileName: part });
  parser.on('opentag', (tag) => on.open(localName(tag.name), tag.attributes as XmlAttrs));
  parser.on('closetag', (tag) => on.close(localName(tag.name)));
  parser.on('text', (t) => on.text(t));
  parser.on('error', (e) => {
    throw e;
  });
  parser.write(xml).close();
}

/** XML part bytes to text: UTF-8 unless a UTF-16 byte order mark says otherwise. */
export function decodeXml(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}
