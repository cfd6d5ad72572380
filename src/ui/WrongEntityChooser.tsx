import { useEffect, useRef } from "preact/hooks";
import type { Lang } from "../core/dataset";
import { SOMETHING_ELSE } from "../core/settings";
import { ACTION_TEXT } from "./action-text";

/** Another entity the mention's text can stand for. */
export interface Alternative {
  id: string;
  name: string;
}

/**
 * "Wrong entity" asks first, inside the card: what is the name here? The other entities of the
 * dataset that share it, or something else. Cancel goes back to the card's actions.
 */
export function WrongEntityChooser(props: {
  text: string;
  alternatives: readonly Alternative[];
  lang: Lang;
  onChoose(actually: string): void;
  onCancel(): void;
}) {
  const text = ACTION_TEXT[props.lang];
  const group = useRef<HTMLFieldSetElement>(null);
  // The button pressed is gone: focus goes to the first answer, not out of the card.
  useEffect(() => group.current?.querySelector("button")?.focus(), []);
  const trusted = (action: () => void) => (event: Event) => {
    if (event.isTrusted) action();
  };
  return (
    <fieldset class="chooser" ref={group}>
      <legend>{text.whatIsIt(props.text)}</legend>
      <span class="actions">
        {props.alternatives.map((alternative) => (
          <button
            key={alternative.id}
            type="button"
            onClick={trusted(() => props.onChoose(alternative.id))}
          >
            {alternative.name}
          </button>
        ))}
        <button type="button" onClick={trusted(() => props.onChoose(SOMETHING_ELSE))}>
          {text.somethingElse}
        </button>
        <button type="button" onClick={trusted(props.onCancel)}>
          {text.cancel}
        </button>
      </span>
    </fieldset>
  );
}
