/**
 * Whether a page is about AI or tech at all: on a page about cooking, gardening, painting or
 * the weather nothing is highlighted, whatever it names. Evidence is counted in the page's main
 * text (navigation and footers say nothing about the article): names of the dataset written
 * unambiguously ("OpenAI", "Sam Altman") and topic terms ("AI", "chatbot", "levée de fonds").
 */
export function pageIsOnTopic(evidence: { entities: number; topicTerms: number }): boolean {
  const { entities, topicTerms } = evidence;
  // Two names of the field, or one with a word of the field, or a clearly technical text.
  return entities >= 2 || (entities >= 1 && topicTerms >= 1) || topicTerms >= 3;
}
