/**
 * Builds the task pane into dist/:
 *   taskpane.html   the page the manifest opens (office.js from Microsoft's CDN, or OFFICE_JS_URL)
 *   taskpane.js     first-load script: React, Fluent UI and the screens (scripts/bundle-size.js
 *                   measures it; the budget is 350 KiB gzipped)
 *   *.chunk.js      loaded on demand: the core (when parsing without a worker), the Office.js writer
 *   parse-worker.js the core, parsing in a Web Worker
 *   manifest.xml, assets/
 *
 * Environment, read at build time:
 *   ADDIN_URL     where dist/ will be served (default https://localhost:3000); dist/manifest.xml
 *                 gets this address instead of the development one.
 *   OFFICE_JS_URL where the page loads office.js from (default Microsoft's CDN); an offline
 *                 intranet may point it at a local copy (docs/addin.md explains the limits).
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

// The boot page's strings live in src/i18n/ui.ts with every other string of the pane.
require('ts-node').register({ transpileOnly: true, compilerOptions: { module: 'commonjs' } });
const { UI } = require('./src/i18n/ui.ts');

const DEV_URL = 'https://localhost:3000';
const ADDIN_URL = (process.env.ADDIN_URL || DEV_URL).replace(/\/+$/, '');
const OFFICE_JS_URL = process.env.OFFICE_JS_URL || 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const BUILD_ID = `${require('./package.json').version}-${Date.now().toString(36)}`;
const DIST = path.resolve(__dirname, 'dist');

/** JSON safe inside an inline <script>: no "</script>", no line separators that end a JS string. */
function inlineJson(value) {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** TypeScript through ts-loader, type checking left to `npm run lint` (tsc --noEmit) for speed. */
function tsRule() {
  return {
    test: /\.tsx?$/,
    exclude: /node_modules/,
    use: {
      loader: 'ts-loader',
      options: {
        transpileOnly: true,
        // ES modules so webpack can split chunks and drop unused exports; ES2020 runs in every
        // webview that can run the core (the boot page turns older ones away).
        compilerOptions: { module: 'esnext', target: 'es2020', sourceMap: true },
      },
    },
  };
}

/**
 * The dev server's HTTPS certificate: the one `npx office-addin-dev-certs install` trusts, when
 * present; otherwise webpack's self-signed one (Office will not load it until it is trusted).
 */
function httpsServer() {
  const dir = path.join(os.homedir(), '.office-addin-dev-certs');
  const files = { key: 'localhost.key', cert: 'localhost.crt', ca: 'ca.crt' };
  if (Object.values(files).every((f) => fs.existsSync(path.join(dir, f)))) {
    const options = {};
    for (const [k, f] of Object.entries(files)) options[k] = fs.readFileSync(path.join(dir, f));
    return { type: 'https', options };
  }
  return 'https';
}

/**
 * What the parse worker fetches, from the add-in's own folder, when a PDF or a scan is picked
 * (src/pdf/browser-platform.ts names these folders): never a CDN.
 *   ocr/    tesseract.js's worker script, its WebAssembly engine (LSTM-only builds: plain, SIMD,
 *           relaxed SIMD; it picks one) and the Vietnamese model (vie.traineddata.gz)
 *   pdfjs/  pdf.js's standard fonts, CMaps and its image decoders (wasm)
 */
function pagedReaderFiles() {
  const mod = (p) => path.dirname(require.resolve(`${p}/package.json`));
  const core = mod('tesseract.js-core');
  return [
    { from: path.join(mod('tesseract.js'), 'dist', 'worker.min.js'), to: 'ocr/worker.min.js' },
    ...['lstm', 'simd-lstm', 'relaxedsimd-lstm'].map((v) => ({ from: path.join(core, `tesseract-core-${v}.wasm.js`), to: `ocr/tesseract-core-${v}.wasm.js` })),
    { from: path.join(mod('@tesseract.js-data/vie'), '4.0.0_best_int', 'vie.traineddata.gz'), to: 'ocr/vie.traineddata.gz' },
    { from: path.join(mod('pdfjs-dist'), 'standard_fonts'), to: 'pdfjs/standard_fonts' },
    { from: path.join(mod('pdfjs-dist'), 'cmaps'), to: 'pdfjs/cmaps' },
    { from: path.join(mod('pdfjs-dist'), 'wasm'), to: 'pdfjs/wasm' },
  ];
}

module.exports = (env, argv) => {
  const production = argv.mode !== 'development';
  const common = {
    mode: production ? 'production' : 'development',
    devtool: production ? 'source-map' : 'eval-cheap-module-source-map',
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: { rules: [tsRule()] },
    performance: { hints: false }, // scripts/bundle-size.js holds the budget, on gzipped bytes
    stats: 'errors-warnings',
  };

  const page = {
    ...common,
    name: 'taskpane',
    target: 'web',
    entry: { taskpane: './src/taskpane/index.tsx' },
    output: {
      path: DIST,
      filename: '[name].js',
      chunkFilename: '[name].[contenthash:8].chunk.js',
      publicPath: 'auto',
      // Keep the worker's files: the other compiler writes them into the same folder.
      clean: { keep: /^(parse-worker|ocr[\\/]|pdfjs[\\/])/ },
    },
    plugins: [
      new webpack.DefinePlugin({ 'process.env.PLAN_TRACKER_BUILD': JSON.stringify(BUILD_ID) }),
      new HtmlWebpackPlugin({
        template: './src/taskpane/taskpane.html',
        filename: 'taskpane.html',
        chunks: ['taskpane'],
        inject: 'head',
        scriptLoading: 'defer', // runs after office.js, which the page loads synchronously
        hash: true, // ?<hash> on taskpane.js: a new build is not hidden by Office's cache
        pageTitle: UI.vi.app.title,
        bootStrings: inlineJson({ vi: UI.vi.boot, en: UI.en.boot }),
        officeJsUrl: OFFICE_JS_URL,
        minify: production ? { collapseWhitespace: true, removeComments: true, minifyCSS: true, minifyJS: true } : false,
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: '[path][name][ext]' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => (ADDIN_URL === DEV_URL ? content : Buffer.from(content.toString('utf8').split(DEV_URL).join(ADDIN_URL))),
          },
        ],
      }),
    ],
    devServer: {
      port: 3000,
      server: httpsServer(),
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: false,
      hot: false,
      client: { overlay: false },
      devMiddleware: { writeToDisk: false },
    },
  };

  const worker = {
    ...common,
    name: 'parse-worker',
    target: 'webworker',
    entry: { 'parse-worker': './src/taskpane/parse/worker.ts' },
    // pdf.js and Tesseract are chunks of their own, loaded only when a PDF or a scan is picked.
    output: {
      path: DIST,
      filename: '[name].js',
      chunkFilename: 'parse-worker.[name].[contenthash:8].js',
      publicPath: 'auto',
      // Drop this compiler's chunks of earlier builds; the page compiler's files are its own.
      clean: { keep: (file) => !/^parse-worker\./.test(file) },
    },
    plugins: [new CopyWebpackPlugin({ patterns: pagedReaderFiles() })],
  };

  return [page, worker];
};
