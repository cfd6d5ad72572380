// Accessibility in Chromium: axe-core finds nothing in the card (inside its shadow root), the
// popup and the options page, in light and dark themes; the card and the popup work with the
// keyboard alone, and every stop shows a focus ring that contrasts with what is behind it.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contrast } from "../contrast";
import {
  axeViolations,
  cardLocator,
  EXTENSION_DIR,
  launch,
  openOptions,
  openPage,
  openPopupFor,
  runCommand,
  SEED_URL,
  type Session,
  waitForHighlightCount,
} from "./harness";

const DARK_URL = "https://www.wired.com/story/inside-xai-6-billion-raise/";

interface FocusStop {
  /** "button: Close", "a: source"… */
  name: string;
  inCard: boolean;
  /** Its place among the card's links and buttons, or -1 outside the card. */
  cardIndex: number;
  ring: { style: string; width: number; colour: string } | null;
  /** The colour painted behind the focused control. */
  background: string;
}

/** The focused element, through shadow roots, and the focus ring it shows. */
function focusStop(page: Page): Promise<FocusStop | null> {
  return page.evaluate(() => {
    let element = document.activeElement;
    let inCard = false;
    let cardIndex = -1;
    while (element?.shadowRoot?.activeElement) {
      if (element.hasAttribute("data-backstory-host")) {
        inCard = true;
        const controls = [...element.shadowRoot.querySelectorAll("a[href], button")];
        cardIndex = controls.indexOf(element.shadowRoot.activeElement);
      }
      element = element.shadowRoot.activeElement;
    }
    if (!element || element === document.body) return null;
    const style = getComputedStyle(element);
    const width = Number.parseFloat(style.outlineWidth);
    const ring =
      style.outlineStyle !== "none" && width > 0
        ? { style: style.outlineStyle, width, colour: style.outlineColor }
        : null;
    let background = "rgb(255, 255, 255)";
    for (let node: Element | null = element; node; ) {
      const paint = getComputedStyle(node).backgroundColor;
      if (!/rgba\(.*,\s*0\)$|transparent/.test(paint)) {
        background = paint;
        break;
      }
      node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
    }
    const labelled = (element as HTMLInputElement).labels?.[0]?.textContent;
    const label = (
      element.getAttribute("aria-label") ??
      labelled ??
      element.textContent ??
      ""
    ).trim();
    return {
      name: `${element.tagName.toLowerCase()}: ${label.slice(0, 40)}`,
      inCard,
      cardIndex,
      ring,
      background,
    };
  });
}

/** A focus ring WCAG 2.4.7 and 1.4.11 accept: drawn, at least 2px, 3:1 against its background. */
function expectVisibleFocus(stop: FocusStop | null): void {
  expect(stop, "something has focus").not.toBeNull();
  const { ring, background, name } = stop as FocusStop;
  expect(ring, `${name} shows a focus ring`).not.toBeNull();
  expect(ring?.width ?? 0, `${name}'s focus ring width`).toBeGreaterThanOrEqual(2);
  expect(
    contrast(ring?.colour ?? background, background),
    `${name}'s focus ring contrast`,
  ).toBeGreaterThanOrEqual(3);
}

async function openCardByKeyboard(session: Session, page: Page): Promise<void> {
  // The card a test before opened is closed first: otherwise the wait below could be met by
  // that card, and the next one, with other controls, would take its place mid-test.
  await page.keyboard.press("Escape");
  await expect.poll(() => cardLocator(page).count()).toBe(0);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await runCommand(session, page, "next-mention");
  await cardLocator(page).locator(".summary:not(.loading)").waitFor();
}

