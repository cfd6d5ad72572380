import { useEffect, useState } from "preact/hooks";
import type { Lang } from "../../core/dataset";
import type { PageSummary } from "../../core/messages";
import { activeTabId, browserLanguage, requestPageSummary } from "../../platform/messaging";
import { EntityList } from "../../ui/EntityList";
import { tabIdFromQuery } from "./tab-id-from-query";

type State = { status: "loading" } | { status: "ready"; summary: PageSummary | null };

/** Controller of the toolbar popup: finds the tab, asks its content script, renders the list. */
export function Popup() {
  const [state, setState] = useState<State>({ status: "loading" });
  const lang: Lang = browserLanguage().toLowerCase().startsWith("fr") ? "fr" : "en";

  useEffect(() => {
    void (async () => {
      // Tests (and power users) open the popup as a page with ?tabId=N.
      const tabId = tabIdFromQuery(location.search) ?? (await activeTabId());
      const summary = tabId === null ? null : await requestPageSummary(tabId);
      setState({ status: "ready", summary });
    })();
  }, []);

  return (
    <>
      <h1>Backstory</h1>
      {state.status === "loading" ? (
        <p aria-busy="true">…</p>
      ) : (
        <EntityList entities={state.summary?.entities ?? null} lang={lang} />
      )}
    </>
  );
}
