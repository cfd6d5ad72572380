// @vitest-environment happy-dom
// The page-date finder on page headers shaped like real news pages, English and French: what
// each carries (meta only, JSON-LD only, URL only, a visible dateline only), conflicts, none.
import { describe, expect, it } from "vitest";
import { findPublicationDate } from "../core/page-date";
import { collectDateCandidates } from "./page-date-candidates";

const TODAY = "2026-12-05";

function dateOf(
  head: string,
  body: string,
  url = "https://news.example/article",
  lang: "en" | "fr" = "en",
) {
  const doc = new DOMParser().parseFromString(
    `<!doctype html><html lang="${lang}"><head>${head}</head><body>${body}</body></html>`,
    "text/html",
  );
  return findPublicationDate(collectDateCandidates(doc, url), TODAY, lang);
}

const jsonLd = (value: unknown) =>
  `<script type="application/ld+json">${JSON.stringify(value)}</script>`;

describe("meta tags", () => {
  it("reads article:published_time in the publisher's own offset", () => {
    expect(
      dateOf('<meta property="article:published_time" content="2024-05-27T23:40:00-07:00">', ""),
    ).toEqual({ date: "2024-05-27", source: "meta" });
  });

  it("ignores article:modified_time", () => {
    expect(
      dateOf(
        '<meta property="article:modified_time" content="2025-01-02T10:00:00Z"><meta property="article:published_time" content="2024-05-27T09:12:00+02:00">',
        "",
      ),
    ).toEqual({ date: "2024-05-27", source: "meta" });
    expect(
      dateOf('<meta property="article:modified_time" content="2025-01-02T10:00:00Z">', ""),
    ).toBeNull();
  });

  it("reads parsely-pub-date, sailthru.date, DC.date.issued and pubdate", () => {
    expect(dateOf('<meta name="parsely-pub-date" content="2024-05-27T14:02:00Z">', "")?.date).toBe(
      "2024-05-27",
    );
    expect(dateOf('<meta name="sailthru.date" content="2024-05-27 14:02:00">', "")?.date).toBe(
      "2024-05-27",
    );
    expect(dateOf('<meta name="DC.date.issued" content="2024-05-27">', "")?.date).toBe(
      "2024-05-27",
    );
    expect(dateOf('<meta name="pubdate" content="20240527">', "")?.date).toBe("2024-05-27");
  });

  it("reads a French site's og:published_time", () => {
    expect(
      dateOf(
        '<meta property="og:published_time" content="2024-05-27T09:12:00+02:00">',
        "",
        undefined,
        "fr",
      ),
    ).toEqual({ date: "2024-05-27", source: "meta" });
  });
});

describe("JSON-LD", () => {
  it("reads datePublished of a NewsArticle", () => {
    const head = jsonLd({
      "@type": "NewsArticle",
      datePublished: "2024-05-27T09:12:00+02:00",
      dateModified: "2024-06-01",
    });
    expect(dateOf(head, "")).toEqual({ date: "2024-05-27", source: "json-ld" });
  });

  it("finds datePublished inside @graph", () => {
    const head = jsonLd({
      "@context": "https://schema.org",
      "@graph": [
        { "@type": "WebSite", name: "Presse-citron" },
        { "@type": "NewsArticle", datePublished: "2024-05-27T09:12:00+02:00" },
      ],
    });
    expect(dateOf(head, "", undefined, "fr")).toEqual({ date: "2024-05-27", source: "json-ld" });
  });

  it("finds datePublished in an array of objects", () => {
    const head = jsonLd([
      { "@type": "BreadcrumbList" },
      { "@type": "Article", datePublished: "2023-11-04" },
    ]);
    expect(dateOf(head, "")?.date).toBe("2023-11-04");
  });

  it("does not take dateModified for a publication date", () => {
    expect(
      dateOf(jsonLd({ "@type": "NewsArticle", dateModified: "2024-06-01T10:00:00Z" }), ""),
    ).toBeNull();
  });

  it("survives broken JSON-LD and falls back to what else the page says", () => {
    const head =
      '<script type="application/ld+json">{"@type": "NewsArticle", datePublished: </script>';
    expect(
      dateOf(head, "", "https://www.lemonde.fr/economie/article/2024/05/27/xai.html", "fr"),
    ).toEqual({
      date: "2024-05-27",
      source: "url",
    });
  });
});

