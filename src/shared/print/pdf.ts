import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { escapeHtml } from '../http/escape-html.js';

/** Debian's chromium by default; PDF_CHROMIUM_PATH names another. Without one, a PDF answers 503. */
export const PDF_CHROMIUM_PATH = process.env.PDF_CHROMIUM_PATH ?? '/usr/bin/chromium';

/** No headless Chromium on this server: the printable HTML still works, the PDF does not. */
export class PdfUnavailable extends Error {}

/** How the app and the browser tests start Chromium: headless, without a sandbox or anything that calls home. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

// One rendering at a time: a browser per document, and a 2-core server is not a print farm.
let queue: Promise<unknown> = Promise.resolve();

/**
 * Prints an HTML document to A4 PDF in headless Chromium (playwright-core, loaded only when a PDF is asked for),
 * with `footer` lines (the audit head hashes) and page numbers at the foot of every page. The page loads nothing
 * from the network: the document is self-contained.
 */
export function renderPdf(html: string, footer: readonly string[]): Promise<Buffer> {
  const run = queue.then(() => print(html, footer));
  queue = run.catch(() => undefined);
  return run;
}

async function print(html: string, footer: readonly string[]): Promise<Buffer> {
  if (!existsSync(PDF_CHROMIUM_PATH)) throw new PdfUnavailable(`no chromium at ${PDF_CHROMIUM_PATH}`);
  const { chromium } = await import('playwright-core');
  const profile = mkdtempSync(join(tmpdir(), 'charter-pdf-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: PDF_CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    offline: true,
  });
  try {
    const page = await context.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    const lines = footer.map((l) => `<div>${escapeHtml(l)}</div>`).join('');
    return await page.pdf({
      format: 'A4',
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: `<div style="font-size:6.5px;width:100%;margin:0 1.2cm;font-family:monospace;color:#333">${lines}<div style="text-align:center">— <span class="pageNumber"></span> / <span class="totalPages"></span> —</div></div>`,
      margin: { top: '1.5cm', bottom: '2.4cm', left: '1.5cm', right: '1.5cm' },
    });
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
