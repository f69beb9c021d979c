import './print.css';

const DROPPED_ELEMENTS = 'script, iframe, frame, object, embed, link, meta, base, template';
const STYLE_DATA = 'data-print-style';

/**
 * Builds the print copy of a self-contained HTML report inside this document, without
 * an iframe or a new window (both would inherit the strict CSP and refuse the report's
 * inline styles). The report's <style> rules become a constructed stylesheet and its
 * style attributes become CSSOM styles, which the CSP allows; scripts and handlers are dropped.
 */
function importReport(doc: Document, html: string): { root: HTMLElement; css: string } {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  parsed.querySelectorAll(DROPPED_ELEMENTS).forEach((element) => element.remove());
  const styles = Array.from(parsed.querySelectorAll('style'));
  const css = styles.map((style) => style.textContent ?? '').join('\n');
  styles.forEach((style) => style.remove());
  for (const element of Array.from(parsed.body.querySelectorAll('*'))) {
    for (const attribute of Array.from(element.attributes)) {
      if (attribute.name.startsWith('on')) element.removeAttribute(attribute.name);
    }
    const inline = element.getAttribute('style');
    if (inline !== null) {
      element.setAttribute(STYLE_DATA, inline);
      element.removeAttribute('style');
    }
  }
  const root = doc.createElement('div');
  root.className = 'print-document';
  root.append(...Array.from(parsed.body.childNodes, (node) => doc.importNode(node, true)));
  root.querySelectorAll<HTMLElement>(`[${STYLE_DATA}]`).forEach((element) => {
    element.style.cssText = element.getAttribute(STYLE_DATA) ?? '';
    element.removeAttribute(STYLE_DATA);
  });
  return { root, css };
}

function adoptPrintStyles(doc: Document, css: string): () => void {
  const view = doc.defaultView;
  if (!css.trim() || !view || !('adoptedStyleSheets' in doc)) return () => {};
  const sheet = new view.CSSStyleSheet();
  sheet.replaceSync(`@media print {\n${css}\n}`);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  return () => {
    doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
  };
}

/**
 * Prints `html` through the browser's print dialog, where the user can save it as PDF.
 * The document title becomes the suggested file name while the dialog is open.
 */
export function printHtml(win: Window, html: string, suggestedName: string): void {
  const doc = win.document;
  const { root, css } = importReport(doc, html);
  const removeStyles = adoptPrintStyles(doc, css);
  const title = doc.title;
  doc.title = suggestedName.replace(/\.pdf$/i, '');
  doc.body.classList.add('printing-document');
  doc.body.append(root);
  try {
    win.print();
  } finally {
    root.remove();
    doc.body.classList.remove('printing-document');
    doc.title = title;
    removeStyles();
  }
}
