import { ENTITY_TYPES, type EntityType } from "../core/dataset";
import { formatPartialDate } from "../core/format";
import type { PageSummary, RelationLine } from "../core/messages";
import type { DateSource, PageDate } from "../core/page-date";
import type { Density } from "../core/settings";
import { EntityGroups } from "./EntityGroups";
import {
  effectiveHighlightState,
  type HighlightState,
  HighlightStateChoice,
} from "./HighlightState";
import { useTranslate } from "./i18n";
import type { MessageKey } from "./messages";
import { RelationList } from "./RelationList";
import { type CommandShortcut, Shortcuts } from "./Shortcuts";
import { TYPE_MESSAGE } from "./type-messages";

const DATE_SOURCE_MESSAGE: Record<DateSource, MessageKey> = {
  meta: "dateFromMeta",
  "json-ld": "dateFromJsonLd",
  time: "dateFromTime",
  itemprop: "dateFromItemprop",
  url: "dateFromUrl",
  dateline: "dateFromDateline",
};

export interface PopupViewProps {
  lang: "en" | "fr";
  /** The tab's site, or null for a page Backstory can never run on (browser pages). */
  site: string | null;
  /** Null: no content script in the tab. */
  summary: PageSummary | null;
  relations: RelationLine[];
  everywhereOn: boolean;
  /** The site's own stored switch (it only shows while "everywhere" is on). */
  siteOn: boolean;
  density: Density;
  /** Which facts cards show first on this site, for a page with a publication date. */
  factsAsOf: "publication" | "today";
  types: Record<EntityType, boolean>;
  notice: string | null;
  onRunOnPage(): void;
  onAlwaysRunOnSite(): void;
  onHighlightState(state: HighlightState): void;
  onReveal(id: string): void;
  onTypeSwitch(type: EntityType, on: boolean): void;
  onDensity(density: Density): void;
  onFactsAsOf(choice: "publication" | "today"): void;
  onOpenSettings(): void;
  /** The keyboard commands and their keys, once read. */
  shortcuts?: CommandShortcut[];
}

/** The toolbar popup: who is on the page, how they connect, and the switches. */
export function PopupView(props: PopupViewProps) {
  const t = useTranslate();
  const { summary, site } = props;
  return (
    <>
      <header class="popup-header">
        <h1>Backstory</h1>
        <button type="button" class="link-button" onClick={props.onOpenSettings}>
          {t("openSettings")}
        </button>
      </header>
      {props.notice && (
        <p class="notice" role="status">
          {props.notice}
        </p>
      )}
      {summary === null ? (
        <section class="not-running">
          <p>{site ? t("notRunning") : t("cannotRun")}</p>
          {site && (
            <div class="actions">
              <button type="button" class="primary" onClick={props.onRunOnPage}>
                {t("runOnPage")}
              </button>
              <button type="button" onClick={props.onAlwaysRunOnSite}>
                {t("alwaysRunOnSite", site)}
              </button>
            </div>
          )}
        </section>
      ) : (
        <>
          <section aria-labelledby="highlights-heading" class="switches">
            <h2 id="highlights-heading">{t("highlightsHeading")}</h2>
            <HighlightStateChoice
              state={effectiveHighlightState({
                everywhereOn: props.everywhereOn,
                siteOn: props.siteOn,
                pageOn: summary.pageOn,
              })}
              site={site}
              onChange={props.onHighlightState}
            />
          </section>
          <section aria-labelledby="names-heading">
            <h2 id="names-heading">{t("namesHeading")}</h2>
            {summary.siteOn && summary.pageOn ? (
              summary.entities.length > 0 ? (
                <EntityGroups entities={summary.entities} onReveal={props.onReveal} />
              ) : (
                <p class="empty">{t("noNames")}</p>
              )
            ) : (
              <p class="empty">{t("highlightsOff")}</p>
            )}
          </section>
          {summary.pageDate && (
            <PageDateSection
              pageDate={summary.pageDate}
              lang={props.lang}
              factsAsOf={props.factsAsOf}
              onFactsAsOf={props.onFactsAsOf}
            />
          )}
          {summary.entities.length > 1 && props.relations.length > 0 && (
            // Collapsed: who is on the page comes first; how they connect is one click away.
            <details class="connections">
              <summary>
                <h2>{t("connectionsCount", String(props.relations.length))}</h2>
              </summary>
              <RelationList relations={props.relations} onReveal={props.onReveal} />
            </details>
          )}
          <section aria-labelledby="show-heading" class="filters">
            <h2 id="show-heading">{t("showHeading")}</h2>
            <RadioChoice
              name="density"
              legend={t("densityLabel")}
              choices={[
                ["first", t("densityFirst")],
                ["all", t("densityAll")],
              ]}
              value={props.density}
              onChange={props.onDensity}
            />
            <fieldset class="types">
              <legend class="visually-hidden">{t("typesLabel")}</legend>
              {ENTITY_TYPES.map((type) => (
                <label key={type} data-type={type}>
                  <input
                    type="checkbox"
                    name={`type-${type}`}
                    checked={props.types[type]}
                    onChange={(event) => props.onTypeSwitch(type, event.currentTarget.checked)}
                  />
                  <span class="swatch" aria-hidden="true" />
                  {t(TYPE_MESSAGE[type])}
                </label>
              ))}
            </fieldset>
          </section>
        </>
      )}
      {props.shortcuts && <Shortcuts shortcuts={props.shortcuts} />}
    </>
  );
}

/** When the page was published, how that was found, and whether cards show that date first. */
function PageDateSection(props: {
  pageDate: PageDate;
  lang: "en" | "fr";
  factsAsOf: "publication" | "today";
  onFactsAsOf(choice: "publication" | "today"): void;
}) {
  const t = useTranslate();
  const { date, source } = props.pageDate;
  return (
    <section aria-labelledby="facts-as-of-heading" class="facts-as-of">
      <h2 id="facts-as-of-heading">{t("factsAsOfHeading")}</h2>
      <p class="page-date">
        {t("publishedOn", formatPartialDate(date, props.lang), t(DATE_SOURCE_MESSAGE[source]))}
      </p>
      <RadioChoice
        name="facts-as-of"
        legend={t("factsAsOfHeading")}
        choices={[
          ["publication", t("factsAsOfPublication")],
          ["today", t("factsAsOfToday")],
        ]}
        value={props.factsAsOf}
        onChange={props.onFactsAsOf}
      />
    </section>
  );
}

/** A row of radio buttons for one of a few choices, its legend for screen readers only. */
function RadioChoice<T extends string>(props: {
  name: string;
  legend: string;
  choices: ReadonlyArray<readonly [T, string]>;
  value: T;
  onChange(choice: T): void;
}) {
  return (
    <fieldset class="density">
      <legend class="visually-hidden">{props.legend}</legend>
      {props.choices.map(([choice, label]) => (
        <label key={choice}>
          <input
            type="radio"
            name={props.name}
            value={choice}
            checked={props.value === choice}
            onChange={() => props.onChange(choice)}
          />
          {label}
        </label>
      ))}
    </fieldset>
  );
}
