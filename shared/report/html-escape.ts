/** Text and attribute values made safe for HTML and SVG: user text never becomes markup. */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ENTITIES[character]!);
}

const HEX_COLOUR = /^#[0-9a-fA-F]{6}$/;

/** A colour for a style or fill attribute: a `#rrggbb` value, or the fallback. */
export function safeColour(colour: string, fallback: string): string {
  return HEX_COLOUR.test(colour) ? colour : fallback;
}
