// Renders assets/icon.svg to the PNG sizes the manifests list, in the same Chromium the tests
// use. Run after changing the SVG: npx tsx src/cli/render-icons.ts
import { readFileSync } from "node:fs";
import { chromium } from "playwright-core";
import { CHROMIUM_PATH } from "../../test/e2e/chromium-path";

const SIZES = [16, 32, 48, 128];
const svg = readFileSync("assets/icon.svg", "utf8");
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ["--no-sandbox"] });
const page = await browser.newPage({ deviceScaleFactor: 1 });
for (const size of SIZES) {
  const sized = svg.replace('width="128" height="128"', `width="${size}" height="${size}"`);
  await page.setContent(`<body style="margin:0;background:transparent">${sized}</body>`);
  await page.locator("svg").screenshot({ path: `assets/icon-${size}.png`, omitBackground: true });
  console.log(`assets/icon-${size}.png`);
}
await browser.close();
