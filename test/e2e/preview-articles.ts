// Held-out real articles (never tuned on) whose main company's card must be a preview (#15),
// shared by the Chromium and Firefox tests.
export const PREVIEW_ARTICLES = [
  {
    url: "https://www.theguardian.com/technology/openai-board-altman",
    fixture: "corpus/en-openai-board.html",
    company: "OpenAI",
  },
  {
    url: "https://www.lemonde.fr/pixels/article/anthropic-amazon",
    fixture: "corpus/fr-anthropic-amazon.html",
    company: "Anthropic",
  },
];
