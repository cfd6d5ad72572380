import { useState } from "preact/hooks";
import type { Lang } from "../core/dataset";
import type { CardFact, CardRelation, CardSource, EntityCard } from "../core/messages";
import { type CardPreview, cardPreview } from "./card-preview";
import { CARD_TEXT } from "./card-text";
import { TYPE_LABELS } from "./type-labels";
import { type Alternative, WrongEntityChooser } from "./WrongEntityChooser";

export interface CardActions {
  onHide(scope: "site" | "everywhere"): void;
  /** `actually`: another entity's id, or "other" (see WrongEntityChooser). */
  onWrongEntity(actually: string): void;
  onClose(): void;
}

export interface CardProps extends CardActions {
  /** Null while the facts are on their way, or when none could be loaded. */
  card: EntityCard | null;
  loading: boolean;
  /** Shown until the card arrives. */
  fallbackName: string;
  lang: Lang;
  site: string;
  /** Today's facts before "When this was written" (the user's choice for this site). */
  presentFirst?: boolean;
  /** The mention's text as written ("Sequoia"): "Wrong entity" asks what it is. */
  mentionText?: string;
  /** The dataset's other entities of that text, asked for when "Wrong entity" is pressed. */
  alternatives?: () => Promise<Alternative[]>;
}

/**
 * Only a person's click or key press counts: a page script that reaches into the card and calls
 * `.click()` on "Hide everywhere" makes an untrusted event, and nothing happens.
 */
function trusted(action: () => void) {
  return (event: Event) => {
    if (event.isTrusted) action();
  };
}

/** The hover card: presentational only, it takes everything it shows as props. */
export function Card(props: CardProps) {
  const { card, lang } = props;
  const text = CARD_TEXT[lang];
  const name = card?.name ?? props.fallbackName;
  // A preview first; "More" opens the whole card in place, header and actions still in view.
  const [expanded, setExpanded] = useState(false);
  const preview = card ? cardPreview(card, props.presentFirst) : null;
  return (
    <div class="card" lang={lang} role="dialog" aria-labelledby="backstory-card-name" tabIndex={-1}>
      <header>
        <h2 class="name" id="backstory-card-name">
          {name}
        </h2>
        {card && (
          <p class="type">
            {TYPE_LABELS[card.type].one[lang]}
            {card.wikipediaUrl && (
              <>
                {" · "}
                <a
                  class="wikipedia"
                  href={card.wikipediaUrl}
                  target="_blank"
                  rel="noopener noreferrer"
                >
                  {text.wikipedia}
                </a>
              </>
            )}
          </p>
        )}
        <button
          type="button"
          class="close"
          aria-label={text.close}
          onClick={trusted(props.onClose)}
        >
          ×
        </button>
      </header>
      <div class="body">
        {card && preview ? (
          <>
            <p class="summary">{card.summary}</p>
            {expanded ? (
              <FullCard card={card} lang={lang} presentFirst={props.presentFirst} />
            ) : (
              <PreviewCard card={card} preview={preview} lang={lang} />
            )}
            {preview.hasMore && (
              <button
                type="button"
                class="more"
                aria-expanded={expanded}
                onClick={trusted(() => setExpanded(!expanded))}
              >
                {expanded ? text.less : text.more}
              </button>
            )}
          </>
        ) : (
          <p class="summary loading" aria-busy={props.loading}>
            {props.loading ? text.loading : text.unavailable}
          </p>
        )}
      </div>
      <footer>
        <CardActionsFooter {...props} />
      </footer>
    </div>
  );
}

/** Hide here, Hide everywhere, Wrong entity (which first asks what the name is). */
function CardActionsFooter(props: CardProps) {
  const text = CARD_TEXT[props.lang];
  const [choosing, setChoosing] = useState<Alternative[] | null>(null);
  if (choosing) {
    return (
      <WrongEntityChooser
        text={props.mentionText ?? props.fallbackName}
        alternatives={choosing}
        lang={props.lang}
        onChoose={props.onWrongEntity}
        onCancel={() => setChoosing(null)}
      />
    );
  }
  return (
    <span class="actions">
      <button
        type="button"
        aria-label={text.hideOnSite(props.site)}
        title={text.hideOnSite(props.site)}
        onClick={trusted(() => props.onHide("site"))}
      >
        {text.hideHere}
      </button>
      <button type="button" onClick={trusted(() => props.onHide("everywhere"))}>
        {text.hideEverywhere}
      </button>
      <button
        type="button"
        onClick={trusted(() => {
          // Asked of the background, which holds the matcher; nothing else offered if it fails.
          const asked = props.alternatives?.() ?? Promise.resolve([]);
          void asked.catch(() => []).then(setChoosing);
        })}
      >
        {text.wrongEntity}
      </button>
    </span>
  );
}