describe.each([
  { theme: "light", url: SEED_URL, fixture: "seed-xai-fr.html" },
  { theme: "dark", url: DARK_URL, fixture: "dark-article.html" },
])("the card on a $theme page", ({ theme, url, fixture }) => {
  let session: Session;
  let page: Page;
  beforeAll(async () => {
    session = await launch();
    await session.serve(url, fixture);
    page = await openPage(session, url);
  });
  afterAll(() => session?.close());

  it(`takes the page's ${theme} theme`, async () => {
    await openCardByKeyboard(session, page);
    const hostTheme = await page.evaluate(
      () => document.querySelector<HTMLElement>("[data-backstory-host]")?.dataset.theme,
    );
    expect(hostTheme).toBe(theme);
  });

  it("has no accessibility violations", async () => {
    await openCardByKeyboard(session, page);
    expect(await axeViolations(page, ["[data-backstory-host]"])).toEqual([]);
  });

  it("its text meets WCAG AA contrast (measured here: axe cannot see behind the top layer)", async () => {
    await openCardByKeyboard(session, page);
    const texts = await page.evaluate(() => {
      const shadow = document.querySelector("[data-backstory-host]")?.shadowRoot;
      const found: Array<{ text: string; colour: string; background: string; large: boolean }> = [];
      for (const element of shadow?.querySelectorAll(".card, .card *") ?? []) {
        const own = [...element.childNodes]
          .filter((node) => node.nodeType === Node.TEXT_NODE)
          .map((node) => node.textContent ?? "")
          .join("")
          .trim();
        if (!own) continue;
        const style = getComputedStyle(element);
        let background = "";
        for (let node: Element | null = element; node && !background; node = node.parentElement) {
          const paint = getComputedStyle(node).backgroundColor;
          if (!/rgba\(.*,\s*0\)$|transparent/.test(paint)) background = paint;
        }
        const size = Number.parseFloat(style.fontSize);
        const bold = Number.parseInt(style.fontWeight, 10) >= 700;
        found.push({
          text: own.slice(0, 30),
          colour: style.color,
          background,
          large: size >= 24 || (bold && size >= 18.66),
        });
      }
      return found;
    });
    expect(texts.length).toBeGreaterThan(5);
    const faint = texts
      .map((text) => ({ ...text, ratio: contrast(text.colour, text.background) }))
      .filter(({ ratio, large }) => ratio < (large ? 3 : 4.5));
    expect(faint).toEqual([]);
  });

  it("is worked with the keyboard alone: every link and button is a Tab stop with a visible focus ring", async () => {
    await openCardByKeyboard(session, page);
    const controls = await cardLocator(page).locator("a[href], button").count();
    expect(controls).toBeGreaterThan(3);
    const reached: number[] = [];
    for (let index = 0; index < controls; index++) {
      await page.keyboard.press("Tab");
      const stop = await focusStop(page);
      expect(stop?.inCard, `Tab stop ${index + 1} is in the card`).toBe(true);
      expectVisibleFocus(stop);
      reached.push(stop?.cardIndex ?? -1);
    }
    // Each control once, in the order they are read.
    expect(reached).toEqual([...Array(controls).keys()]);
  });

  it("closes from its close button with Enter, and gives focus back", async () => {
    await openCardByKeyboard(session, page);
    for (let step = 0; step < 10; step++) {
      await page.keyboard.press("Tab");
      if ((await focusStop(page))?.name.startsWith("button: Close")) break;
      if ((await focusStop(page))?.name.startsWith("button: Fermer")) break;
    }
    await page.keyboard.press("Enter");
    await expect.poll(() => cardLocator(page).count()).toBe(0);
  });
});

