import browser from "webextension-polyfill";
import type { CommandShortcut } from "../ui/Shortcuts";

/**
 * The extension's keyboard commands and the keys the browser has for them now (the user may
 * have changed or removed them). The toolbar button's own command has no description: left out.
 */
export async function commandShortcuts(): Promise<CommandShortcut[]> {
  const commands = await browser.commands.getAll().catch(() => []);
  return commands.flatMap((command) =>
    command.name && command.description && !command.name.startsWith("_")
      ? [{ name: command.name, description: command.description, shortcut: command.shortcut ?? "" }]
      : [],
  );
}
