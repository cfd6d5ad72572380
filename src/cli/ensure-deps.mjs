// Installs what `npm test` and `npm run demo` need on a fresh Debian machine with Node 20:
// the npm dependencies (npm ci, when node_modules is missing or older than the lockfile) and
// Debian's browsers (apt-get, when missing). Plain Node with no dependency, since it runs
// before any is installed. Usage: node src/cli/ensure-deps.mjs [chromium] [firefox-esr]
import { execFileSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";

const DEBIAN_PACKAGES = {
  chromium: "/usr/bin/chromium",
  "firefox-esr": "/usr/bin/firefox-esr",
};

function run(command, args) {
  console.log(`[setup] ${command} ${args.join(" ")}`);
  execFileSync(command, args, {
    stdio: "inherit",
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
}

function ensureNpmDependencies() {
  const installed = "node_modules/.package-lock.json";
  const fresh =
    existsSync(installed) && statSync(installed).mtimeMs >= statSync("package-lock.json").mtimeMs;
  if (!fresh) run("npm", ["ci", "--no-audit", "--no-fund"]);
}

function ensureDebianPackages(names) {
  const missing = names.filter((name) => !existsSync(DEBIAN_PACKAGES[name]));
  if (missing.length === 0) return;
  const asRoot = process.getuid?.() === 0 ? [] : ["sudo"];
  const apt = (args) => (asRoot.length ? run("sudo", ["apt-get", ...args]) : run("apt-get", args));
  apt(["update", "-qq"]);
  apt(["install", "-y", "-qq", ...missing]);
}

const wanted = process.argv.slice(2);
for (const name of wanted) {
  if (!(name in DEBIAN_PACKAGES)) {
    console.error(
      `[setup] unknown package "${name}"; known: ${Object.keys(DEBIAN_PACKAGES).join(", ")}`,
    );
    process.exit(2);
  }
}
ensureNpmDependencies();
ensureDebianPackages(wanted);
