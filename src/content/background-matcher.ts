import type { Lang } from "../core/dataset";
import type { PageReadReply, PageReadRequest } from "../core/page-read-messages";
import type { BlockMatcher, PageFindings, SentBlock } from "../core/page-reading";
import { connectPageRead, type PageReadConnection } from "../platform/page-read-port";

/**
 * The page's blocks matched in the background, over a port opened on first use. When the
 * background drops the port (a service worker put to sleep, the extension updated), what it
 * held is lost: the generation moves on, a pending answer comes back null, and the next
 * request opens a new port.
 */
export class BackgroundMatcher implements BlockMatcher {
  generation = 0;
  #connection: PageReadConnection | null = null;
  #seq = 0;
  readonly #waiting = new Map<number, (findings: PageFindings | null) => void>();
  readonly #scanning = new InOrder<number[]>();
  readonly #glancing = new InOrder<boolean>();

  /** Whether the page's text so far may name anyone (see PageReading.glance); null: lost. */
  glance(text: string): Promise<boolean | null> {
    const answer = this.#glancing.next();
    this.#post({ type: "glance", text });
    return answer;
  }

  scan(blocks: readonly SentBlock[], answer = true): Promise<number[] | null> {
    if (!answer) {
      // No reply, so nothing waits for one: a reply on the page's thread saved.
      this.#post({ type: "blocks", blocks: [...blocks], quiet: true });
      return Promise.resolve(null);
    }
    const scanned = this.#scanning.next();
    this.#post({ type: "blocks", blocks: [...blocks] });
    return scanned;
  }

  findings(order: readonly number[], declaredLang: Lang | null): Promise<PageFindings | null> {
    this.#seq += 1;
    const seq = this.#seq;
    const answer = new Promise<PageFindings | null>((resolve) => this.#waiting.set(seq, resolve));
    this.#post({ type: "findings", seq, order: [...order], declaredLang });
    return answer;
  }

  close(): void {
    this.#connection?.close();
    this.#lost();
  }

  #post(request: PageReadRequest): void {
    try {
      this.#connection ??= connectPageRead(
        (reply) => this.#answered(reply),
        () => this.#lost(),
      );
      this.#connection.post(request);
    } catch {
      // The port closed under us (or the extension is gone): as if the background had slept.
      this.#lost();
    }
  }

  #answered(reply: PageReadReply): void {
    if (reply.type === "glanced") {
      this.#glancing.answer(reply.named);
      return;
    }
    if (reply.type === "scanned") {
      this.#scanning.answer(reply.named);
      return;
    }
    const resolve = this.#waiting.get(reply.seq);
    this.#waiting.delete(reply.seq);
    resolve?.(reply.findings);
  }

  #lost(): void {
    this.#connection = null;
    this.generation += 1;
    for (const resolve of this.#waiting.values()) resolve(null);
    this.#waiting.clear();
    this.#scanning.loseAll();
    this.#glancing.loseAll();
  }
}

/** Answers that come back in the order their requests went: a port keeps messages in order. */
class InOrder<T> {
  #pending: Array<(value: T | null) => void> = [];

  /** The answer to the request about to be sent; null if the port is lost first. */
  next(): Promise<T | null> {
    return new Promise((resolve) => this.#pending.push(resolve));
  }

  answer(value: T): void {
    this.#pending.shift()?.(value);
  }

  loseAll(): void {
    const lost = this.#pending;
    this.#pending = [];
    for (const resolve of lost) resolve(null);
  }
}
