import type { Lang } from "../core/dataset";
import type { EntityCard } from "../core/messages";
import { typeLabel } from "./labels";

export interface CardProps {
  card: EntityCard | null;
  /** Name shown while the card's facts are on their way. */
  fallbackName: string;
  lang: Lang;
}

/** The hover card: presentational only, it takes everything it shows as props. */
export function Card({ card, fallbackName, lang }: CardProps) {
  const name = card?.name ?? fallbackName;
  return (
    <article class="card" lang={lang} aria-label={name}>
      <header>
        <h2 class="name">{name}</h2>
        {card && <p class="type">{typeLabel(card.type, lang)}</p>}
      </header>
      {card ? <p class="summary">{card.summary}</p> : <p class="summary loading">…</p>}
      {card?.wikipediaUrl && (
        <footer>
          <a href={card.wikipediaUrl} target="_blank" rel="noopener noreferrer">
            Wikipedia
          </a>
        </footer>
      )}
    </article>
  );
}
