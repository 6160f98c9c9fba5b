/**
 * A picture of an HTML report, as Debian's Chromium shows it (playwright-core, no downloaded browser):
 *
 *   npx tsx scripts/report-picture.ts report.html docs/images/report-derived-tasks.png [height]
 *
 * The README's picture is made this way from `directive-graph report derived-tasks --order 17/CT-UBND
 * --format html` on the seeds. The page is 1200 px wide; the picture is its top `height` px (default 1500).
 */
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';

const [input, output, height = '1500'] = process.argv.slice(2);
if (!input || !output) {
  process.stderr.write('usage: npx tsx scripts/report-picture.ts <report.html> <picture.png> [height]\n');
  process.exit(2);
}
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox'] });
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: Number(height) } });
  await page.goto(`file://${resolve(input)}`);
  await page.screenshot({ path: output, fullPage: false });
  process.stderr.write(`wrote ${output}\n`);
} finally {
  await browser.close();
}
