import { useTranslate } from "./i18n";

/** Where highlights are switched off, the widest first: that is what the reader sees. */
export type HighlightState = "on" | "page-off" | "site-off" | "everywhere-off";

export function effectiveHighlightState(state: {
  everywhereOn: boolean;
  siteOn: boolean;
  pageOn: boolean;
}): HighlightState {
  if (!state.everywhereOn) return "everywhere-off";
  if (!state.siteOn) return "site-off";
  return state.pageOn ? "on" : "page-off";
}

/**
 * One control for the three switches (page, site, everywhere): it shows the state the page is
 * really in, so a wider switch can never contradict a narrower one on screen.
 */
export function HighlightStateChoice(props: {
  state: HighlightState;
  /** Null on a page with no site (a file): no "off on this site". */
  site: string | null;
  onChange(state: HighlightState): void;
}) {
  const t = useTranslate();
  const choices: Array<[HighlightState, string]> = [
    ["on", t("stateOn")],
    ["page-off", t("statePageOff")],
    ...(props.site
      ? [["site-off", t("stateSiteOff", props.site)] as [HighlightState, string]]
      : []),
    ["everywhere-off", t("stateEverywhereOff")],
  ];
  const reason = {
    on: null,
    "page-off": t("reasonPageOff"),
    "site-off": t("reasonSiteOff", props.site ?? ""),
    "everywhere-off": t("reasonEverywhereOff"),
  }[props.state];
  return (
    <fieldset class="highlight-state" aria-describedby={reason ? "state-reason" : undefined}>
      <legend class="visually-hidden">{t("highlightsHeading")}</legend>
      {choices.map(([state, label]) => (
        <label key={state}>
          <input
            type="radio"
            name="highlight-state"
            value={state}
            checked={props.state === state}
            onChange={() => props.onChange(state)}
          />
          {label}
        </label>
      ))}
      {reason && (
        <p id="state-reason" class="state-reason">
          {reason}
        </p>
      )}
    </fieldset>
  );
}
