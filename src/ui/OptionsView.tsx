import type { OwnEntity } from "../core/own-entities";
import type { Settings } from "../core/settings";
import { CardOptions } from "./CardOptions";
import { Credits } from "./Credits";
import { HiddenNamesOptions } from "./HiddenNamesOptions";
import { ImportExport } from "./ImportExport";
import { useTranslate } from "./i18n";
import { OwnEntitiesEditor } from "./OwnEntitiesEditor";
import { ResetOptions } from "./ResetOptions";
import { SiteOptions } from "./SiteOptions";

export interface OptionsViewProps {
  settings: Settings;
  ownEntities: OwnEntity[];
  /** The last outcome; `undo` puts back what it changed (after a reset). */
  status: { text: string; error: boolean; undo?: () => void } | null;
  /** The built-in entity a name already stands for, if any: adding it as one's own asks first. */
  builtInNameOf(text: string): string | null;
  onReset(removeOwnEntities: boolean): void;
  nameOf(entityId: string): string;
  onChange(changes: Partial<Settings>): void;
  onAllSites(on: boolean): Promise<boolean>;
  /** The manifest's news sites, as hostnames. */
  builtInSites: readonly string[];
  /** "Facts checked up to <date> · N entities". */
  factsLine: string;
  onOwnEntities(entities: OwnEntity[]): void;
  onExport(): void;
  onImport(text: string): void;
}

/** The options page: every setting, the user's own names, import and export. */
export function OptionsView(props: OptionsViewProps) {
  const t = useTranslate();
  return (
    <>
      <h1>{t("optionsTitle")}</h1>
      <p class="facts-line">{props.factsLine}</p>
      <p
        class={props.status?.error ? "status error" : "status"}
        role={props.status?.error ? "alert" : "status"}
      >
        {props.status?.text ?? ""}
        {props.status?.undo && (
          <>
            {" "}
            <button type="button" onClick={props.status.undo}>
              {t("undo")}
            </button>
          </>
        )}
      </p>
      <CardOptions settings={props.settings} onChange={props.onChange} />
      <SiteOptions
        settings={props.settings}
        onChange={props.onChange}
        onAllSites={props.onAllSites}
        builtInSites={props.builtInSites}
      />
      <OwnEntitiesEditor
        entities={props.ownEntities}
        builtInNameOf={props.builtInNameOf}
        onChange={props.onOwnEntities}
      />
      <HiddenNamesOptions
        settings={props.settings}
        nameOf={props.nameOf}
        onChange={props.onChange}
      />
      <ImportExport onExport={props.onExport} onImport={props.onImport} />
      <ResetOptions onReset={props.onReset} />
      <Credits />
    </>
  );
}
