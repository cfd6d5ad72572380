import { describe, expect, it } from "vitest";
import {
  dateInUrlPath,
  isAmpCopy,
  tidyUrl,
  unwrapUrl,
  wikipediaArticleOfCopy,
} from "./canonical-url";

const href = (url: URL | undefined) => url?.href;

describe("unwrapUrl", () => {
  it.each([
    ["https://proxy.example/wiki/XAI?host=en.wikipedia.org", "https://en.wikipedia.org/wiki/XAI"],
    [
      "https://reader.example/reader/https://www.reuters.com/technology/xai-2024-05-27/",
      "https://www.reuters.com/technology/xai-2024-05-27/",
    ],
    ["https://proxy.example/https://techcrunch.com/a?b=1", "https://techcrunch.com/a?b=1"],
    [
      "https://proxy.example/https-en.wikipedia.org/wiki/XAI_(company)",
      "https://en.wikipedia.org/wiki/XAI_(company)",
    ],
  ])("finds the address %s wraps", (wrapped, original) => {
    expect(href(unwrapUrl(new URL(wrapped)))).toBe(original);
  });

  it("leaves an ordinary address alone", () => {
    expect(unwrapUrl(new URL("https://www.reuters.com/technology/xai/"))).toBeUndefined();
    expect(unwrapUrl(new URL("https://example.com/search?q=host"))).toBeUndefined();
  });
});

describe("wikipediaArticleOfCopy", () => {
  it("gives the article a copy shows, in the language asked", () => {
    expect(href(wikipediaArticleOfCopy(new URL("https://wikimili.com/en/XAI_(company)")))).toBe(
      "https://en.wikipedia.org/wiki/XAI_(company)",
    );
    expect(
      href(wikipediaArticleOfCopy(new URL("https://copy.example/wiki/Mistral_AI/"), "fr")),
    ).toBe("https://fr.wikipedia.org/wiki/Mistral_AI");
  });

  it("gives nothing when the last segment is a file, not a title", () => {
    expect(wikipediaArticleOfCopy(new URL("https://copy.example/index.html"))).toBeUndefined();
    expect(wikipediaArticleOfCopy(new URL("https://copy.example/"))).toBeUndefined();
  });
});

describe("tidyUrl", () => {
  it("drops tracking parameters and the fragment, keeping the others", () => {
    const url = "https://example.com/a?id=3&utm_source=x&utm_campaign=y&fbclid=z#top";
    expect(tidyUrl(new URL(url)).href).toBe("https://example.com/a?id=3");
    expect(tidyUrl(new URL("https://example.com/a?utm_medium=email")).href).toBe(
      "https://example.com/a",
    );
  });

  it("moves a mobile Wikipedia address to the desktop article", () => {
    expect(tidyUrl(new URL("https://en.m.wikipedia.org/wiki/XAI_(company)")).href).toBe(
      "https://en.wikipedia.org/wiki/XAI_(company)",
    );
  });
});

describe("dateInUrlPath", () => {
  it.each([
    ["https://techcrunch.com/2024/05/27/xai-raises/", "2024-05-27"],
    ["https://example.com/news/2024/05/xai", "2024-05"],
    ["https://example.com/2024/05/27", "2024-05-27"],
    ["https://example.com/2024/13/01/a", undefined],
    ["https://example.com/news/xai-2024", undefined],
  ])("reads %s as %s", (url, date) => {
    expect(dateInUrlPath(new URL(url))).toBe(date);
  });
});

describe("isAmpCopy", () => {
  it.each([
    "https://www.outlookbusiness.com/amp/story/magazine/business/story/being-first-1315",
    "https://www.livemint.com/technology/tech-news/google-in-talks/amp-11666529096130.html",
    "https://arabnews.com/node/1530011/amp",
    "https://www.cnbctv18.com/technology/twitter-journey-17321561.htm/amp",
    "https://www.freepressjournal.in/ampstories/photo-gallery/sundar-pichai",
    "https://wdctv.news/chief-steps-down/?amp=1",
    "https://example.com/a?outputType=amp",
    "https://amp.theguardian.com/technology/2024/may/27/xai",
    "https://edition.cnn.com/2024/05/27/tech/xai/index.amp.html",
  ])("reads %s as an AMP copy", (url) => {
    expect(isAmpCopy(new URL(url))).toBe(true);
  });

  it.each([
    "https://www.tweaktown.com/news/72487/nvidia-ampere-a100-specs/index.html",
    "https://www.livemint.com/technology/tech-news/google-in-talks-11666529096130.html",
    "https://example.com/amplify/news",
    "https://www.amd.com/en/products/amp-stories-guide",
  ])("reads %s as the article itself", (url) => {
    expect(isAmpCopy(new URL(url))).toBe(false);
  });
});