describe("<time> and itemprop", () => {
  it("reads <time datetime> in the article header", () => {
    const body =
      '<article><header><h1>xAI raises $6bn</h1><time datetime="2024-05-27T10:12:00Z">May 27</time></header></article>';
    expect(dateOf("", body)).toEqual({ date: "2024-05-27", source: "time" });
  });

  it("skips a <time> marked as the update", () => {
    const body =
      '<article><header><time class="date-modified" datetime="2024-06-03">June 3</time><time class="date-published" datetime="2024-05-27">May 27</time></header></article>';
    expect(dateOf("", body)?.date).toBe("2024-05-27");
  });

  it("reads itemprop=datePublished from content, datetime or text", () => {
    expect(
      dateOf(
        "",
        '<span itemprop="datePublished" content="2024-05-27">27 mai</span>',
        undefined,
        "fr",
      )?.date,
    ).toBe("2024-05-27");
    expect(
      dateOf("", '<div><time itemprop="datePublished" datetime="2024-05-27T08:00">x</time></div>')
        ?.source,
    ).toBe("itemprop");
    expect(dateOf("", '<div itemprop="datePublished">27 May 2024</div>')).toEqual({
      date: "2024-05-27",
      source: "itemprop",
    });
  });
});

describe("the URL", () => {
  it("reads /2024/05/27/ in the path", () => {
    expect(dateOf("", "", "https://techcrunch.com/2024/05/27/xai-raises-6b/")).toEqual({
      date: "2024-05-27",
      source: "url",
    });
  });

  it("reads a month alone as a month", () => {
    expect(dateOf("", "", "https://www.theverge.com/2024/05/xai-funding")?.date).toBe("2024-05");
  });

  it("reads dashed and compact dates", () => {
    expect(
      dateOf("", "", "https://www.latribune.fr/technos/2024-05-27-xai-leve.html", "fr")?.date,
    ).toBe("2024-05-27");
    expect(dateOf("", "", "https://news.example/20240527/xai")?.date).toBe("2024-05-27");
  });

  it("ignores numbers in the query and impossible days", () => {
    expect(dateOf("", "", "https://news.example/article?d=2024/05/27")).toBeNull();
    expect(dateOf("", "", "https://news.example/2024/02/30/story")).toBeNull();
  });
});

describe("visible datelines", () => {
  it("reads an English dateline", () => {
    expect(
      dateOf("", '<p class="byline">By Jane Doe · Published May 27, 2024 10:12am EDT</p>'),
    ).toEqual({
      date: "2024-05-27",
      source: "dateline",
    });
  });

  it("reads a British day-first dateline", () => {
    expect(dateOf("", '<div class="article-date">Mon 27 May 2024 10.12 BST</div>')?.date).toBe(
      "2024-05-27",
    );
  });

  it("reads a French dateline with its hour", () => {
    expect(
      dateOf("", '<p class="date">Publié le 27 mai 2024 à 10h12</p>', undefined, "fr")?.date,
    ).toBe("2024-05-27");
  });

  it("reads 1er août and abbreviated French months", () => {
    expect(dateOf("", '<span class="date">Le 1er août 2024</span>', undefined, "fr")?.date).toBe(
      "2024-08-01",
    );
    expect(dateOf("", '<span class="date">27 févr. 2024</span>', undefined, "fr")?.date).toBe(
      "2024-02-27",
    );
  });

  it("reads 27/05/2024 day first, and 05/27/2024 on an English page", () => {
    expect(dateOf("", '<span class="date">27/05/2024</span>', undefined, "fr")?.date).toBe(
      "2024-05-27",
    );
    expect(dateOf("", '<span class="date">05/27/2024</span>', undefined, "en")?.date).toBe(
      "2024-05-27",
    );
  });

  it("skips an update line and keeps the publication beside it", () => {
    expect(
      dateOf(
        "",
        '<p class="dateline">Mis à jour le 28 mai 2024 à 9h00. Publié le 27 mai 2024 à 10h12</p>',
        undefined,
        "fr",
      )?.date,
    ).toBe("2024-05-27");
    expect(dateOf("", '<p class="dateline">Updated June 3, 2024</p>')).toBeNull();
  });

  it("reads a <time> without datetime", () => {
    expect(dateOf("", "<article><time>May 27, 2024</time></article>")?.date).toBe("2024-05-27");
  });
});

