import type { OwnEntity } from "../core/own-entities";
import type { Settings } from "../core/settings";
import { CardOptions } from "./CardOptions";
import { Credits } from "./Credits";
import { HiddenNamesOptions } from "./HiddenNamesOptions";
import { ImportExport } from "./ImportExport";
import { useTranslate } from "./i18n";
import { OwnEntitiesEditor } from "./OwnEntitiesEditor";
import { SiteOptions } from "./SiteOptions";

export interface OptionsViewProps {
  settings: Settings;
  ownEntities: OwnEntity[];
  status: { text: string; error: boolean } | null;
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
      </p>
      <CardOptions settings={props.settings} onChange={props.onChange} />
      <SiteOptions
        settings={props.settings}
        onChange={props.onChange}
        onAllSites={props.onAllSites}
        builtInSites={props.builtInSites}
      />
      <OwnEntitiesEditor entities={props.ownEntities} onChange={props.onOwnEntities} />
      <HiddenNamesOptions
        settings={props.settings}
        nameOf={props.nameOf}
        onChange={props.onChange}
      />
      <ImportExport onExport={props.onExport} onImport={props.onImport} />
      <Credits />
    </>
  );
}
