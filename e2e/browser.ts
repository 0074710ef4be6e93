/**
 * Debian's Chromium for the UI tests, driven by playwright-core — never a
 * downloaded browser. When Chromium is missing the tests FAIL with the line
 * that installs it (CI's .ci/run installs it the same way).
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = process.env.SILKLOOM_CHROMIUM ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

/** Launches Chromium with a fresh temporary profile (playwright makes one per launch and removes it on close). */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is not installed at ${CHROMIUM}; the UI tests need it. Install it with: apt-get update && apt-get install -y chromium fonts-noto-cjk (or set SILKLOOM_CHROMIUM to its path).`,
    );
  }
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}
