import {
  cardLocator,
  expandCard,
  hoverMention,
  launch,
  openPage,
  openPopupFor,
} from "../e2e/harness";

const session = await launch({ extension: true });
const pages: Array<[string, string, string]> = [
  ["https://www.lemonde.fr/pixels/article/xai.html", "seed-xai-fr.html", "xAI"],
  ["https://www.lesechos.fr/mistral.html", "corpus/fr-mistral-levee.html", "Mistral AI"],
  ["https://www.theverge.com/openai-board.html", "corpus/en-openai-board.html", "OpenAI"],
];
for (const [i, [url, fixture, name]] of pages.entries()) {
  await session.serve(url, fixture);
  const page = await openPage(session, url);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: `/tmp/shots/${i}-page.png` });
  await hoverMention(page, name);
  await cardLocator(page).waitFor();
  await page.waitForTimeout(400);
  await page.screenshot({ path: `/tmp/shots/${i}-card.png` });
  await expandCard(page);
  await page.waitForTimeout(300);
  await page.screenshot({ path: `/tmp/shots/${i}-card-more.png` });
  const popup = await openPopupFor(session, page);
  await popup.setViewportSize({ width: 400, height: 800 });
  await popup.waitForTimeout(800);
  await popup.screenshot({ path: `/tmp/shots/${i}-popup.png`, fullPage: true });
  console.log(i, await popup.evaluate(() => document.documentElement.scrollHeight));
  await popup.close();
  await page.close();
}
await session.close();
