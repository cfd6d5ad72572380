import tables from "virtual:backstory/matcher-tables";
import { loadMatcher, type Matcher } from "../core/matcher";
import { PageReading } from "../core/page-reading";
import { onPageReads } from "../platform/page-read-port";
import { loadOwnEntities } from "../platform/storage";
import { factsIndex } from "./facts";

let matcher: Matcher | null = null;

/** Compiled on the first page read after the background wakes, then kept for every page. */
export function pageMatcher(): Matcher {
  matcher ??= loadMatcher(tables);
  return matcher;
}

/**
 * Finds the names in the pages' text, off their thread: each page read holds its page's blocks
 * and what was found in them until the page closes the port (a new read, a page left) or the
 * background goes to sleep, when the page sends them again. The text stays in the browser:
 * it goes from the page's content script to this extension's background, nowhere else.
 */
export function servePageReads(): void {
  onPageReads((client) => {
    // The user's own names as they are when the read starts: a change starts a new read.
    let ready: Promise<PageReading | null> = loadOwnEntities().then(
      (own) => new PageReading(pageMatcher(), own),
    );
    client.onClose(() => {
      // Let the page's text go at once, not when the last queued request is done with it.
      ready = Promise.resolve(null);
    });
    client.onRequest((request) => {
      // Requests are handled in the order they came, each once the reading is ready.
      ready = ready.then((reading) => {
        if (!reading) return null;
        try {
          if (request.type === "glance") {
            client.reply({ type: "glanced", named: reading.glance(request.text) });
          } else if (request.type === "blocks") {
            const named = reading.add(request.blocks);
            if (!request.quiet) client.reply({ type: "scanned", named });
          } else {
            const findings = reading.findings(request.order, request.declaredLang);
            client.reply({ type: "findings", seq: request.seq, findings });
            // A page that names someone may open a card: the facts are made ready after the
            // answer (here, off the page's thread), so the first card does not wait for them.
            if (findings && findings.spans.length > 0) setTimeout(() => factsIndex(), 0);
          }
          return reading;
        } catch (error) {
          // Closing tells the page: it tries again from the start, a few times at most.
          console.warn("[Backstory] page read failed:", error);
          client.close();
          return null;
        }
      });
    });
  });
}