describe("conflicts", () => {
  it("trusts meta over JSON-LD over the URL over the dateline", () => {
    const head =
      '<meta property="article:published_time" content="2024-05-27T09:12:00+02:00">' +
      jsonLd({ "@type": "NewsArticle", datePublished: "2024-05-26" });
    const body = '<p class="date">Published May 25, 2024</p>';
    expect(dateOf(head, body, "https://news.example/2024/05/24/x")).toEqual({
      date: "2024-05-27",
      source: "meta",
    });
    expect(
      dateOf(jsonLd({ datePublished: "2024-05-26" }), body, "https://news.example/2024/05/24/x")
        ?.source,
    ).toBe("json-ld");
    expect(dateOf("", body, "https://news.example/2024/05/24/x")?.source).toBe("url");
  });

  it("passes over a future date to the next candidate", () => {
    const head = '<meta property="article:published_time" content="2031-01-01T00:00:00Z">';
    expect(dateOf(head, "", "https://news.example/2024/05/27/x")).toEqual({
      date: "2024-05-27",
      source: "url",
    });
  });

  it("allows tomorrow, for a publisher east of the reader", () => {
    expect(
      dateOf('<meta property="article:published_time" content="2026-12-06T01:00:00+09:00">', "")
        ?.date,
    ).toBe("2026-12-06");
  });

  it("passes over dates before the web's news sites", () => {
    expect(dateOf('<meta name="date" content="1970-01-01">', "")).toBeNull();
  });
});

describe("no date", () => {
  it("finds nothing on a page that carries no date", () => {
    expect(
      dateOf(
        "<title>xAI</title>",
        "<article><h1>xAI</h1><p>Text of 2024 and 27 things.</p></article>",
      ),
    ).toBeNull();
  });

  it("finds nothing in a meta tag that is not a date", () => {
    expect(dateOf('<meta name="date" content="yesterday">', "")).toBeNull();
  });

  it("reads the seed article's header as a French news site writes it", () => {
    const head =
      '<meta property="og:type" content="article"><meta property="article:published_time" content="2024-05-27T09:12:00+02:00">' +
      '<meta property="article:modified_time" content="2024-05-27T11:40:00+02:00">' +
      jsonLd({
        "@context": "https://schema.org",
        "@graph": [{ "@type": "NewsArticle", datePublished: "2024-05-27T09:12:00+02:00" }],
      });
    const body =
      '<article><h1>xAI lève 6 milliards</h1><p class="byline">Publié le <time datetime="2024-05-27T09:12:00+02:00">27 mai 2024 à 9h12</time></p></article>';
    expect(
      dateOf(
        head,
        body,
        "https://www.presse-citron.net/xai-leve-6-milliards-de-dollars-grok/",
        "fr",
      ),
    ).toEqual({
      date: "2024-05-27",
      source: "meta",
    });
  });

  it("reads only the top of a very large page, where an article's header is", () => {
    const filler = "<div><span>text</span></div>".repeat(2000);
    expect(dateOf("", `${filler}<p class="date">Published May 27, 2024</p>`)).toBeNull();
    expect(dateOf("", `<p class="date">Published May 27, 2024</p>${filler}`)?.date).toBe(
      "2024-05-27",
    );
  });
});
