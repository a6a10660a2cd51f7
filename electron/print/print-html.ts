import { cssPageSize, type Orientation, type PaperSize } from '../../shared/print/paper';

/** Escapes text for HTML element content or a double-quoted attribute. */
function htmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * A standalone HTML document with one printed sheet per page (each SVG as an image, so nothing in
 * it can run), whose `@page` size makes Chromium print exactly those sheets.
 */
export function printHtml(svgPages: readonly string[], paper: PaperSize, orientation: Orientation, title: string): string {
  const images = svgPages
    .map((svg) => `<img class="sheet" alt="" src="data:image/svg+xml;base64,${Buffer.from(svg, 'utf8').toString('base64')}">`)
    .join('\n');
  return `<!doctype html>
<html lang="nl"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">
<title>${htmlText(title)}</title>
<style>
@page { size: ${cssPageSize(paper, orientation)}; margin: 0; }
html, body { margin: 0; padding: 0; }
.sheet { display: block; width: 100vw; height: 100vh; break-after: page; }
.sheet:last-child { break-after: auto; }
</style></head>
<body>
${images}
</body></html>
`;
}
