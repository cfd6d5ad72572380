import { useTranslate } from "./i18n";

/** One keyboard command of the extension, with the keys the user has for it now. */
export interface CommandShortcut {
  name: string;
  /** What the command does, in the browser's language. */
  description: string;
  /** "Alt+Shift+N", or "" when the user has none set. */
  shortcut: string;
}

/**
 * The extension's keyboard shortcuts, as the browser has them now (users can change them).
 * Collapsed like the connections, so the popup still fits one screen.
 */
export function Shortcuts(props: { shortcuts: CommandShortcut[] }) {
  const t = useTranslate();
  if (props.shortcuts.length === 0) return null;
  return (
    <details class="shortcuts">
      <summary>
        <h2>{t("shortcutsHeading")}</h2>
      </summary>
      <dl>
        {props.shortcuts.map((command) => (
          <div key={command.name} data-command={command.name}>
            <dt>{command.description}</dt>
            <dd>{command.shortcut ? <kbd>{command.shortcut}</kbd> : t("shortcutNotSet")}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