describe("the popup and the options page, from the keyboard and in both themes", () => {
  let session: Session;
  let page: Page;
  beforeAll(async () => {
    session = await launch();
    await session.serve(SEED_URL, "seed-xai-fr.html");
    page = await openPage(session, SEED_URL);
  });
  afterAll(() => session?.close());

  for (const colorScheme of ["light", "dark"] as const) {
    it(`the popup has no accessibility violations in the ${colorScheme} theme`, async () => {
      const popup = await openPopupFor(session, page);
      await popup.emulateMedia({ colorScheme });
      await popup.locator(".entity-group").first().waitFor();
      expect(await axeViolations(popup)).toEqual([]);
      await popup.close();
    });

    it(`the options page has no accessibility violations in the ${colorScheme} theme`, async () => {
      const options = await openOptions(session);
      await options.emulateMedia({ colorScheme });
      expect(await axeViolations(options)).toEqual([]);
      await options.close();
    });
  }

  it("every control of the popup is a Tab stop with a visible focus ring, in both themes", async () => {
    for (const colorScheme of ["light", "dark"] as const) {
      const popup = await openPopupFor(session, page);
      await popup.emulateMedia({ colorScheme });
      await popup.locator(".entity-group").first().waitFor();
      const controls = await popup
        .locator("button:not([disabled]), input:not([disabled]), a[href], select, summary")
        .evaluateAll(
          (elements) =>
            elements.filter(
              (element) =>
                ((element as HTMLInputElement).type !== "radio" ||
                  (element as HTMLInputElement).checked) &&
                // A collapsed section's controls are out of the Tab order until it opens.
                (element.tagName === "SUMMARY" || !element.closest("details:not([open])")),
            ).length,
        );
      const names = new Set<string>();
      for (let index = 0; index < controls; index++) {
        await popup.keyboard.press("Tab");
        const stop = await focusStop(popup);
        expectVisibleFocus(stop);
        names.add(stop?.name ?? "");
      }
      expect([...names], "each control is reached once").toHaveLength(controls);
      await popup.close();
    }
  });

  it("the popup's highlight control and names work from the keyboard", async () => {
    const popup = await openPopupFor(session, page);
    await popup.locator(".entity-group").first().waitFor();
    const pageOff = popup.getByRole("radio", { name: "Off on this page" });
    await tabTo(popup, (name) => name === "input: On");
    await popup.keyboard.press("ArrowDown");
    await expect.poll(() => pageOff.isChecked()).toBe(true);
    await waitForHighlightCount(page, 0);
    await popup.keyboard.press("ArrowUp");
    await expect
      .poll(() => popup.getByRole("radio", { name: "On", exact: true }).isChecked())
      .toBe(true);

    await tabTo(popup, (name) => name.includes("Sequoia Capital"));
    await popup.keyboard.press("Enter");
    await expect
      .poll(() => cardLocator(page).locator(".name").textContent())
      .toBe("Sequoia Capital");
    await popup.close();
  });
});

/** Presses Tab until the focused control's name matches (at most 60 times). */
async function tabTo(page: Page, matches: (name: string) => boolean): Promise<void> {
  for (let step = 0; step < 60; step++) {
    await page.keyboard.press("Tab");
    const stop = await focusStop(page);
    if (stop && matches(stop.name)) return;
  }
  throw new Error("no control matched from the keyboard");
}

describe("highlight underlines meet WCAG 1.4.11 non-text contrast", () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch();
    await session.serve(SEED_URL, "seed-xai-fr.html");
    await session.serve(DARK_URL, "dark-article.html");
  });
  afterAll(() => session?.close());

  it.each([
    { theme: "light", url: SEED_URL },
    { theme: "dark", url: DARK_URL },
  ])("every type's underline contrasts 3:1 with a $theme page", async ({ url }) => {
    const page = await openPage(session, url);
    // The rules ship as the content script's CSS (not visible to the page); read them from the
    // build and keep every type's underline in the palette the page got (its registered
    // highlights' names say which: only the types the page names are registered).
    const css = readFileSync(resolve(EXTENSION_DIR, "src/styles/highlights.css"), "utf8");
    const { underlines, background } = await page.evaluate((shipped) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(shipped);
      const registered = [...CSS.highlights.keys()].filter((name) => name.startsWith("backstory-"));
      const dark = registered.length > 0 && registered.every((name) => name.endsWith("-dark"));
      const found: Record<string, string> = {};
      for (const rule of sheet.cssRules) {
        const match = /::highlight\((backstory-[\w-]+)\)/.exec((rule as CSSStyleRule).selectorText);
        const colour = (rule as CSSStyleRule).style?.getPropertyValue("text-decoration-color");
        const name = match?.[1];
        const underlined = name && /^backstory-[a-z]+(-dark)?$/.exec(name);
        if (underlined && Boolean(underlined[1]) === dark && !name.includes("active") && colour)
          found[name] = colour;
      }
      const paint = getComputedStyle(document.body).backgroundColor;
      return {
        underlines: found,
        background: /rgba\(.*,\s*0\)$/.test(paint) ? "rgb(255, 255, 255)" : paint,
      };
    }, css);
    expect(Object.keys(underlines)).toHaveLength(6);
    const ratios = Object.fromEntries(
      Object.entries(underlines).map(([type, colour]) => [
        type,
        Math.round(contrast(colour, background) * 100) / 100,
      ]),
    );
    const tooFaint = Object.entries(ratios).filter(([, ratio]) => ratio < 3);
    expect(tooFaint, `contrast against ${background}: ${JSON.stringify(ratios)}`).toEqual([]);
    await page.close();
  });
});
