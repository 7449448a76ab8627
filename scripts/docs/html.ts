// Small helpers for the HTML that the generated docs pages embed.

/** Escapes text for HTML content and attribute values. */
export function esc(text: string | number): string {
  return String(text)
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;");
}

/** Escapes text for a Markdown table cell or inline text. */
export function md(text: string): string {
  return text.replaceAll("|", "\\|").replaceAll("\n", " ").replaceAll("<", "&lt;");
}

/** JSON for a `<script type="application/ld+json">` block: `<` is escaped so it cannot end the script. */
export function jsonLdScript(value: unknown): string {
  const json = JSON.stringify(value, null, 2).replaceAll("<", "\\u003c");
  return `<script type="application/ld+json">\n${json}\n</script>`;
}

/** "$50,250" from 50250; "−4.9%" style signs are left to formatFigure. */
export function usd(n: number): string {
  return `$${Math.round(n).toLocaleString("en-US")}`;
}

/** A fixed-precision number for SVG coordinates. */
export function px(n: number): string {
  return String(Math.round(n * 10) / 10);
}
