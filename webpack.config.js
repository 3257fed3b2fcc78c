/**
 * Builds the task pane into dist/: taskpane.html + its bundle, support.html, the icons and
 * manifest.xml. With `--env demo`, builds the browser demo alone into dist-demo/ instead (see
 * demoConfig).
 *
 * - `npm run build` (production): when ADDIN_BASE_URL is set, every https://localhost:3000/ in
 *   the copied manifest becomes that base URL (e.g. ADDIN_BASE_URL=https://grille.example.fr/).
 * - `webpack serve --mode development`: https on port 3000, with the Office dev certificates
 *   when office-addin-dev-certs can provide them, else webpack-dev-server's own self-signed one.
 */
const { execFileSync } = require("node:child_process");
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const DEV_BASE_URL = "https://localhost:3000/";
const DEV_PORT = 3000;

/** ADDIN_BASE_URL with exactly one trailing slash, or undefined when unset or blank. */
function addinBaseUrl() {
  const value = (process.env.ADDIN_BASE_URL ?? "").trim();
  if (!value) return undefined;
  if (!/^https:\/\//.test(value)) throw new Error(`ADDIN_BASE_URL must be an https URL, got "${value}"`);
  return value.replace(/\/*$/, "/");
}

/** The https options for the dev server: the Office dev certificates if they can be had. */
async function httpsServer() {
  try {
    const devCerts = require("office-addin-dev-certs");
    const options = await devCerts.getHttpsServerOptions();
    return { type: "https", options };
  } catch (error) {
    console.warn(`office-addin-dev-certs unavailable (${error instanceof Error ? error.message : error}); using a self-signed certificate.`);
    return { type: "https" };
  }
}

/** TypeScript through ts-loader, type-checked separately (npm run typecheck). */
function scriptRules() {
  return [
    {
      test: /\.tsx?$/,
      exclude: /node_modules/,
      use: {
        loader: "ts-loader",
        options: {
          transpileOnly: true,
          configFile: path.resolve(__dirname, "tsconfig.json"),
          // ES modules, so that webpack can tree-shake Fluent UI (tsconfig.json says commonjs, for jest and ts-node).
          compilerOptions: { module: "es2020", sourceMap: true },
        },
      },
    },
  ];
}

/** Modules run at build time, shipped as what they compute (see webpack.prebuild-loader.js). */
function prebuilt(test) {
  return { test, enforce: "pre", use: path.resolve(__dirname, "webpack.prebuild-loader.js") };
}

/**
 * The first screen's Fluent UI styles, compiled at build time to Griffel's ahead-of-time form: the pane
 * does not resolve them in the browser before its first paint. The `*.styles.ts` modules, and the
 * steps' shared styles.
 */
const STYLE_MODULES = /(?:\.styles|[\\/]taskpane[\\/]components[\\/]styles)\.ts$/;

/**
 * The demo's first screen rendered at build time (src/demo/prerender.tsx, through ts-node in a child
 * process, in production's NODE_ENV like the bundle): index.html shows the pane before its script runs.
 */
function prerenderDemo() {
  try {
    const output = execFileSync(process.execPath, [require.resolve("ts-node/dist/bin.js"), "--transpile-only", "-P", path.join(__dirname, "tsconfig.json"), path.join(__dirname, "scripts", "prerender-demo.ts")], {
      cwd: __dirname,
      encoding: "utf8",
      env: { ...process.env, NODE_ENV: "production" },
      stdio: ["ignore", "pipe", "pipe"],
      maxBuffer: 64 * 1024 * 1024,
    });
    return JSON.parse(output);
  } catch (error) {
    const cause = String(error.stderr ?? "").split("\n").find((line) => /^\w*Error: /.test(line)) ?? error.message;
    throw new Error(`The demo's first screen did not render at build time (scripts/prerender-demo.ts): ${cause}`);
  }
}

/** An HTML page of the build, from its template, with the bundles of `chunks`. */
function page(filename, template, chunks) {
  return new HtmlWebpackPlugin({ filename, template, chunks });
}

/**
 * What the pane and the demo builds share: the mode and source maps, hashed bundle names in
 * production, TypeScript, the icons copied, the size hints. Each adds its entry, its output folder,
 * its pages and its dev server.
 */
function baseConfig(production, { entry, outputDir, plugins, copyPatterns }) {
  return {
    mode: production ? "production" : "development",
    devtool: production ? "source-map" : "eval-source-map",
    entry,
    output: {
      path: path.resolve(__dirname, outputDir),
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      clean: true,
    },
    resolve: {
      extensions: [".tsx", ".ts", ".js", ".json"],
    },
    module: { rules: [...scriptRules(), prebuilt(STYLE_MODULES)] },
    plugins: [...plugins, new CopyWebpackPlugin({ patterns: [{ from: "assets/*.png", to: "assets/[name][ext]" }, ...copyPatterns] })],
    performance: {
      // React + Fluent UI v9 weigh more than webpack's 244 KiB hint; the size is reported, not hidden.
      hints: production ? "warning" : false,
      maxEntrypointSize: 1024 * 1024,
      maxAssetSize: 1024 * 1024,
    },
  };
}

/**
 * `--env demo`: the browser demo (the real task pane on an in-memory workbook) into dist-demo/, with
 * index.html at its root and the icons; no Office.js, no manifest. `npm run demo` builds it and serves
 * it on http://localhost:3000/ (scripts/serve.ts); `webpack serve --env demo` serves it in development.
 */
function demoConfig(production, serving) {
  const base = baseConfig(production, {
    // boot: a few lines run in the head (src/demo/boot.ts); demo: the page, which boot starts once index.html's is painted.
    entry: { boot: "./src/demo/boot.ts", demo: "./src/demo/index.tsx" },
    outputDir: "dist-demo",
    plugins: [
      new HtmlWebpackPlugin({
        filename: "index.html",
        template: "./src/demo/demo.html",
        chunks: ["boot", "demo"],
        chunksSortMode: "manual",
        // The template writes the tags: the boot script (render-blocking), the page's preloaded (boot starts it).
        inject: false,
        // Not minified, here nor by webpack (optimization below): React hydrates the prerendered markup as it
        // is, and its comments mark where texts and Suspense boundaries start.
        minify: false,
        templateParameters: { prerender: production && !serving ? prerenderDemo() : null },
      }),
    ],
    copyPatterns: [],
  });
  return {
    ...base,
    // webpack's own HTML minifier would drop the comments React's markup needs to hydrate (see above).
    optimization: { minimizeOptions: { html: false } },
    module: {
      rules: [
        ...base.module.rules,
        // The samples are built at build time and shipped as data: the page's first screen does not run their code.
        prebuilt(/[\\/]src[\\/]demo[\\/]samples-data\.ts$/),
      ],
    },
    devServer: serving
      ? { host: "127.0.0.1", port: Number(process.env.PORT) || DEV_PORT, static: false, hot: true }
      : undefined,
  };
}

module.exports = async (env, argv) => {
  const production = argv.mode === "production";
  const serving = Boolean(env && env.WEBPACK_SERVE);
  if (env && env.demo) return demoConfig(production, serving);
  const baseUrl = production ? addinBaseUrl() : undefined;

  return {
    ...baseConfig(production, {
      entry: { taskpane: "./src/taskpane/index.tsx" },
      outputDir: "dist",
      plugins: [page("taskpane.html", "./src/taskpane/taskpane.html", ["taskpane"]), page("support.html", "./src/taskpane/support.html", [])],
      copyPatterns: [
        {
          from: "manifest.xml",
          to: "manifest.xml",
          transform: (content) => (baseUrl ? content.toString().split(DEV_BASE_URL).join(baseUrl) : content),
        },
      ],
    }),
    devServer: serving
      ? {
          port: DEV_PORT,
          server: await httpsServer(),
          headers: { "Access-Control-Allow-Origin": "*" },
          static: false,
          hot: true,
        }
      : undefined,
  };
};