/** At most five lines: ties to the page's other names, then and since, today's key facts. */
function PreviewCard(props: { card: EntityCard; preview: CardPreview; lang: Lang }) {
  const { card, preview, lang } = props;
  const text = CARD_TEXT[lang];
  return (
    <>
      <Relations title={text.onThisPage} relations={preview.onPage} lang={lang} />
      {card.dated && preview.asWritten && (
        <ThenAndNow
          dated={{
            asWritten: { ...card.dated.asWritten, ...preview.asWritten },
            since: preview.since,
          }}
          lang={lang}
        />
      )}
      <Facts facts={preview.facts} title={card.dated ? text.today : null} lang={lang} />
    </>
  );
}

/** Everything: then and since, the page's ties, today's facts, other ties, funding rounds. */
function FullCard(props: { card: EntityCard; lang: Lang; presentFirst?: boolean }) {
  const { card, lang, presentFirst } = props;
  const text = CARD_TEXT[lang];
  const onPage = card.relations.filter((relation) => relation.onPage);
  const elsewhere = card.relations.filter((relation) => !relation.onPage);
  return (
    <>
      {card.dated && !presentFirst && <ThenAndNow dated={card.dated} lang={lang} />}
      <Relations title={text.onThisPage} relations={onPage} lang={lang} />
      <Facts facts={card.facts} title={card.dated ? text.today : null} lang={lang} />
      {card.dated && presentFirst && <ThenAndNow dated={card.dated} lang={lang} />}
      <Relations title={text.connections} relations={elsewhere} lang={lang} />
      {card.rounds.length > 0 && (
        <section>
          <h3>{text.funding}</h3>
          <ul class="rounds">
            {card.rounds.map((round) => (
              <li key={round.title}>
                <strong>{round.title}</strong>
                {round.amount && ` — ${round.amount}`}
                {round.investors && <span class="investors">. {round.investors}</span>} (
                <SourceLink source={round.source} label={round.title} lang={lang} />)
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

function Facts(props: { facts: CardFact[]; title: string | null; lang: Lang }) {
  if (props.facts.length === 0) return null;
  const text = CARD_TEXT[props.lang];
  return (
    <section aria-label={props.title ?? text.keyFacts}>
      {props.title && <h3>{props.title}</h3>}
      <dl class="facts">
        {props.facts.map((fact) => (
          <Fact key={`${fact.label}${fact.value}`} fact={fact} lang={props.lang} />
        ))}
      </dl>
    </section>
  );
}

/** The entity as it was when the article was written, then what changed since, newest first. */
function ThenAndNow(props: { dated: NonNullable<EntityCard["dated"]>; lang: Lang }) {
  const { asWritten, since } = props.dated;
  const text = CARD_TEXT[props.lang];
  return (
    <>
      <section class="then">
        <h3>{text.whenWritten(asWritten.date)}</h3>
        {asWritten.facts.length > 0 && (
          <dl class="facts">
            {asWritten.facts.map((fact) => (
              <Fact key={`${fact.label}${fact.value}`} fact={fact} lang={props.lang} />
            ))}
          </dl>
        )}
        {asWritten.unknown.map((line) => (
          <p key={line} class="unknown">
            {line}
          </p>
        ))}
      </section>
      {since.length > 0 && (
        <section class="since">
          <h3>{text.sinceThen}</h3>
          <ul class="changes">
            {since.map((change) => (
              <li key={`${change.date}${change.text}`}>
                <span class="when">{change.date}</span> — {change.text} (
                <SourceLink source={change.source} label={change.text} lang={props.lang} />)
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

function Fact({ fact, lang }: { fact: CardFact; lang: Lang }) {
  const text = CARD_TEXT[lang];
  return (
    <div class="fact">
      <dt>{fact.label}</dt>
      <dd>
        {fact.value}{" "}
        <span class="as-of">
          ({fact.asOf && `${text.asOf} ${fact.asOf}, `}
          <SourceLink source={fact.source} label={fact.label} lang={lang} />)
        </span>
      </dd>
    </div>
  );
}

function Relations(props: { title: string; relations: CardRelation[]; lang: Lang }) {
  if (props.relations.length === 0) return null;
  return (
    <section>
      <h3>{props.title}</h3>
      <ul class="relations">
        {props.relations.map((relation) => (
          <li key={relation.text} data-entity-id={relation.entityId}>
            {relation.text}
            {relation.events.map((event, index) => (
              <span key={`${event.date}${event.source.url ?? event.source.publisher}`}>
                {index === 0 ? (event.date ? " — " : " ") : ", "}
                {event.date && `${event.date} `}
                (
                <SourceLink
                  source={event.source}
                  label={`${relation.text} ${event.date ?? ""}`}
                  lang={props.lang}
                />
                )
              </span>
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * Who says so and when ("Financial Times · 23 May 2024"), linked to the publication when it has a
 * canonical URL (https only, validated where the card data entered); never lends the page.
 */
function SourceLink(props: { source: CardSource; label: string; lang: Lang }) {
  const text = CARD_TEXT[props.lang];
  const { publisher, date, url } = props.source;
  const label = date ? `${publisher} · ${date}` : publisher;
  if (url === null) return <span class="source">{label}</span>;
  return (
    <a
      class="source"
      href={url}
      target="_blank"
      rel="noopener noreferrer"
      aria-label={text.sourceOf(props.label, label)}
      title={url}
    >
      {label}
    </a>
  );
}
