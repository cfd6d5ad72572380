import type { Lang } from "../core/dataset";
import { ACTION_TEXT } from "./action-text";

/**
 * "Sequoia Capital hidden on example.com · Undo": said by screen readers (a status), with an
 * Undo a person can reach by keyboard. Only trusted events count, as on the card.
 */
export function UndoToast(props: {
  message: string;
  lang: Lang;
  onUndo(): void;
  onDismiss(): void;
}) {
  const text = ACTION_TEXT[props.lang];
  return (
    <div class="toast" lang={props.lang} role="status">
      <span class="toast-message">{props.message}</span>
      <button
        type="button"
        class="undo"
        onClick={(event) => {
          if (event.isTrusted) props.onUndo();
        }}
      >
        {text.undo}
      </button>
      <button
        type="button"
        class="close"
        aria-label={text.dismiss}
        onClick={(event) => {
          if (event.isTrusted) props.onDismiss();
        }}
      >
        ×
      </button>
    </div>
  );
}
