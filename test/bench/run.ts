// `npm run bench [-- --quick] [-- --pages=long,empty] [-- --rounds=N] [-- --render]`
//
// Builds the extension, then measures its content script on generated pages in headless
// Chromium against baselines run in the same browser on the same pages: a fresh page per load,
// methods interleaved round by round, the first round discarded as warm-up, medians reported.
// On `article` it also times the first read with the service worker asleep against warm
// (wake.ts).
// A full run writes test/bench/results/latest.json, redraws assets/bench-chart.svg and the
// figures in README.md; a quick or partial run writes quick.json or partial.json beside it.
// It measures; it never fails on a budget.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { dirname, resolve } from "node:path";
import { CHROMIUM_PATH } from "../e2e/chromium-path";
import { launch, type Session } from "../e2e/harness";
import { readAliasSource } from "./aliases";
import { checkBudgets, type PageFigures } from "./budgets";
import { BASELINE_ORIGIN, buildSnapshot, matchingOrigin, measureBundle } from "./build-snapshot";
import { renderChart } from "./chart";
import { FLOOR_SCRIPT_ORIGIN, NOOP_ORIGIN, writeControlExtension } from "./control-extension";
import { type LoadMeasurement, METHODS, type Method, measureLoad } from "./measure";
import { DYNAMIC_FEED, generatePage, PAGE_NAMES, type PageName } from "./pages";
import { readmeFiguresUpdated } from "./readme-figures";
import { type BenchResults, markdownReport, type PageInfo, textReport } from "./report";
import { type PageLoads, rounded, summarisePage } from "./summarise";
import { measureWake, type WakeFigures } from "./wake";

const SEED = 20250603;
const WARM_UP_ROUNDS = 1;
// Measured rounds per page, after one warm-up round: ~40 minutes in all on a 2-core machine
// (a `dynamic` load lasts ~14 s); --quick: ~3 minutes. `article`, `empty` and `quiet` get more:
// their budgets are on main-thread time added, a difference of two noisy totals.
const FULL_ROUNDS: Record<PageName, number> = {
  article: 15,
  long: 7,
  feed: 5,
  empty: 9,
  dynamic: 3,
  quiet: 11,
};
const QUICK_ROUNDS: Partial<Record<PageName, number>> = { article: 2, long: 2, empty: 2 };
// First reads of `article` with the service worker asleep, then warm, after the article's
// loads (quick runs too): ~2 s a round, ~10 s in all.
const WAKE_ROUNDS = { warmUp: 1, measured: 5 };

interface Options {
  quick: boolean;
  rounds: Partial<Record<PageName, number>>;
}

function parseOptions(args: readonly string[]): Options {
  const quick = args.includes("--quick");
  let rounds: Partial<Record<PageName, number>> = quick ? { ...QUICK_ROUNDS } : { ...FULL_ROUNDS };
  const pagesArg = args.find((arg) => arg.startsWith("--pages="))?.slice("--pages=".length);
  if (pagesArg) {
    const chosen = pagesArg
      .split(",")
      .filter((name): name is PageName => (PAGE_NAMES as readonly string[]).includes(name));
    rounds = Object.fromEntries(chosen.map((page) => [page, rounds[page] ?? FULL_ROUNDS[page]]));
  }
  const roundsArg = Number(
    args.find((arg) => arg.startsWith("--rounds="))?.slice("--rounds=".length),
  );
  if (Number.isInteger(roundsArg) && roundsArg > 0) {
    rounds = Object.fromEntries(Object.keys(rounds).map((page) => [page, roundsArg]));
  }
  return { quick, rounds };
}

function log(message: string): void {
  process.stderr.write(`${message}\n`);
}

function secondsSince(started: number): number {
  return Math.round((Date.now() - started) / 1000);
}

/** Methods in a different order every round, so none always runs first or last. */
function rotated<T>(items: readonly T[], round: number): T[] {
  const shift = round % items.length;
  return [...items.slice(shift), ...items.slice(0, shift)];
}

function commitOf(): string {
  const head = spawnSync("git", ["rev-parse", "--short", "HEAD"], {
    encoding: "utf8",
  }).stdout.trim();
  const dirty = spawnSync("git", ["status", "--porcelain"], { encoding: "utf8" }).stdout.trim();
  return `${head || "unknown"}${dirty ? "+changes" : ""}`;
}

