import { cardLocator, hoverMention, launch, openOptions, openPage } from "../e2e/harness";

const session = await launch({ extension: true });
const url = "https://www.lemonde.fr/pixels/article/xai.html";
await session.serve(url, "seed-xai-fr.html");
const page = await openPage(session, url);
await page.setViewportSize({ width: 1280, height: 700 });
await hoverMention(page, "Sequoia Capital");
await cardLocator(page).waitFor();
await cardLocator(page)
  .getByRole("button", { name: /Mauvaise entité/ })
  .click();
await page.waitForTimeout(300);
await page.screenshot({ path: `/tmp/shots/chooser.png` });
const options = await openOptions(session);
await options.setViewportSize({ width: 1000, height: 900 });
await page.bringToFront();
await hoverMention(page, "Grok");
await cardLocator(page).waitFor();
await cardLocator(page)
  .getByRole("button", { name: /Masquer ici/ })
  .click();
await page.waitForTimeout(300);
await page.screenshot({ path: `/tmp/shots/toast.png` });
await options.bringToFront();
await options.reload();
await options.locator("h1").waitFor();
await options.waitForTimeout(500);
await options.screenshot({ path: `/tmp/shots/options.png`, fullPage: true });
await session.close();
