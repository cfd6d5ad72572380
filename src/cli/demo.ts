// `npm run demo`: the extension built and at work on the seed article, in Debian's Chromium.
// Opens the article with the extension loaded (headless when there is no display), hovers a
// name, saves a screenshot to demo/seed-article.png and prints every name found with its card.
import { mkdirSync } from "node:fs";
import {
  cardLocator,
  highlightedTexts,
  hoverMention,
  launch,
  openPage,
  SEED_URL,
} from "../../test/e2e/harness";

const SCREENSHOT = "demo/seed-article.png";
const SHOWCASE = "xAI";

const session = await launch({ headless: !process.env.DISPLAY });
try {
  await session.serve(SEED_URL, "seed-xai-fr.html");
  const page = await openPage(session, SEED_URL);
  const texts = await highlightedTexts(page);
  const firstMentions = [...new Set(texts)];
  console.log(
    `Backstory found ${texts.length} mentions of ${firstMentions.length} names on ${SEED_URL}\n`,
  );

  for (const text of firstMentions) {
    const card = await openCard(text);
    console.log(`• ${text}${card.name !== text ? ` → ${card.name}` : ""} (${card.type})`);
    console.log(`  ${card.summary}\n`);
    await page.keyboard.press("Escape");
  }

  await openCard(SHOWCASE);
  mkdirSync("demo", { recursive: true });
  await page.screenshot({ path: SCREENSHOT });
  console.log(`Screenshot of the ${SHOWCASE} card: ${SCREENSHOT}`);

  async function openCard(text: string) {
    await hoverMention(page, text);
    const card = cardLocator(page);
    await card.locator(".summary:not(.loading)").waitFor({ timeout: 10_000 });
    return {
      name: (await card.locator(".name").textContent()) ?? "",
      type: (await card.locator(".type").textContent()) ?? "",
      summary: (await card.locator(".summary").textContent()) ?? "",
    };
  }
} finally {
  await session.close();
}