function chromiumVersion(): string {
  const result = spawnSync(CHROMIUM_PATH, ["--version"], { encoding: "utf8" });
  return /Chromium [\d.]+/.exec(result.stdout)?.[0] ?? "Chromium";
}

function formatWithBiome(file: string): void {
  spawnSync(resolve("node_modules/.bin/biome"), ["format", "--write", file], { stdio: "ignore" });
}

const LATEST = resolve("test/bench/results/latest.json");

/** The table on stdout, the chart and README's figures, from a full run's results. */
function publish(results: BenchResults): void {
  process.stdout.write(`${textReport(results)}\n`);
  writeFileSync(resolve("assets/bench-chart.svg"), renderChart(results));
  log(
    readmeFiguresUpdated(markdownReport(results))
      ? "README figures updated"
      : "README has no figures markers",
  );
}

/** --render: redraws the outputs from latest.json (budgets re-checked), measuring nothing. */
function renderLatest(): void {
  const results = JSON.parse(readFileSync(LATEST, "utf8")) as BenchResults;
  results.budgets = checkBudgets(results.pages, results.bundle);
  writeFileSync(LATEST, `${JSON.stringify(results, null, 2)}\n`);
  formatWithBiome(LATEST);
  publish(results);
}

async function main(): Promise<void> {
  if (process.argv.includes("--render")) return renderLatest();
  const options = parseOptions(process.argv.slice(2));
  const started = Date.now();
  const snapshot = buildSnapshot();
  const controls = writeControlExtension();
  try {
    const aliasSource = readAliasSource(snapshot.generatedDir);
    const bundle = measureBundle(snapshot);
    const origin = matchingOrigin(snapshot.extensionDir);
    const markJsSource = readFileSync(resolve("node_modules/mark.js/dist/mark.min.js"), "utf8");
    log(
      `aliases: ${aliasSource.aliases.length} from ${aliasSource.from}; Backstory runs at ${origin}`,
    );

    const pages: PageFigures = {};
    const pageInfo: Partial<Record<PageName, PageInfo>> = {};
    let wake: WakeFigures | null = null;
    for (const pageName of PAGE_NAMES) {
      const measuredRounds = options.rounds[pageName];
      if (!measuredRounds) continue;
      const page = generatePage(pageName, aliasSource.aliases, SEED);
      const urls = {
        backstory: `${origin}/bench/${pageName}`,
        noop: `${NOOP_ORIGIN}/bench/${pageName}`,
        floorScript: `${FLOOR_SCRIPT_ORIGIN}/bench/${pageName}`,
        baseline: `${BASELINE_ORIGIN}/bench/${pageName}`,
      };
      const session = await launch({
        extensionDir: snapshot.extensionDir,
        alsoLoad: [controls.dir],
      });
      const loads = Object.fromEntries(
        METHODS.map((method) => [method, []]),
      ) as unknown as PageLoads;
      try {
        for (const url of Object.values(urls)) {
          await session.context.route(url, (route) =>
            route.fulfill({
              status: 200,
              contentType: "text/html; charset=utf-8",
              body: page.html,
            }),
          );
        }
        const rounds = WARM_UP_ROUNDS + measuredRounds;
        for (let round = 0; round < rounds; round += 1) {
          const line: string[] = [];
          for (const method of rotated(METHODS, round)) {
            const measurement = await measureOnce(session.context, pageName, method, {
              url: urlOf(urls, method),
              aliases: aliasSource.aliases,
              markJsSource,
            });
            loads[method][round] = measurement;
            line.push(`${method} ${measurement?.ms?.toFixed(1) ?? "–"}`);
          }
          const label = round < WARM_UP_ROUNDS ? "warm-up" : `round ${round}/${measuredRounds}`;
          log(`[${pageName}] ${label}: ${line.join(", ")} ms (${secondsSince(started)} s)`);
        }
        if (pageName === "article") wake = await wakeFigures(session, urls.backstory, started);
      } finally {
        await session.close();
      }
      const figures = summarisePage(loads, WARM_UP_ROUNDS, pageName !== "dynamic");
      pages[pageName] = Object.fromEntries(
        Object.entries(figures).map(([method, values]) => [method, rounded(values)]),
      );
      const floor = figures.floor;
      pageInfo[pageName] = {
        description: page.description,
        htmlKB: Math.round(page.html.length / 1024),
        planted: page.planted,
        ...(floor?.textNodes !== undefined ? { textNodes: floor.textNodes } : {}),
        ...(floor?.textChars !== undefined ? { textChars: floor.textChars } : {}),
      };
    }

    const results: BenchResults = {
      meta: {
        date: new Date().toISOString(),
        mode: options.quick ? "quick" : "full",
        durationS: secondsSince(started),
        chromium: chromiumVersion(),
        commit: commitOf(),
        machine: `${cpus().length} cores, ${cpus()[0]?.model.trim() ?? "unknown CPU"}`,
        rounds: options.rounds,
        aliases: {
          from: aliasSource.from.replace(`${process.cwd()}/`, ""),
          count: aliasSource.aliases.length,
          entities: aliasSource.entities,
        },
        seed: SEED,
      },
      pages,
      pageInfo,
      ...(wake ? { wake } : {}),
      bundle: roundBundle(bundle),
      budgets: checkBudgets(pages, bundle),
    };

    const resultsDir = dirname(LATEST);
    mkdirSync(resultsDir, { recursive: true });
    // latest.json holds full runs only: a quick or partial run never replaces it.
    const complete = !options.quick && PAGE_NAMES.every((page) => results.pages[page]);
    const file = resolve(
      resultsDir,
      complete ? "latest.json" : options.quick ? "quick.json" : "partial.json",
    );
    writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
    formatWithBiome(file);
    log(`\nresults: ${file} (${results.meta.durationS} s)`);
    if (complete) publish(results);
    else process.stdout.write(`${textReport(results)}\n`);
  } finally {
    snapshot.remove();
    controls.remove();
  }
}

