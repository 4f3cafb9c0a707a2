import { Console } from 'node:console';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../../src/shared/print/pdf.js';

/** Debian's chromium (`apt-get install -y chromium`), or the one CHROMIUM_PATH names. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM_PATH);

/** Says plainly, once, that a browser suite did not run, straight to stdout as the KurrentDB contract suite does. */
export function sayBrowserSkipped(suite: string): void {
  new Console({ stdout: process.stdout, stderr: process.stderr }).log(
    `${suite} SKIPPED: no chromium at ${CHROMIUM_PATH} (apt-get install -y chromium, or set CHROMIUM_PATH)`,
  );
}

export type Browser = Readonly<{ context: BrowserContext; close: () => Promise<void> }>;

/** A headless chromium with a fresh profile of its own, removed at the close. */
export async function launchBrowser(): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'charter-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    acceptDownloads: true,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1280, height: 900 },
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * The text layer of a PDF, by poppler's pdftotext (apt-get install -y poppler-utils); the PDF is kept under
 * test/artifacts/ for a person to look at.
 */
export function pdfText(pdf: Buffer, name: string): string {
  const artifacts = new URL('../artifacts/', import.meta.url).pathname;
  mkdirSync(artifacts, { recursive: true });
  const path = `${artifacts}${name}.pdf`;
  writeFileSync(path, pdf);
  return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
}