/** Backstory and the controls run on origins of their own; the page alone and baselines share one. */
function urlOf(
  urls: Record<"backstory" | "noop" | "floorScript" | "baseline", string>,
  method: Method,
): string {
  return method === "backstory" || method === "noop" || method === "floorScript"
    ? urls[method]
    : urls.baseline;
}

async function measureOnce(
  context: Parameters<typeof measureLoad>[0]["context"],
  page: PageName,
  method: Method,
  plan: {
    url: string;
    aliases: Parameters<typeof measureLoad>[0]["aliases"];
    markJsSource: string;
  },
): Promise<LoadMeasurement | null> {
  try {
    return await measureLoad({
      context,
      page,
      method,
      ...plan,
      followMs: DYNAMIC_FEED.batches * DYNAMIC_FEED.intervalMs,
    });
  } catch (error) {
    log(
      `[${page}] ${method}: load failed: ${error instanceof Error ? error.message.split("\n")[0] : error}`,
    );
    return null;
  }
}

/** The article's first read with the service worker asleep and warm; null if unmeasured. */
async function wakeFigures(
  session: Session,
  url: string,
  started: number,
): Promise<WakeFigures | null> {
  if (!session.extensionId) return null;
  try {
    const figures = await measureWake(session.context, session.extensionId, url, {
      rounds: WAKE_ROUNDS.warmUp + WAKE_ROUNDS.measured,
      warmUp: WAKE_ROUNDS.warmUp,
      log: (line) => log(`${line} (${secondsSince(started)} s)`),
    });
    if (!figures) log("[wake] no round could be verified: not reported");
    return figures;
  } catch (error) {
    log(`[wake] failed: ${error instanceof Error ? error.message.split("\n")[0] : error}`);
    return null;
  }
}

function roundBundle(bundle: BenchResults["bundle"]): BenchResults["bundle"] {
  const two = (value: number) => Math.round(value * 100) / 100;
  return {
    contentScriptGzKB: two(bundle.contentScriptGzKB),
    contentScriptKB: two(bundle.contentScriptKB),
    ...(bundle.firefoxContentScriptGzKB === undefined
      ? {}
      : {
          firefoxContentScriptGzKB: two(bundle.firefoxContentScriptGzKB),
          firefoxContentScriptKB: two(bundle.firefoxContentScriptKB ?? 0),
        }),
    datasetGzKB: two(bundle.datasetGzKB),
    files: Object.fromEntries(
      Object.entries(bundle.files).map(([file, size]) => [
        file,
        { kb: two(size.kb), gzKB: two(size.gzKB) },
      ]),
    ),
  };
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
